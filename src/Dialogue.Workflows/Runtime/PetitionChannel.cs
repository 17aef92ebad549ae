namespace Dialogue.Workflows.Runtime;

/// <summary>How a petition came in.</summary>
public enum PetitionChannel
{
    /// <summary>A paper registration form (phiếu đăng ký bản giấy).</summary>
    Paper = 1,

    /// <summary>An electronic form or e-mail (bản điện tử).</summary>
    Electronic = 2,

    /// <summary>Raised at the session itself.</summary>
    AtSession = 3,

    /// <summary>Collected by the Front, unions or residential groups (tổng hợp qua MTTQ, đoàn thể, tổ dân phố).</summary>
    Collected = 4,
}
