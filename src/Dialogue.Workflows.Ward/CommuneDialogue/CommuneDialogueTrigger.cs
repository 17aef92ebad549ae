namespace Dialogue.Workflows.Ward.CommuneDialogue;

/// <summary>Why a commune holds a dialogue under Law 72/2025/QH15 Art. 43 (the parameter <c>trigger</c>).</summary>
public enum CommuneDialogueTrigger
{
    /// <summary>The yearly session: "ít nhất mỗi năm một lần" (<c>yearly</c>, the default).</summary>
    Yearly = 1,

    /// <summary>A session at least 10% of the commune's voters asked for (<c>voter-request</c>): the request's date and share are recorded.</summary>
    VoterRequest = 2,

    /// <summary>A session held "khi cần thiết" (<c>ad-hoc</c>), with the reason recorded.</summary>
    AdHoc = 3,
}
