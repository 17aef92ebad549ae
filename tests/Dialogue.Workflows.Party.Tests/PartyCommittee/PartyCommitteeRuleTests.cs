using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using NodaTime;
using static Dialogue.Workflows.Party.Tests.PartyCommittee.PartyCommitteeFixture;

namespace Dialogue.Workflows.Party.Tests.PartyCommittee;

/// <summary>party-committee, Phường IV 2023: the conference "dự kiến trong tháng 10", after the Front's survey due 04/10/2023.</summary>
public sealed class PartyCommitteeRuleTests
{
    [Fact]
    public async Task Rules_OfThePlan_IncludeTheMonthAndTheSurvey()
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        var plan = await fixture.CreateAsync();

        var codes = fixture.Engine.RulesOf(plan).Select(r => r.Code).ToList();

        Assert.Contains("session.outside-period", codes);
        Assert.Contains("session.before-prerequisite", codes);
        Assert.Equal(["front-survey"], plan.Definition.Rules.SessionPrerequisites);
    }

    [Fact]
    public async Task Schedule_OctoberConferenceOn20November_IsRefusedAndAcceptedOnlyWithADeviation()
    {
        var fixture = await IssuedAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new ScheduleSession { By = Secretary, Session = "conference", Date = new LocalDate(2023, 11, 20) }));
        var plan = await fixture.RunAsync(new ScheduleSession
        {
            By = Secretary, Session = "conference", Date = new LocalDate(2023, 11, 20),
            Deviations = [new RuleDeviation("session.outside-period", "Lùi hội nghị do trùng lịch Thành ủy", "Thông báo số 30-TB/ĐU")],
        });

        Assert.Equal(("session.outside-period", true), (error.Rule, error.AllowsDeviation));
        Assert.Equal(new LocalDate(2023, 11, 20), plan.Session("conference").Date);
        Assert.Equal("Thông báo số 30-TB/ĐU", Assert.Single(plan.Events.OfType<RuleDeviated>()).Document);
    }

    [Fact]
    public async Task Schedule_On12October_IsAccepted()
    {
        var fixture = await IssuedAsync();

        var plan = await fixture.RunAsync(new ScheduleSession { By = Secretary, Session = "conference", Date = new LocalDate(2023, 10, 12) });

        Assert.Empty(plan.Deviations);
    }

    [Fact]
    public async Task Reschedule_BeforeTheFrontsSurveyIsDue_IsRefused()
    {
        // IV.6: the survey is due 04/10/2023; a conference on 03/10 would go without it.
        var fixture = await IssuedAsync(("session", "2023-10-12"));

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            fixture.RunAsync(new RescheduleSession { By = Secretary, Session = "conference", NewDate = new LocalDate(2023, 10, 3), Reason = "Đẩy sớm" }));
        var plan = await fixture.RunAsync(new RescheduleSession { By = Secretary, Session = "conference", NewDate = new LocalDate(2023, 10, 10), Reason = "Đẩy sớm" });

        Assert.Equal("session.before-prerequisite", error.Rule);
        Assert.Equal(new LocalDate(2023, 10, 10), plan.Session("conference").Date);
    }

    [Fact]
    public async Task Deviation_FromThePartyOfficeClerk_IsRefused()
    {
        var fixture = await IssuedAsync();

        await Assert.ThrowsAsync<Runtime.Authorization.AuthorizationDeniedException>(() => fixture.RunAsync(new ScheduleSession
        {
            By = OfficeByOrder, Session = "conference", Date = new LocalDate(2023, 11, 20),
            Deviations = [new RuleDeviation("session.outside-period", "Lùi hội nghị", "Thông báo số 30-TB/ĐU")],
        }));
    }

    private static async Task<PartyCommitteeFixture> IssuedAsync(params (string Key, string Value)[] parameters)
    {
        var fixture = new PartyCommitteeFixture(new LocalDate(2023, 9, 21));
        await fixture.CreateAsync(parameters);
        await fixture.RunAsync(new IssuePlan { By = Secretary });
        return fixture;
    }
}
