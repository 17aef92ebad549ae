using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Machines;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using static Dialogue.Workflows.Tests.Runtime.EngineFixture;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// Who may act in the neighbourhood plan: the office drafts, the chairman signs (in person, TM., or a
/// deputy KT.; the office TL. or TUQ.), a task is done by its owner or recorded by the office, a petition
/// of the administration domain is answered by the chairman's unit.
/// </summary>
public sealed class AuthorizationTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    public static TheoryData<string, Actor, string?> IssueActors => new()
    {
        { "chairman in person", Chairman, null },
        { "chairman TM. on behalf of the committee", Chairman with { Signing = SigningForm.OnBehalfOf }, null },
        { "chairman signing KT. as if a deputy", Chairman with { Signing = SigningForm.ForTheHead }, PlanDefinitionAuthorization.WrongSigningForm },
        { "vice-chairman KT.", ViceChairman, null },
        { "vice-chairman in person", ViceChairman with { Signing = SigningForm.Direct }, PlanDefinitionAuthorization.WrongSigningForm },
        { "office clerk TL.", Clerk with { Signing = SigningForm.ByOrder }, null },
        { "office clerk TUQ.", Clerk with { Signing = SigningForm.ByDelegation }, null },
        { "office clerk in person", Clerk, PlanDefinitionAuthorization.WrongSigningForm },
        { "justice officer TL.", Justice with { Signing = SigningForm.ByOrder }, PlanDefinitionAuthorization.WrongUnit },
        { "front officer", Front, PlanDefinitionAuthorization.WrongUnit },
        { "a body outside the plan", new Actor("x", "Chuyên viên", "UBND quận") { Position = UnitPosition.Head }, PlanDefinitionAuthorization.UnknownUnit },
    };

    [Theory]
    [MemberData(nameof(IssueActors))]
    public async Task Issue_ByActor_IsAllowedOnlyToTheSignerInAFormThePlanAccepts(string who, Actor actor, string? refusal)
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();

        if (refusal is null)
        {
            var plan = await fixture.RunAsync(new IssuePlan { By = actor, Document = "45/KH-UBND" });
            Assert.Equal(PlanStatus.Issued, plan.Status);
            Assert.Equal(actor, plan.Events[^1].By); // the signing form is recorded with the event
            return;
        }

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.RunAsync(new IssuePlan { By = actor }));
        Assert.Equal(AuthorizationDeniedException.Code, error.ErrorCode);
        Assert.Equal(refusal, error.Reason);
        Assert.Equal(PlanAction.Issue, error.Action);
        Assert.Contains(error.MayAct, m => m.StartsWith("Chủ tịch UBND phường", StringComparison.Ordinal));
        Assert.Equal(1, (await fixture.Engine.GetAsync("plan-1")).Version); // nothing written, as {who} learns
        Assert.False(string.IsNullOrEmpty(who));
    }

    [Fact]
    public async Task Create_ByTheJusticeOfficer_IsRefusedNamingTheOffice()
    {
        var fixture = new EngineFixture(May20);

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.Engine.CreateAsync(new CreatePlan
        {
            TypeKey = "neighbourhood", By = Justice, PlanId = "plan-1",
        }));

        Assert.Equal(PlanAction.Create, error.Action);
        Assert.Equal(["Văn phòng phường"], error.MayAct);
        Assert.Empty(await fixture.Engine.ListIdsAsync());
    }

    [Fact]
    public async Task Create_ByAUnitGivenByItsVietnameseName_IsTheOffice()
    {
        var fixture = new EngineFixture(May20);

        var plan = await fixture.Engine.CreateAsync(new CreatePlan
        {
            TypeKey = "neighbourhood", By = new Actor("vp-02", "Công chức", "văn phòng phường"), PlanId = "plan-1",
        });

        Assert.Equal("plan-1", plan.Id);
    }

    [Fact]
    public async Task CompleteTask_FrontSummary_IsDoneByTheFrontOrRecordedByTheOfficeButNotByTheJusticeOfficer()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.RunAsync(new CompleteTask { By = Justice, Task = "front-summary@s1" }));
        Assert.Equal(PlanDefinitionAuthorization.WrongUnit, error.Reason);
        Assert.Contains(error.MayAct, m => m.Contains("Ủy ban MTTQ phường", StringComparison.Ordinal) && m.Contains("Văn phòng phường ghi nhận thay", StringComparison.Ordinal));

        var plan = await fixture.RunAsync(new CompleteTask { By = Front, Task = "front-summary@s1" });
        Assert.Equal(PlanTaskStatus.Done, plan.Task("front-summary@s1").Status);
        plan = await fixture.RunAsync(new CompleteTask { By = Clerk, Task = "front-summary@s2" });
        Assert.Equal(Clerk, plan.Events[^1].By);
    }

    [Fact]
    public async Task AnswerPetition_OfTheAdministrationDomain_IsTheChairmansOrHisDeputysNotTheOffices()
    {
        var fixture = new EngineFixture(May20);
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });
        await fixture.RunAsync(new ReceivePetition { By = Clerk, Session = "s1", Subject = "Cấp phép xây dựng", Petitioner = "Nguyễn Văn A", Channel = PetitionChannel.Paper });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Question, Domain = "admin" });
        var answer = new AnswerPetition { By = Clerk, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Hướng dẫn hồ sơ" };

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(() => fixture.RunAsync(answer));
        Assert.Equal(PlanDefinitionAuthorization.WrongUnit, error.Reason);

        var plan = await fixture.RunAsync(answer with { By = ViceChairman });
        Assert.Equal(PetitionStatus.Answered, plan.Petition("P-001").Status);
    }

    [Fact]
    public async Task PermittedActions_ForAnActor_SayWhoMayActAndRefuseWhatTheActorMayNot()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();

        var forClerk = fixture.Engine.PermittedActions(plan, Clerk).Single(a => a.Entity == EntityKind.Plan && a.Trigger == "Issue");
        var forChairman = fixture.Engine.PermittedActions(plan, Chairman).Single(a => a.Entity == EntityKind.Plan && a.Trigger == "Issue");
        var forNobody = fixture.Engine.PermittedActions(plan).Single(a => a.Entity == EntityKind.Plan && a.Trigger == "Issue");

        Assert.False(forClerk.Allowed);
        Assert.Equal(PlanDefinitionAuthorization.WrongSigningForm, Assert.Single(forClerk.Blocked).Code);
        Assert.True(forChairman.Allowed);
        Assert.True(forNobody.Allowed);
        Assert.Equal(PlanAction.Issue, forNobody.Action);
        Assert.Equal("Chủ tịch UBND phường: người đứng đầu ký trực tiếp hoặc TM., cấp phó ký KT.; Văn phòng phường ký TL. hoặc TUQ.", Assert.Single(forNobody.MayAct).Text);
    }

    [Fact]
    public async Task WhoMay_AnActionThePlanReservesToNoUnit_IsAnyUnitOfThePlan()
    {
        var fixture = new EngineFixture(May20);
        var plan = await fixture.CreateAsync();

        Assert.Equal("Mọi đơn vị của kế hoạch", Assert.Single(fixture.Engine.WhoMay(plan, PlanAction.ScheduleSession)).Text);
        // Setting a rule aside falls to whoever signs the plan.
        Assert.StartsWith("Chủ tịch UBND phường", Assert.Single(fixture.Engine.WhoMay(plan, PlanAction.Deviate)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanGuard_SeesTheActor_AndCanRefuseByWhoActs()
    {
        var fixture = EngineFixture.Variant(May20, d => d with
        {
            Guards =
            [
                new PlanGuard(EntityKind.Session, nameof(SessionTrigger.Announce), "host.chairman-announces", context =>
                    GuardResult.When(context.Actor?.Unit == "chairman", "host.chairman-announces", "Chủ tịch thông báo.", "The chairman announces.")),
            ],
        });
        await fixture.CreateAsync();
        await fixture.RunAsync(new IssuePlan { By = Chairman });

        var error = await Assert.ThrowsAsync<ActionBlockedException>(() => fixture.RunAsync(new AnnounceSession { By = Clerk, Session = "s1" }));
        Assert.Equal("host.chairman-announces", Assert.Single(error.Reasons).Code);
        var plan = await fixture.RunAsync(new AnnounceSession { By = Chairman, Session = "s1" });
        Assert.Equal(SessionStatus.Announced, plan.Session("s1").Status);
    }

    [Fact]
    public async Task AddAuthorizationHandler_HostDirectoryRefuses_EvenWhereThePlanAllows()
    {
        await using var provider = Host(b => b.AddAuthorizationHandler<SuspendedUsers>());
        var engine = provider.GetRequiredService<DialogueEngine>();
        await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Clerk, PlanId = "plan-1" });

        var error = await Assert.ThrowsAsync<AuthorizationDeniedException>(() => engine.ExecuteAsync("plan-1", new IssuePlan { By = Chairman with { UserId = "suspended" } }));
        Assert.Equal("host.suspended", error.Reason);
        // The plan's own authority still holds alongside the host's.
        await Assert.ThrowsAsync<AuthorizationDeniedException>(() => engine.ExecuteAsync("plan-1", new IssuePlan { By = Front }));
        await engine.ExecuteAsync("plan-1", new IssuePlan { By = Chairman });
    }

    [Fact]
    public async Task ReplaceAuthorization_HostDecidesAlone()
    {
        await using var provider = Host(b => b.ReplaceAuthorization<SuspendedUsers>());
        var engine = provider.GetRequiredService<DialogueEngine>();
        await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = Front, PlanId = "plan-1" });

        var plan = await engine.ExecuteAsync("plan-1", new IssuePlan { By = Front });

        Assert.Equal(PlanStatus.Issued, plan.Status);
    }

    [Fact]
    public async Task WithoutAuthorization_ChosenExplicitly_LetsAnyoneAct()
    {
        await using var provider = Host(b => b.WithoutAuthorization());
        var engine = provider.GetRequiredService<DialogueEngine>();
        await engine.CreateAsync(new CreatePlan { TypeKey = "neighbourhood", By = new Actor("import", "Công cụ chuyển dữ liệu", "legacy"), PlanId = "plan-1" });

        var plan = await engine.ExecuteAsync("plan-1", new IssuePlan { By = new Actor("import", "Công cụ chuyển dữ liệu", "legacy") });

        Assert.True(engine.Authorizer.IsUnchecked);
        Assert.Equal(PlanStatus.Issued, plan.Status);
    }

    [Fact]
    public void PlanAuthorizer_WithNoHandler_IsRefusedPointingToTheExplicitChoice()
    {
        var error = Assert.Throws<ArgumentException>(() => new PlanAuthorizer([]));
        Assert.Contains("PlanAuthorizer.Unchecked", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AGrantNamingAnUnknownUnit_IsAProblemOfTheDefinition()
    {
        var definition = new NeighbourhoodPlanType().Define(PlanParameters.Bind(new NeighbourhoodPlanType(), []));
        var broken = definition with { Authority = new PlanAuthority { Grants = [new(PlanAction.Issue, ["mayor"])] } };

        var error = Assert.Throws<PlanDefinitionException>(broken.Validate);
        Assert.Contains(error.Problems, p => p.Contains("unknown unit 'mayor'", StringComparison.Ordinal));
    }

    private static ServiceProvider Host(Action<DialogueWorkflowsBuilder> configure) =>
        new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(At(May20)))
            .AddDialogueWorkflows(b => configure(b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>()))
            .BuildServiceProvider();

    private sealed class SuspendedUsers : IPlanAuthorizationHandler
    {
        public AuthorizationDecision Authorize(AuthorizationRequest request) =>
            request.Actor.UserId == "suspended"
                ? AuthorizationDecision.Deny("host.suspended", "Tài khoản đang bị tạm khóa.", "The account is suspended.")
                : AuthorizationDecision.Allow;
    }
}
