namespace Dialogue.Workflows.Plans;

/// <summary>The part a participant group plays in a session.</summary>
public enum ParticipantRole
{
    /// <summary>Presides (chủ trì).</summary>
    Chair = 1,

    /// <summary>Co-presides (đồng chủ trì).</summary>
    CoChair = 2,

    /// <summary>Keeps the minutes (thư ký).</summary>
    Secretary = 3,

    /// <summary>Invited officials and representatives (thành phần mời).</summary>
    Invited = 4,

    /// <summary>Citizens, organisations and their representatives (Nhân dân, tổ chức, cá nhân).</summary>
    Citizens = 5,
}
