using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Ward.UrbanGovernment;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.UrbanGovernment.UrbanGovernmentActors;

namespace Dialogue.Workflows.Ward.Tests.UrbanGovernment;

/// <summary>urban-government, Hà Cầu 2024, sessions "dự kiến tháng 6" and "dự kiến tháng 11": who may act and the rules.</summary>
public sealed class UrbanGovernmentRuleTests
{
    private static readonly Dictionary<string, Actor> People = new()
    {
        ["chairman"] = Chairman,
        ["vice-chairman KT."] = ViceChairman,
        ["office clerk"] = Clerk,
        ["office clerk TL."] = ClerkByOrder,
        ["radio"] = Radio,
        ["specialist"] = Specialist,
        ["specialist head"] = SpecialistHead,
        ["police chief"] = Police,
    };

    /// <summary>Step × who → null when allowed, otherwise the refusal's reason code.</summary>
    public static TheoryData<string, string, string?> Table => new()
    {
        { "issue", "chairman", null },
        { "issue", "vice-chairman KT.", null },
        { "issue", "office clerk", "authorization.wrong-unit" },
        { "announce", "radio", null },
        { "announce", "police chief", "authorization.wrong-unit" },
        { "answer", "chairman", null },
        // III.1: the sections only draft the answers.
        { "answer", "specialist head", "authorization.wrong-unit" },
        { "complete radio task", "radio", null },
        { "complete radio task", "office clerk", null },
        { "complete radio task", "specialist", "authorization.wrong-unit" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Step_ByWhoTakesIt_IsAllowedOrRefusedAsTheDocumentSays(string step, string who, string? denied)
    {
        var ward = await CreatedAsync(("session", "2024-06-20"), ("session", "2024-11-15"));
        if (step != "issue")
        {
            await ward.RunAsync(new IssuePlan { By = Chairman });
        }

        if (step == "answer")
        {
            await ward.RunAsync(
                new ReceivePetition { By = Clerk, Subject = "Đề nghị lắp đèn", Petitioner = "Ông A", Channel = PetitionChannel.Paper },
                new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition });
        }

        Func<Actor, PlanCommand> command = step switch
        {
            "issue" => by => new IssuePlan { By = by },
            "announce" => by => new AnnounceSession { By = by, Session = "session-1" },
            "answer" => by => new AnswerPetition { By = by, Petition = "P-001", Mode = AnswerMode.InWriting, Summary = "Lắp trong quý III" },
            _ => by => new CompleteTask { By = by, Task = "radio-announcement@session-1" },
        };

        await AuthorityAssert.OutcomeAsync(() => ward.RunAsync(command(People[who])), denied);
    }

    [Fact]
    public async Task Schedule_JuneSessionInAugustAndNovemberInMay_AreRefusedUnlessDecided()
    {
        var ward = await CreatedAsync();
        await ward.RunAsync(new IssuePlan { By = Chairman });

        var august = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new ScheduleSession { By = Chairman, Session = "session-1", Date = new LocalDate(2024, 8, 20) }));
        var may = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new ScheduleSession { By = Chairman, Session = "session-2", Date = new LocalDate(2024, 5, 20) }));
        var plan = await ward.RunAsync(new ScheduleSession
        {
            By = Chairman, Session = "session-1", Date = new LocalDate(2024, 8, 20),
            Deviations = [new RuleDeviation("session.outside-period", "Lùi do tổ chức bầu cử bổ sung", "88/QĐ-UBND ngày 20/5/2024")],
        });

        Assert.Equal(("session.outside-period", true), (august.Rule, august.AllowsDeviation));
        Assert.Equal("session.outside-period", may.Rule);
        Assert.Equal("88/QĐ-UBND ngày 20/5/2024", Assert.Single(plan.Deviations).Document);
    }

    [Fact]
    public async Task Report_ToABodyThePlanDoesNotName_IsRefused()
    {
        var ward = await HeldAndConcludedAsync();

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() =>
            ward.RunAsync(new ReportSession { By = ClerkByOrder, Session = "session-1", Recipients = ["Chủ tịch UBND xã Hòa Bình"] }));
        var plan = await ward.RunAsync(new ReportSession { By = ClerkByOrder, Session = "session-1", Recipients = ["UBND quận Hà Đông"] });

        Assert.Equal(("session.report-recipient-unknown", true), (error.Rule, error.AllowsDeviation));
        Assert.Equal(["UBND quận Hà Đông"], plan.Session("session-1").ReportedTo);
    }

    [Fact]
    public async Task Close_WithANamedRecipientNotReportedTo_IsRefused()
    {
        var ward = await HeldAndConcludedAsync();
        await ward.RunAsync(new ReportSession { By = ClerkByOrder, Session = "session-1", Recipients = ["UBND quận Hà Đông"] });
        await CompleteSessionTasksAsync(ward, "session-1");

        var error = await Assert.ThrowsAsync<CommandRejectedException>(() => ward.RunAsync(new CloseSession { By = Chairman, Session = "session-1" }));
        await ward.RunAsync(new ReportSession
        {
            By = ClerkByOrder, Session = "session-1",
            Recipients = ["Thường trực HĐND quận Hà Đông", "Chủ tịch UBND quận Hà Đông", "Tổ đại biểu HĐND quận Hà Đông"],
        });
        var plan = await ward.RunAsync(new CloseSession { By = Chairman, Session = "session-1" });

        Assert.Equal("session.recipients-not-reported", error.Rule);
        Assert.Equal(SessionStatus.Closed, plan.Session("session-1").Status);
    }

    [Fact]
    public async Task Replace_ASessionThatCannotBeHeld_LetsThePlanComplete()
    {
        // Two sessions a year: November cannot be held; it is postponed, replaced by a December session, then cancelled.
        var ward = await HeldAndConcludedAsync();
        await ward.RunAsync(new ReportSession { By = ClerkByOrder, Session = "session-1" });
        await CompleteSessionTasksAsync(ward, "session-1");
        await ward.RunAsync(new CloseSession { By = Chairman, Session = "session-1" });
        ward.Today(new LocalDate(2024, 11, 4));
        await ward.RunAsync(new PostponeSession { By = Chairman, Session = "session-2", Reason = "Hội trường đang sửa chữa" });

        var plan = await ward.RunAsync(new AddAdHocSession
        {
            By = Chairman, Title = "Hội nghị đối thoại thay buổi tháng 11", Date = new LocalDate(2024, 12, 12), Replaces = "session-2",
        });
        var replacement = plan.Sessions[^1].Key;
        // With its replacement planned, the postponed session can be cancelled without falling below two.
        await ward.RunAsync(new CancelSession { By = Chairman, Session = "session-2", Reason = "Thay bằng buổi tháng 12" });
        await ward.RunAsync(new AnnounceSession { By = Radio, Session = replacement });
        await ward.RunAsync(new LocalDate(2024, 12, 12), new HoldSession { By = Chairman, Session = replacement });
        await ward.RunAsync(new ConcludeSession { By = Chairman, Session = replacement });
        await ward.RunAsync(new ReportSession { By = ClerkByOrder, Session = replacement });
        await CompleteSessionTasksAsync(ward, replacement);
        await ward.RunAsync(new CloseSession { By = Chairman, Session = replacement });
        plan = await ward.Engine.GetAsync(ward.PlanId);
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open && t.Session != "session-2").Select(t => t.Id).ToList())
        {
            await ward.RunAsync(new CompleteTask { By = Clerk, Task = task });
        }

        plan = await ward.RunAsync(new CompletePlan { By = Chairman });

        Assert.Equal(PlanStatus.Completed, plan.Status);
        Assert.Equal(2, plan.Sessions.Count(s => s.HeldOn is not null));
    }

    private static async Task<PlanTypeHarness> CreatedAsync(params (string Key, string Value)[] parameters)
    {
        var ward = new PlanTypeHarness(new UrbanGovernmentPlanType(), new LocalDate(2024, 3, 25));
        await ward.CreateAsync(Clerk, parameters);
        return ward;
    }

    private static async Task<PlanTypeHarness> HeldAndConcludedAsync()
    {
        var ward = await CreatedAsync(("session", "2024-06-20"), ("session", "2024-11-15"));
        await ward.RunAsync(new IssuePlan { By = Chairman });
        await ward.RunAsync(new LocalDate(2024, 6, 10), new AnnounceSession { By = Radio, Session = "session-1" });
        await ward.RunAsync(new LocalDate(2024, 6, 20), new HoldSession { By = Chairman, Session = "session-1" });
        await ward.RunAsync(new ConcludeSession { By = Chairman, Session = "session-1" });
        return ward;
    }

    private static async Task CompleteSessionTasksAsync(PlanTypeHarness ward, string session)
    {
        var plan = await ward.Engine.GetAsync(ward.PlanId);
        foreach (var task in plan.Tasks.Where(t => t.Status == PlanTaskStatus.Open && t.Session == session).Select(t => t.Id).ToList())
        {
            await ward.RunAsync(new CompleteTask { By = Clerk, Task = task });
        }
    }
}
