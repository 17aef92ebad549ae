using Dialogue.Workflows.Export;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.Party.Tests.PartyCommittee.PartyCommitteeFixture;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>
/// party-committee across the 2025 reform: Ward IV's 2023 conference invites the city Party committee's standing members, as plan
/// 179-KH/ĐU says; a conference in October 2027 has no city Party committee above the ward and invites the province's. The 2027
/// ward's names are names for the tests.
/// </summary>
public sealed class PartyCommitteeReformTests
{
    private static readonly (string, string)[] Plan2027 =
    [
        ("session", "2027-10-15"), ("survey-due", "2027-10-04"), ("issued-on", "2027-09-21"), ("ward", "Phường Tân Ninh"),
        ("venue", "Hội trường Đảng ủy - UBND phường Tân Ninh"),
    ];

    private static PlanInstance Preview2027(params (string, string)[] parameters) =>
        new PartyCommitteeFixture(new LocalDate(2027, 9, 21)).Preview([.. Plan2027, .. parameters]);

    [Fact]
    public void Lint_Conference2027KeepingPhuongIVAndItsHall_WarnsOfTheWardAndTheVenue_NotIn2023()
    {
        var party = new PartyCommitteeFixture(new LocalDate(2027, 9, 21));
        var kept = party.Preview([.. Plan2027.Where(p => p.Item1 is not ("ward" or "venue"))]);
        var historical = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));

        Assert.Equal(["venue", "ward"], party.Engine.Lint(kept).Where(w => w.Code == "plan.pre-reform-default").Select(w => w.Subject).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(party.Engine.Lint(Preview2027()), w => w.Code == "plan.pre-reform-default");
        Assert.DoesNotContain(historical.Engine.Lint(historical.Preview()), w => w.Code == "plan.pre-reform-default");
    }

    [Fact]
    public void Define_Conference2023_InvitesTheCityAsTheDocumentSays()
    {
        var plan = new PartyCommitteeFixture(new LocalDate(2023, 9, 21)).Preview().Definition;

        Assert.Contains(plan.Participants, p => p.Name == "Đại diện Thường trực Thành ủy" && p.Level == "Cấp Thành phố");
        Assert.Equal(3, plan.Basis.Count);
        Assert.Contains(plan.Notes, n => n.Text == "Thời gian: 01 buổi, dự kiến trong tháng 10 (sẽ có giấy mời sau).");
        Assert.DoesNotContain(plan.Notes, n => n.Clause is "Căn cứ" or "Sắp xếp đơn vị hành chính");
        Assert.DoesNotContain(plan.Units, u => u.Key == "announcer");
    }

    [Fact]
    public void Define_Conference15October2027_InvitesTheProvincesPartyOrganisation()
    {
        var plan = Preview2027(("former-wards", "Phường I"), ("former-wards", "Phường IV")).Definition;

        Assert.Equal(2027, plan.Year);
        Assert.Contains(plan.Participants, p => p.Name == "Đại diện Thường trực Đảng bộ tỉnh Tây Ninh" && p.Level == "Cấp trên");
        Assert.DoesNotContain(plan.Participants, p => p.Level == "Cấp Thành phố");
        Assert.StartsWith("Quyết định số 218-QĐ/TW", Assert.Single(plan.Basis), StringComparison.Ordinal);
        Assert.Contains(plan.Notes, n => n.Text.StartsWith("Cấp ủy cấp trên: Đảng bộ tỉnh Tây Ninh", StringComparison.Ordinal));
        Assert.Contains(plan.Notes, n => n.Text == "Phường Tân Ninh được sắp xếp từ: Phường I, Phường IV.");
        Assert.Contains(plan.Notes, n => n.Text == "Địa điểm: Hội trường Đảng ủy - UBND phường Tân Ninh.");
        Assert.DoesNotContain(plan.Notes, n => n.Text.Contains("Thành ủy;", StringComparison.Ordinal));
        Assert.Contains("UNCONFIRMED", plan.LegalBasis!.SourceStatus, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Conference2027_RecordsTheFormerWardsAndTheSuperior()
    {
        var party = new PartyCommitteeFixture(new LocalDate(2027, 9, 21));
        var plan = party.Preview([.. Plan2027, ("former-wards", "Phường I"), ("former-wards", "Phường IV")]);

        var markdown = MarkdownReport.Render(plan, party.Engine.Timeline(plan), new LocalDate(2027, 9, 21));

        Assert.Contains("Phường Tân Ninh được sắp xếp từ: Phường I, Phường IV.", markdown, StringComparison.Ordinal);
        Assert.Contains("Cấp ủy cấp trên: Đảng bộ tỉnh Tây Ninh", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Define_BodiesGiven_OverrideTheDefaults()
    {
        var plan = Preview2027(("province", "Tây Ninh"), ("superior", "Ban Thường vụ Tỉnh ủy Tây Ninh"), ("announcer", "Văn phòng Đảng ủy phường Tân Ninh"),
            ("basis", "Quy định số 11-QĐi/TW")).Definition;

        Assert.Contains(plan.Participants, p => p.Name == "Đại diện Thường trực Ban Thường vụ Tỉnh ủy Tây Ninh");
        Assert.Equal("Văn phòng Đảng ủy phường Tân Ninh", plan.Unit("announcer").Name);
        Assert.Contains(plan.Authority.Grants, g => g.Action == PlanAction.AnnounceSession && g.Units.Contains("announcer"));
        Assert.Equal(["Quy định số 11-QĐi/TW"], plan.Basis);
    }

    [Fact]
    public async Task Run_2027_TheNamedAnnouncerAnnounces()
    {
        var party = new PartyCommitteeFixture(new LocalDate(2027, 9, 21));
        await party.CreateAsync([.. Plan2027, ("announcer", "Văn phòng Đảng ủy phường Tân Ninh")]);
        await party.RunAsync(new IssuePlan { By = Secretary });
        var announcer = new Actor("chanh-vp", "Chánh Văn phòng Đảng ủy", "announcer") { Position = UnitPosition.Head };

        var plan = await party.RunAsync(new AnnounceSession { By = announcer, Session = "conference" });

        Assert.NotNull(plan.Session("conference").AnnouncedOn);
    }

    [Fact]
    public void Define_ProvinceGivenTwice_IsRefusedNamingTheParameterInBothLanguages()
    {
        var error = Assert.Throws<InvalidPlanParameterException>(() => Preview2027(("province", "Tây Ninh"), ("province", "Long An")));

        Assert.Equal(("plan.invalid-parameter", "province"), (error.ErrorCode, error.Key));
        Assert.Contains("given twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("Tham số 'province' không hợp lệ", error.Message, StringComparison.Ordinal);
    }
}
