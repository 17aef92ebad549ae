namespace Dialogue.Workflows.Plans;

/// <summary>A group of participants of a session, with its role and quota.</summary>
/// <param name="Name">The group, as the document names it.</param>
/// <param name="EnglishName">The group in English.</param>
/// <param name="Role">Its part in the session.</param>
public sealed record ParticipantGroup(string Name, string EnglishName, ParticipantRole Role)
{
    /// <summary>How many people it sends, when the document says.</summary>
    public ParticipantQuota? Quota { get; init; }

    /// <summary>The level it comes from ("Cấp Thành phố", "Cấp phường", "Khu phố"), when the document groups them so.</summary>
    public string? Level { get; init; }

    /// <summary>A condition on the invitation ("xét thấy cần thiết").</summary>
    public string? Condition { get; init; }
}
