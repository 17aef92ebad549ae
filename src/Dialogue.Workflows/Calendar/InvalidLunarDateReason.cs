namespace Dialogue.Workflows.Calendar;

/// <summary>Why a <see cref="LunarDate"/> does not exist.</summary>
public enum InvalidLunarDateReason
{
    /// <summary>The date exists.</summary>
    None = 0,

    /// <summary>The date is marked as in a leap month, but that month is not the year's leap month.</summary>
    NotALeapMonth = 1,

    /// <summary>The day is 30 in a month of 29 days.</summary>
    NoSuchDay = 2,

    /// <summary>The date exists but falls outside the supported solar range (1900-01-01..2199-12-31).</summary>
    OutOfRange = 3,
}
