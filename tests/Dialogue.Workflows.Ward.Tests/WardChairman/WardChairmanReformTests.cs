using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Ward.WardChairman;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.WardChairman.WardChairmanActors;

namespace Dialogue.Workflows.Ward.Tests.WardChairman;

/// <summary>
/// ward-chairman across the 2025 reform: the document's city announces and is the superior for a session before 01/07/2025; from
/// that day the district-level city is gone, the ward announces its own session and reports to the province.
/// </summary>
public sealed class WardChairmanReformTests
{
    private static readonly PlanTypeHarness Ward = new(new WardChairmanPlanType(), new LocalDate(2027, 1, 4));

    private static PlanDefinition Define(params (string Key, string Value)[] parameters) => Ward.Preview(parameters).Definition;

    [Theory]
    [InlineData("2025-06-30", false)]
    [InlineData("2025-07-01", true)]
    [InlineData("2027-05-14", true)]
    public void Lint_DefaultWardChanhLo_IsWarnedFrom1July2025(string session, bool warned)
    {
        var warnings = Ward.Engine.Lint(Ward.Preview(("session", session))).Where(w => w.Code == "plan.pre-reform-default").ToList();

        Assert.Equal(warned, warnings.Count == 1);
        Assert.All(warnings, w => Assert.Equal("ward", w.Subject));
        Assert.DoesNotContain(Ward.Engine.Lint(Ward.Preview(("session", session), ("ward", "Cẩm Thành"))), w => w.Code == "plan.pre-reform-default");
    }

    [Fact]
    public void Define_SessionOn30June2025_KeepsTheDocumentsCity()
    {
        var plan = Define(("session", "2025-06-30"));

        Assert.Equal("UBND thành phố Quảng Ngãi", plan.Unit("city").Name);
        Assert.Contains(plan.Participants, p => p.Name == "Đại diện Thường trực HĐND, UBND thành phố");
        Assert.StartsWith("Kế hoạch số 21/KH-UBND", Assert.Single(plan.Basis), StringComparison.Ordinal);
    }

    [Fact]
    public void Define_SessionIn2027_TheWardAnnouncesAndTheProvinceIsTheSuperior()
    {
        var plan = Define(("session", "2027-05-14"), ("ward", "Cẩm Thành"), ("former-wards", "Phường Chánh Lộ"), ("former-wards", "Phường Nghĩa Chánh"));

        Assert.Equal(2027, plan.Year);
        Assert.Equal("UBND phường Cẩm Thành", plan.Unit("city").Name);
        Assert.Contains(plan.Participants, p => p.Name == "Đại diện UBND tỉnh Quảng Ngãi");
        Assert.DoesNotContain(plan.Participants, p => p.Level == "Cấp thành phố");
        Assert.DoesNotContain(plan.Notes, n => n.Text.Contains("UBND thành phố sẽ", StringComparison.Ordinal) || n.Text.StartsWith("Thời gian, địa điểm chi tiết sẽ", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Text.StartsWith("Thời gian, địa điểm chi tiết do UBND phường Cẩm Thành thông báo", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Text == "Phường Cẩm Thành được sắp xếp từ: Phường Chánh Lộ, Phường Nghĩa Chánh.");
        Assert.Contains(plan.Basis, b => b.Contains("72/2025/QH15", StringComparison.Ordinal));
    }

    [Fact]
    public void Define_BodiesGiven_OverrideTheDefaults()
    {
        var plan = Define(("session", "2027-05-14"), ("announcer", "Văn phòng HĐND và UBND phường"), ("superior", "UBND tỉnh Quảng Ngãi (Sở Nội vụ)"));

        Assert.Equal("Văn phòng HĐND và UBND phường", plan.Unit("city").Name);
        Assert.Contains(plan.Participants, p => p.Name == "Đại diện UBND tỉnh Quảng Ngãi (Sở Nội vụ)");
    }

    [Fact]
    public async Task Run_2027_TheWardsAnnouncerAnnounces()
    {
        var ward = new PlanTypeHarness(new WardChairmanPlanType(), new LocalDate(2027, 3, 1));
        await ward.CreateAsync(Clerk, ("session", "2027-05-14"));
        await ward.RunAsync(new IssuePlan { By = Chairman });
        var announcer = new Actor("ubnd", "Chủ tịch UBND phường", "UBND phường Chánh Lộ") { Position = UnitPosition.Head };

        var plan = await ward.RunAsync(new AnnounceSession { By = announcer, Session = "session-1" });

        Assert.NotNull(plan.Session("session-1").AnnouncedOn);
    }
}
