namespace Dialogue.Workflows.Calendar;

/// <summary>Thrown when a lunar date does not exist: a day 30 in a 29-day month, or a leap flag on a month that is not leap.</summary>
/// <remarks>Carries the facts a caller needs to correct the input: the date, the reason, the month's length and the year's leap month.</remarks>
public sealed class InvalidLunarDateException : ArgumentException
{
    /// <summary>The stable error code of this exception: <c>calendar.invalid-lunar-date</c>.</summary>
    public const string Code = "calendar.invalid-lunar-date";

    /// <summary>Creates the exception for a date that does not exist.</summary>
    /// <param name="date">The date asked for.</param>
    /// <param name="reason">Why it does not exist.</param>
    /// <param name="daysInMonth">The length of that month (29 or 30), or 0 when the month itself does not exist.</param>
    /// <param name="leapMonthOfYear">The leap month of that year, or 0 when it has none.</param>
    public InvalidLunarDateException(LunarDate date, InvalidLunarDateReason reason, int daysInMonth, int leapMonthOfYear)
        : base(BuildMessage(date, reason, daysInMonth, leapMonthOfYear), "date")
    {
        Date = date;
        Reason = reason;
        DaysInMonth = daysInMonth;
        LeapMonthOfYear = leapMonthOfYear;
    }

    /// <summary>The stable error code, <see cref="Code"/>.</summary>
    public string ErrorCode => Code;

    /// <summary>The lunar date that does not exist.</summary>
    public LunarDate Date { get; }

    /// <summary>Why it does not exist.</summary>
    public InvalidLunarDateReason Reason { get; }

    /// <summary>The number of days of the month asked for, or 0 when that month does not exist.</summary>
    public int DaysInMonth { get; }

    /// <summary>The leap month of the year asked for, or 0 when the year has none.</summary>
    public int LeapMonthOfYear { get; }

    private static string BuildMessage(LunarDate date, InvalidLunarDateReason reason, int daysInMonth, int leapMonth) => reason switch
    {
        InvalidLunarDateReason.NotALeapMonth =>
            $"Lunar date {date} does not exist: month {date.Month} of {date.Year} is not a leap month (the year's leap month: {VietnameseLunarCalendar.DescribeLeap(leapMonth)}). " +
            $"Ngày âm lịch {date} không tồn tại: năm {date.Year} " + (leapMonth == 0 ? "không có tháng nhuận." : $"nhuận tháng {leapMonth}."),
        InvalidLunarDateReason.NoSuchDay =>
            $"Lunar date {date} does not exist: that month has {daysInMonth} days (valid days: 1..{daysInMonth}). " +
            $"Ngày âm lịch {date} không tồn tại: tháng này chỉ có {daysInMonth} ngày.",
        _ =>
            $"Lunar date {date} falls outside the supported solar range {VietnameseLunarCalendar.MinDate:yyyy-MM-dd}..{VietnameseLunarCalendar.MaxDate:yyyy-MM-dd}. " +
            $"Ngày âm lịch {date} nằm ngoài phạm vi hỗ trợ.",
    };
}
