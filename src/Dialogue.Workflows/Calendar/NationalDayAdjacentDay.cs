namespace Dialogue.Workflows.Calendar;

/// <summary>Which day next to 2 September is the second Quốc khánh day (Labour Code 2019, Art. 112(1)(đ)), as the Prime Minister decides each year.</summary>
public enum NationalDayAdjacentDay
{
    /// <summary>1 September.</summary>
    Before = 1,

    /// <summary>3 September.</summary>
    After = 2,
}
