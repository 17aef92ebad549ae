namespace Dialogue.Workflows.Plans;

/// <summary>How many people a group sends: "05 hộ gia đình mỗi khu phố", "5–7 người mỗi tổ dân phố".</summary>
/// <param name="Minimum">At least this many per unit.</param>
/// <param name="Maximum">At most this many per unit (equal to <paramref name="Minimum"/> for an exact number).</param>
/// <param name="Per">The unit the quota counts per, in Vietnamese ("khu phố", "đơn vị"), or null for the whole group.</param>
/// <param name="EnglishPer">The unit in English.</param>
public sealed record ParticipantQuota(int Minimum, int Maximum, string? Per = null, string? EnglishPer = null)
{
    /// <summary>The quota in Vietnamese, e.g. "05 mỗi khu phố" or "5–7 mỗi tổ dân phố".</summary>
    public override string ToString() =>
        (Minimum == Maximum ? $"{Minimum:00}" : $"{Minimum}–{Maximum}") + (Per is null ? string.Empty : $" mỗi {Per}");
}
