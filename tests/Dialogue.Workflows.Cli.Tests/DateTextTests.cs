using Dialogue.Workflows.Cli.Infrastructure;
using NodaTime;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("1900-01-01", 1900, 1, 1)]
    [InlineData("2199-12-31", 2199, 12, 31)]
    public void TryParseIso_RealDate_Parses(string text, int year, int month, int day)
    {
        Assert.True(DateText.TryParseIso(text, out var date));
        Assert.Equal(new LocalDate(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1-01")]
    [InlineData("2024/01/01")]
    [InlineData("2024-01-01 ")]
    [InlineData("+024-01-01")]
    [InlineData("")]
    public void TryParseIso_NotAStrictDate_Fails(string text) => Assert.False(DateText.TryParseIso(text, out _));

    [Theory]
    [InlineData("1/1/2024", 2024, 1, 1)]
    [InlineData("30/12/2023", 2023, 12, 30)]
    [InlineData("05/06/2025", 2025, 6, 5)]
    public void TryParseDayMonthYear_Form_Parses(string text, int year, int month, int day)
    {
        Assert.True(DateText.TryParseDayMonthYear(text, out var y, out var m, out var d));
        Assert.Equal((year, month, day), (y, m, d));
    }

    [Theory]
    [InlineData("1/1/24")]
    [InlineData("1//2024")]
    [InlineData("123/1/2024")]
    [InlineData("1/1/2024/1")]
    [InlineData("a/1/2024")]
    public void TryParseDayMonthYear_OtherForms_Fail(string text) => Assert.False(DateText.TryParseDayMonthYear(text, out _, out _, out _));

    [Fact]
    public void FormatIso_WritesPaddedDigits()
    {
        Span<char> buffer = stackalloc char[DateText.IsoLength];
        DateText.FormatIso(new LocalDate(1905, 3, 7), buffer);

        Assert.Equal("1905-03-07", buffer.ToString());
    }
}
