using Dialogue.Workflows.Deadlines;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>Rules are plain immutable values with validated factories.</summary>
public sealed class DeadlineRuleValueTests
{
    public static TheoryData<string, Func<int, DeadlineRule>> CountedRules => new()
    {
        { "CalendarDaysBefore", n => DeadlineRule.CalendarDaysBefore(n) },
        { "WorkingDaysBefore", n => DeadlineRule.WorkingDaysBefore(n) },
        { "WithinDaysAfter", n => DeadlineRule.WithinDaysAfter(n) },
        { "WithinWorkingDaysAfter", n => DeadlineRule.WithinWorkingDaysAfter(n) },
    };

    [Theory]
    [MemberData(nameof(CountedRules))]
    public void Factory_NegativeDays_ThrowsNamingDaysAndValue(string factory, Func<int, DeadlineRule> create)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => create(-1));

        Assert.True(error.ParamName == "days", factory);
        Assert.Equal(-1, error.ActualValue);
    }

    [Theory]
    [MemberData(nameof(CountedRules))]
    public void Factory_DaysAboveMax_Throws(string factory, Func<int, DeadlineRule> create)
    {
        _ = factory;
        Assert.Throws<ArgumentOutOfRangeException>(() => create(DeadlineRule.MaxDays + 1));
        Assert.NotNull(create(DeadlineRule.MaxDays));
    }

    [Theory]
    [MemberData(nameof(CountedRules))]
    public void Equals_SameKindAndDays_AreEqualWithEqualHashCodes(string factory, Func<int, DeadlineRule> create)
    {
        Assert.True(create(7) == create(7), factory);
        Assert.Equal(create(7).GetHashCode(), create(7).GetHashCode());
        Assert.NotEqual(create(7), create(8));
    }

    [Fact]
    public void Equals_DifferentKindsWithTheSameDays_AreNotEqual()
    {
        Assert.NotEqual<DeadlineRule>(DeadlineRule.CalendarDaysBefore(10), DeadlineRule.WithinDaysAfter(10));
        Assert.NotEqual(DeadlineRule.WorkingDaysBefore(7), DeadlineRule.WorkingDaysBefore(7, WorkingDaysBeforeConvention.CountAnchorDay));
    }

    [Fact]
    public void Equals_PhraseIsPartOfTheValue()
    {
        var quoted = DeadlineRule.CalendarDaysBefore(10, "trước 10 ngày tổ chức đối thoại");

        Assert.NotEqual(DeadlineRule.CalendarDaysBefore(10), quoted);
        Assert.Equal(quoted, DeadlineRule.CalendarDaysBefore(10) with { Phrase = "trước 10 ngày tổ chức đối thoại" });
        Assert.Equal(quoted, DeadlineRule.CalendarDaysBefore(10, "  trước 10 ngày tổ chức đối thoại "));
    }

    [Fact]
    public void Equals_AbsoluteRulesWithTheSameDates_AreEqual()
    {
        Assert.Equal(DeadlineRule.OnOrBefore(D("2023-10-04")), DeadlineRule.OnOrBefore(D("2023-10-04")));
        Assert.NotEqual<DeadlineRule>(DeadlineRule.OnOrBefore(D("2023-10-04")), DeadlineRule.Before(D("2023-10-04")));
        Assert.Equal(DeadlineRule.Window(D("2021-10-18"), D("2021-10-25")), DeadlineRule.Window(D("2021-10-18"), D("2021-10-25")));
        Assert.NotEqual(DeadlineRule.Window(D("2021-10-18"), D("2021-10-25")), DeadlineRule.Window(D("2021-10-18"), D("2021-10-26")));
    }

    [Fact]
    public void Window_EndsBeforeItOpens_ThrowsNamingTo()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRule.Window(D("2021-10-25"), D("2021-10-18")));

        Assert.Equal("to", error.ParamName);
        Assert.NotNull(DeadlineRule.Window(D("2021-10-25"), D("2021-10-25")));
    }

    [Fact]
    public void WorkingDaysBefore_UndefinedConvention_ThrowsNamingCounting()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineRule.WorkingDaysBefore(7, (WorkingDaysBeforeConvention)9));

        Assert.Equal("counting", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Phrase_Blank_ThrowsNamingPhrase(string phrase)
    {
        Assert.Equal("phrase", Assert.ThrowsAny<ArgumentException>(() => DeadlineRule.WithinDaysAfter(3, phrase)).ParamName);
        Assert.Equal("phrase", Assert.ThrowsAny<ArgumentException>(() => DeadlineRule.WithinDaysAfter(3) with { Phrase = phrase }).ParamName);
    }

    [Fact]
    public void Compute_RelativeRuleWithoutAnchor_ThrowsNamingAnchor()
    {
        var error = Assert.Throws<ArgumentNullException>(() => DeadlineRule.CalendarDaysBefore(10).Compute(Vn));

        Assert.Equal("anchor", error.ParamName);
    }

    [Fact]
    public void Compute_NoCalendar_ThrowsNamingCalendar()
    {
        var error = Assert.Throws<ArgumentNullException>(() => DeadlineRule.CalendarDaysBefore(10).Compute(Session("2023-09-15"), null!));

        Assert.Equal("calendar", error.ParamName);
    }

    [Fact]
    public void UsesAnchor_RelativeAndAbsoluteRules_AreToldApart()
    {
        Assert.True(DeadlineRule.CalendarDaysBefore(10).UsesAnchor);
        Assert.True(DeadlineRule.WorkingDaysBefore(7).UsesAnchor);
        Assert.True(DeadlineRule.WithinDaysAfter(3).UsesAnchor);
        Assert.True(DeadlineRule.WithinWorkingDaysAfter(3).UsesAnchor);
        Assert.False(DeadlineRule.OnOrBefore(D("2023-10-04")).UsesAnchor);
        Assert.False(DeadlineRule.Before(D("2021-11-10")).UsesAnchor);
        Assert.False(DeadlineRule.Window(D("2021-10-18"), D("2021-10-25")).UsesAnchor);
    }

    [Fact]
    public void Compute_AnchorBeyondTheCalendar_ThrowsCalendarRangeException()
    {
        Assert.Throws<Dialogue.Workflows.Calendar.CalendarRangeException>(() =>
            DeadlineRule.WithinDaysAfter(3).Compute(Session("2199-12-30"), Vn));
    }
}
