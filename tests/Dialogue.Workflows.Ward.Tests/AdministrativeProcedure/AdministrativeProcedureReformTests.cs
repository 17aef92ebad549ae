using Dialogue.Workflows.Export;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.AdministrativeProcedure.AdministrativeProcedureFixture;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>
/// administrative-procedure across the 2025 reform: Ward 1's 2021 conference reports to the district People's Committee of Tân Bình,
/// as plan 151/KH-UBND says; a conference on 05/11/2027 has no district above it and reports to the People's Committee of Hồ Chí
/// Minh City. The 2027 ward's names are names for the tests.
/// </summary>
public sealed class AdministrativeProcedureReformTests
{
    private static readonly (string, string)[] Schedule2027 =
    [
        ("session", "2027-11-05"), ("issued-on", "2027-10-08"), ("registration-from", "2027-10-11"), ("registration-to", "2027-10-18"),
        ("answers-from", "2027-10-19"), ("answers-to", "2027-10-21"), ("compile-from", "2027-10-22"), ("compile-to", "2027-10-25"),
        ("report-before", "2027-11-12"), ("ward", "phường Tân Sơn Hòa"), ("address", "Trụ sở Ủy ban nhân dân phường Tân Sơn Hòa"),
    ];

    private static PlanInstance Preview(params (string, string)[] parameters) => new AdministrativeProcedureFixture(new LocalDate(2027, 10, 1)).Preview(parameters);

    private static PlanInstance Preview2027(params (string, string)[] parameters) => Preview([.. Schedule2027, .. parameters]);

    [Fact]
    public void Lint_Conference2027KeepingWard1sNameAddressAndEmail_WarnsOfEachPreReformDefault()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2027, 10, 1));
        var plan = fixture.Preview([.. Schedule2027.Where(p => p.Item1 is not ("ward" or "address"))]);

        var warnings = fixture.Engine.Lint(plan).Where(w => w.Code == "plan.pre-reform-default").ToList();

        Assert.Equal(["address", "email", "ward"], warnings.Select(w => w.Subject).Order(StringComparer.Ordinal));
        Assert.All(warnings, w => Assert.Equal(new LocalDate(2027, 11, 5), w.Date));
        Assert.Contains(warnings, w => w.Message.Contains("\"phường 1\"", StringComparison.Ordinal) && w.EnglishMessage.Contains("before the 2025 arrangement", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_Conference2027WithItsOwnWardAndEmail_Or2021WithTheDocuments_HasNoPreReformWarning()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2027, 10, 1));
        var own = fixture.Preview([.. Schedule2027, ("email", "tansonhoa@tphcm.gov.vn")]);
        var historical = new AdministrativeProcedureFixture(new LocalDate(2021, 10, 16));

        Assert.DoesNotContain(fixture.Engine.Lint(own), w => w.Code == "plan.pre-reform-default");
        Assert.DoesNotContain(historical.Engine.Lint(historical.Preview()), w => w.Code == "plan.pre-reform-default");
    }

    [Fact]
    public void Define_Conference5November2021_ReportsToTheDistrictAsTheDocumentSays()
    {
        var plan = new AdministrativeProcedureFixture(new LocalDate(2021, 10, 16)).Preview().Definition;

        Assert.Equal("Ủy ban nhân dân quận Tân Bình (thông qua Văn phòng Ủy ban nhân dân quận)", Assert.Single(plan.ReportRecipients).Name);
        Assert.StartsWith("Kế hoạch số 264/KH-UBND-KSTT", Assert.Single(plan.Basis), StringComparison.Ordinal);
        Assert.Equal("Tham mưu Ủy ban nhân dân quận xây dựng kế hoạch", plan.Tasks.Single(t => t.Key == "draft-plan").Title);
        Assert.DoesNotContain(plan.Units, u => u.Key == "announcer");
        Assert.DoesNotContain(plan.Notes, n => n.Clause == "Căn cứ" || n.Clause == "Sắp xếp đơn vị hành chính");
    }

    [Fact]
    public void Define_Conference5November2027_ReportsToTheCityAndDeclaresItsBasis()
    {
        var plan = Preview2027(("former-wards", "Phường 1"), ("former-wards", "Phường 2")).Definition;

        Assert.Equal(2027, plan.Year);
        Assert.Equal("Ủy ban nhân dân Thành phố Hồ Chí Minh", Assert.Single(plan.ReportRecipients).Name);
        Assert.Equal("Báo cáo kết quả Hội nghị đối thoại về Ủy ban nhân dân Thành phố Hồ Chí Minh", plan.Tasks.Single(t => t.Key == "report-district").Title);
        Assert.Equal("Tham mưu Ủy ban nhân dân phường xây dựng kế hoạch", plan.Tasks.Single(t => t.Key == "draft-plan").Title);
        Assert.Empty(plan.Basis);
        Assert.Contains(plan.Notes, n => n.Clause == "Căn cứ" && n.Text.Contains("nêu căn cứ của mình", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Text == "Phường Tân Sơn Hòa được sắp xếp từ: Phường 1, Phường 2.");
        Assert.DoesNotContain(plan.Notes, n => n.Text.StartsWith("Nơi nhận: VP HĐND-UBND/Q", StringComparison.Ordinal));
        Assert.Equal(new Ward.AdministrativeProcedure.AdministrativeProcedurePlanType().LegalBasis, plan.LegalBasis);
        Assert.Contains("UNCONFIRMED", plan.LegalBasis!.SourceStatus, StringComparison.Ordinal);
        Assert.Null(plan.LegalBasis.InForceUntil);
    }

    [Fact]
    public void Export_Conference2027_NamesTheCityAndTheFormerWardsNotTheDistrict()
    {
        var ward = new AdministrativeProcedureFixture(new LocalDate(2027, 10, 1));
        var plan = ward.Preview([.. Schedule2027, ("former-wards", "Phường 1"), ("former-wards", "Phường 2")]);
        var timeline = ward.Engine.Timeline(plan);

        var markdown = MarkdownReport.Render(plan, timeline, new LocalDate(2027, 10, 1));
        var gantt = TimelineGantt.Mermaid(plan, timeline);

        Assert.Contains("Báo cáo kết quả Hội nghị đối thoại về Ủy ban nhân dân Thành phố Hồ Chí Minh", markdown, StringComparison.Ordinal);
        Assert.Contains("Phường Tân Sơn Hòa được sắp xếp từ: Phường 1, Phường 2.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain(timeline, t => t.Title.Contains("quận", StringComparison.Ordinal) || t.Owner.Contains("quận", StringComparison.Ordinal));
        Assert.Contains("Ủy ban nhân dân Thành phố Hồ Chí Minh", gantt, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_BodiesGiven_OverrideTheDefaultsInEitherEra()
    {
        var historical = new AdministrativeProcedureFixture(new LocalDate(2021, 10, 16)).Preview(("superior", "Ủy ban nhân dân quận Tân Bình (Tổ công tác CCHC)")).Definition;
        var reformed = Preview2027(("province", "Thành phố Hồ Chí Minh"), ("superior", "Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh"),
            ("announcer", "Văn phòng HĐND và UBND phường Tân Sơn Hòa"), ("basis", "Kế hoạch số 12/KH-UBND của Ủy ban nhân dân Thành phố Hồ Chí Minh")).Definition;

        Assert.Equal("Ủy ban nhân dân quận Tân Bình (Tổ công tác CCHC)", Assert.Single(historical.ReportRecipients).Name);
        Assert.Equal("Văn phòng Ủy ban nhân dân Thành phố Hồ Chí Minh", Assert.Single(reformed.ReportRecipients).Name);
        Assert.Equal("Văn phòng HĐND và UBND phường Tân Sơn Hòa", reformed.Unit("announcer").Name);
        Assert.Contains(reformed.Authority.Grants, g => g.Action == PlanAction.AnnounceSession && g.Units.Contains("announcer"));
        Assert.Equal(["Kế hoạch số 12/KH-UBND của Ủy ban nhân dân Thành phố Hồ Chí Minh"], reformed.Basis);
    }

    [Fact]
    public async Task Run_2027_TheNamedAnnouncerSendsTheInvitations()
    {
        var ward = new AdministrativeProcedureFixture(new LocalDate(2027, 10, 1));
        await ward.CreateAsync([.. Schedule2027, ("announcer", "Văn phòng HĐND và UBND phường Tân Sơn Hòa")]);
        await ward.RunAsync(new IssuePlan { By = Chairman });
        ward.Today(new LocalDate(2027, 10, 27));
        var announcer = new Actor("chanh-van-phong", "Chánh Văn phòng HĐND và UBND phường", "announcer") { Position = UnitPosition.Head };

        var plan = await ward.RunAsync(new AnnounceSession { By = announcer, Session = Conference });

        Assert.NotNull(plan.Session(Conference).AnnouncedOn);
    }

    [Fact]
    public void Define_SuperiorGivenTwice_IsRefusedNamingTheParameterInBothLanguages()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Preview2027(("superior", "Ủy ban nhân dân Thành phố Hồ Chí Minh"), ("superior", "Sở Nội vụ")));

        Assert.Equal(("plan.invalid-parameter", "superior"), (error.ErrorCode, error.Key));
        Assert.Contains("given twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("Tham số 'superior' không hợp lệ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_BlankFormerWard_IsRefused()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Preview2027(("former-wards", "Phường 1"), ("former-wards", " ")));

        Assert.Equal("former-wards", error.Key);
    }
}
