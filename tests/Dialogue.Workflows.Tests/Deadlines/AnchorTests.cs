using Dialogue.Workflows.Deadlines;
using NodaTime;
using static Dialogue.Workflows.Tests.Deadlines.Dates;

namespace Dialogue.Workflows.Tests.Deadlines;

/// <summary>Anchors as the plans give them: a date, "Quý III/2023", "tháng 6 năm 2024".</summary>
public sealed class AnchorTests
{
    [Theory]
    [InlineData("Quý III/2023")]
    [InlineData("quý 3 năm 2023")]
    [InlineData("QUÝ III/2023")]
    [InlineData("Quy\u0301 III/2023")]
    [InlineData("Quy 3/2023")]
    [InlineData("Q3/2023")]
    [InlineData("2023-Q3")]
    [InlineData("  2023q3 ")]
    public void Parse_QuarterIII2023InAnyForm_CoversJulyToSeptember(string text)
    {
        var anchor = Anchor.Parse(text, "ngày tổ chức đối thoại");

        Assert.Equal(AnchorKind.Quarter, anchor.Kind);
        Assert.Equal(new DateInterval(D("2023-07-01"), D("2023-09-30")), anchor.Period);
        Assert.Equal("Quý III/2023", anchor.Label);
        Assert.Equal("Q3 2023", anchor.EnglishLabel);
        Assert.True(anchor.IsPending);
        Assert.Null(anchor.Date);
    }

    [Theory]
    [InlineData("tháng 6 năm 2024")]
    [InlineData("Tháng 06/2024")]
    [InlineData("Tha\u0301ng 6 na\u0306m 2024")]
    [InlineData("thang 6 nam 2024")]
    [InlineData("2024-06")]
    public void Parse_June2024InAnyForm_CoversTheWholeMonth(string text)
    {
        var anchor = Anchor.Parse(text, "ngày tổ chức đối thoại");

        Assert.Equal(AnchorKind.Month, anchor.Kind);
        Assert.Equal(new DateInterval(D("2024-06-01"), D("2024-06-30")), anchor.Period);
        Assert.Equal("tháng 6 năm 2024", anchor.Label);
        Assert.Equal("June 2024", anchor.EnglishLabel);
    }

    [Theory]
    [InlineData("15/09/2023")]
    [InlineData("ngày 15/9/2023")]
    [InlineData("2023-09-15")]
    public void Parse_Date_GivesAnExactAnchor(string text)
    {
        var anchor = Anchor.Parse(text, "ngày tổ chức đối thoại");

        Assert.Equal(AnchorKind.Date, anchor.Kind);
        Assert.Equal(D("2023-09-15"), anchor.Date);
        Assert.False(anchor.IsPending);
        Assert.Equal("Thứ Sáu 15/09/2023", anchor.Label);
    }

    [Theory]
    [InlineData("Quý V/2023")]
    [InlineData("quý 0 năm 2023")]
    [InlineData("tháng 13 năm 2024")]
    [InlineData("2024-00")]
    [InlineData("31/02/2023")]
    [InlineData("2023-02-29")]
    [InlineData("sau Tết")]
    [InlineData("")]
    public void Parse_NotADateOrPeriod_ThrowsFormatExceptionAndTryParseFails(string text)
    {
        Assert.Throws<FormatException>(() => Anchor.Parse(text, "ngày tổ chức đối thoại"));
        Assert.False(Anchor.TryParse(text, "ngày tổ chức đối thoại", out var anchor));
        Assert.Null(anchor);
    }

    [Fact]
    public void InQuarter_FirstAndFourth_EndOnMarch31AndDecember31()
    {
        Assert.Equal(D("2024-03-31"), Anchor.InQuarter(2024, 1, "mốc").Period.End);
        Assert.Equal(D("2024-10-01"), Anchor.InQuarter(2024, 4, "mốc").Period.Start);
        Assert.Equal(D("2024-12-31"), Anchor.InQuarter(2024, 4, "mốc").Period.End);
    }

    [Fact]
    public void InMonth_February2024_EndsOnLeapDay()
    {
        Assert.Equal(D("2024-02-29"), Anchor.InMonth(2024, 2, "mốc").Period.End);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void InQuarter_QuarterOutOfRange_ThrowsNamingQuarter(int quarter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Anchor.InQuarter(2023, quarter, "mốc"));
        Assert.Equal("quarter", error.ParamName);
        Assert.Equal(quarter, error.ActualValue);
    }

    [Fact]
    public void InMonth_MonthOutOfRange_ThrowsNamingMonth()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Anchor.InMonth(2024, 13, "mốc"));
        Assert.Equal("month", error.ParamName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void On_BlankName_ThrowsNamingName(string name)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Anchor.On(D("2023-09-15"), name));
        Assert.Equal("name", error.ParamName);
    }

    [Fact]
    public void On_NoEnglishName_UsesTheVietnameseName()
    {
        Assert.Equal("ngày tổ chức đối thoại", Anchor.On(D("2023-09-15"), "ngày tổ chức đối thoại").EnglishName);
    }

    [Fact]
    public void WithDate_PendingAnchor_KeepsNamesAndRemembersThePlannedPeriod()
    {
        var planned = Anchor.InQuarter(2023, 3, "ngày tổ chức đối thoại", "the session");

        var held = planned.WithDate(D("2023-09-15"));
        var postponed = held.WithDate(D("2023-10-06"));

        Assert.Equal("the session", held.EnglishName);
        Assert.Equal(planned, held.Planned);
        Assert.Equal(planned, postponed.Planned);
        Assert.Null(Anchor.On(D("2023-09-15"), "mốc").WithDate(D("2023-09-16")).Planned);
    }

    [Fact]
    public void Equals_SameEventAndPeriod_AreEqual()
    {
        Assert.Equal(Anchor.Parse("Quý III/2023", "mốc"), Anchor.InQuarter(2023, 3, "mốc"));
        Assert.NotEqual(Anchor.InQuarter(2023, 3, "mốc"), Anchor.InQuarter(2023, 3, "mốc khác"));
        Assert.NotEqual(Anchor.InQuarter(2023, 3, "mốc"), Anchor.InQuarter(2023, 4, "mốc"));
    }
}
