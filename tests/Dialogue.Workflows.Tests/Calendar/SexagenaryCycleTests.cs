using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Tests.Calendar;

/// <summary>Can Chi names of lunar years, with the Vietnamese branch names (Mão the cat, not the rabbit).</summary>
public sealed class SexagenaryCycleTests
{
    [Theory]
    [InlineData(1900, "Canh Tý")]
    [InlineData(1984, "Giáp Tý")]
    [InlineData(2023, "Quý Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(2044, "Giáp Tý")]
    public void YearName_KnownYear_IsItsCanChi(int year, string name) =>
        Assert.Equal(name, SexagenaryCycle.YearName(year));

    [Fact]
    public void StemAndBranch_2024_AreGiapAndThin()
    {
        Assert.Equal("Giáp", SexagenaryCycle.Stem(2024));
        Assert.Equal("Thìn", SexagenaryCycle.Branch(2024));
    }

    [Fact]
    public void YearName_LunarDateBeforeTet_IsThePreviousYearsName()
    {
        // 2024-02-09 is the last day of lunar year 2023 (Quý Mão): the name follows the lunar year, not the solar one.
        var eve = VietnameseLunarCalendar.FromSolar(new NodaTime.LocalDate(2024, 2, 9));

        Assert.Equal(2023, eve.Year);
        Assert.Equal("Quý Mão", eve.YearName);
    }
}
