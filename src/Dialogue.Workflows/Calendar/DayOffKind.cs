namespace Dialogue.Workflows.Calendar;

/// <summary>Why a day that is not a weekly rest day is not a working day.</summary>
public enum DayOffKind
{
    /// <summary>A statutory holiday (ngày nghỉ lễ, tết).</summary>
    Holiday = 1,

    /// <summary>A compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day.</summary>
    CompensatoryDay = 2,

    /// <summary>A weekday given off in a swap (hoán đổi) against a make-up working day.</summary>
    SwappedDayOff = 3,

    /// <summary>A day off the host added (a province's decision, an emergency).</summary>
    HostDayOff = 4,

    /// <summary>A day off a published schedule decrees outside the holidays (a one-off day off, a province's decision for a storm).</summary>
    DecreedDayOff = 5,
}
