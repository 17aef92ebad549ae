using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Tests.Plans;

/// <summary>The bodies around a ward before and after 01/07/2025, and the note that records the wards merged into it (the merged ward's name is for illustration).</summary>
public sealed class LocalGovernmentReformTests
{
    private static readonly PlanBody City = new("UBND thành phố Quảng Ngãi", "Quảng Ngãi city People's Committee", IsDocuments: true);
    private static readonly PlanBody Province = new("UBND tỉnh Quảng Ngãi", "Quảng Ngãi provincial People's Committee");

    [Theory]
    [InlineData(2023, 9, 15, "UBND thành phố Quảng Ngãi")]
    [InlineData(2025, 6, 30, "UBND thành phố Quảng Ngãi")]
    [InlineData(2025, 7, 1, "UBND tỉnh Quảng Ngãi")]
    [InlineData(2027, 3, 26, "UBND tỉnh Quảng Ngãi")]
    public void ForDay_NothingNamed_IsTheCityUntil30June2025AndTheProvinceFrom1July(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, PlanBody.ForDay(null, new LocalDate(year, month, day), City, Province).Name);
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2027)]
    public void ForDay_NamedByThePlan_IsTheNamedBodyInEitherEra_NotTheDocuments(int year)
    {
        var body = PlanBody.ForDay("UBND phường Cẩm Thành", new LocalDate(year, 9, 15), City, Province);

        Assert.Equal(new PlanBody("UBND phường Cẩm Thành", "UBND phường Cẩm Thành"), body);
        Assert.False(body.IsDocuments);
    }

    [Fact]
    public void MergedUnitsNote_ChanhLoFromTwoWards_NamesThemInBothLanguages_AndTheResolutionWhenGiven()
    {
        var note = LocalGovernmentReform.MergedUnitsNote("Phường Cẩm Thành", "Cẩm Thành ward", ["Phường Chánh Lộ", "Phường Nghĩa Chánh"], "Nghị quyết sắp xếp đơn vị hành chính cấp xã");

        Assert.Equal("Phường Cẩm Thành được sắp xếp từ: Phường Chánh Lộ, Phường Nghĩa Chánh (Nghị quyết sắp xếp đơn vị hành chính cấp xã).", note!.Text);
        Assert.Equal("Cẩm Thành ward was formed from: Phường Chánh Lộ, Phường Nghĩa Chánh (Nghị quyết sắp xếp đơn vị hành chính cấp xã).", note.EnglishText);
        Assert.Equal("Sắp xếp đơn vị hành chính", note.Clause);
    }

    [Fact]
    public void MergedUnitsNote_NoFormerUnit_IsOnlyTheResolution_OrNothing()
    {
        Assert.Null(LocalGovernmentReform.MergedUnitsNote("Phường Cẩm Thành", "Cẩm Thành ward", []));
        Assert.Equal("Phường Cẩm Thành: Nghị quyết sắp xếp đơn vị hành chính cấp xã.", LocalGovernmentReform.MergedUnitsNote("Phường Cẩm Thành", "Cẩm Thành ward", [], "Nghị quyết sắp xếp đơn vị hành chính cấp xã")!.Text);
    }
}
