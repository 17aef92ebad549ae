using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueActors;
using static Dialogue.Workflows.Ward.Tests.CommuneDialogue.CommuneDialogueHarness;

namespace Dialogue.Workflows.Ward.Tests.CommuneDialogue;

/// <summary>
/// commune-dialogue in 2027, every deadline worked out by hand: Tết Đinh Mùi is off from Thursday 04/02 to Wednesday 10/02/2027
/// (CV 10065/VPCP-KGVX), and 24/11 (Ngày Văn hóa Việt Nam, a Wednesday in 2027) is a day off from 2026. Art. 43: notice at least
/// 7 days before; results within 10 days after. The day counting is calendar days unless a test says working days.
/// </summary>
public sealed class CommuneDialogueTimelineTests
{
    private static readonly PlanTypeHarness Commune = New(Day(2027, 1, 4));

    private static Deadline Explain(PlanInstance plan, string key) => Commune.Engine.Explain(plan, Task(key))!;

    [Fact]
    public void Notice_SessionFriday12February2027_MovesBackOverTetToWednesday3February()
    {
        // 12/02 − 7 days = Friday 05/02/2027, inside Tết (04/02–10/02 off): a deadline counted backwards moves to the working day
        // before, Wednesday 03/02/2027 (Thursday 04/02 is off too).
        var plan = Commune.Preview(With(("session", "2027-02-12")));

        var notice = Explain(plan, "notice");

        Assert.Equal(Day(2027, 2, 3), notice.Due);
        Assert.Contains("ít nhất 07 ngày trước ngày đối thoại", notice.Explanation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_SessionFriday12February2027InWorkingDays_LeavesSevenWholeWorkingDaysBeforeTet()
    {
        // Working days strictly between the notice and Friday 12/02: Thu 11/02, then (04/02–10/02 off) Wed 03, Tue 02, Mon 01/02,
        // (weekend) Fri 29, Thu 28, Wed 27/01 = seven; the notice is due the working day before them, Tuesday 26/01/2027.
        var plan = Commune.Preview(With(("session", "2027-02-12"), ("day-counting", "working")));

        var notice = Explain(plan, "notice");

        Assert.Equal(Day(2027, 1, 26), notice.Due);
        Assert.Equal(CountingConvention.WorkingDaysBeforeExcludingBothEnds, notice.Explanation.Convention);
    }

    [Fact]
    public void Notice_SessionWednesday1December2027_MovesBackOver24NovemberToTuesday23November()
    {
        // 01/12 − 7 days = Wednesday 24/11/2027, Ngày Văn hóa Việt Nam (a paid day off from 2026): back to Tuesday 23/11/2027.
        var plan = Commune.Preview(With(("session", "2027-12-01")));

        Assert.Equal(Day(2027, 11, 23), Explain(plan, "notice").Due);
    }

    [Fact]
    public void Notice_SessionFriday29January2027_IsDueFriday22January()
    {
        // 29/01 − 7 days = Friday 22/01/2027, a working day.
        var plan = Commune.Preview(With(("session", "2027-01-29")));

        Assert.Equal(Day(2027, 1, 22), Explain(plan, "notice").Due);
    }

    [Fact]
    public void Timeline_BeforeTheSessionIsHeld_ExpectsTheResultsFromItsDate()
    {
        // Until the session is held, the 10 days run from its planned date: 29/01 + 10 = Monday 08/02/2027, in Tết;
        // the period's last day moves to the next working day, Thursday 11/02/2027 (Civil Code Art. 148(5)).
        var timeline = Commune.Engine.Timeline(Commune.Preview(With(("session", "2027-01-29"))));

        var results = Line(timeline, "publish-results");
        Assert.Equal((Day(2027, 2, 11), Day(2027, 2, 11)), (results.DueEarliest, results.DueLatest));
        Assert.Null(Line(timeline, "province-report").DueEarliest);
    }

    [Fact]
    public async Task Results_SessionHeldFriday29January2027_AreDueThursday11FebruaryAfterTet()
    {
        // Held Friday 29/01: + 10 days = Monday 08/02/2027, inside Tết → Thursday 11/02/2027.
        // A petition taken at the session and answered in writing: 10 working days after 29/01 = 01, 02, 03/02, (04/02–10/02 off),
        // 11, 12, 15, 16, 17, 18, 19/02 → Friday 19/02/2027.
        var commune = New(Day(2027, 1, 5));
        await commune.CreateAsync(Clerk, With(("session", "2027-01-29")));
        await commune.RunAsync(new IssuePlan { By = Chairman }, new AnnounceSession { By = Chairman, Session = Session });

        await commune.RunAsync(Day(2027, 1, 29), new HoldSession { By = Chairman, Session = Session });
        await commune.RunAsync(
            new ReceivePetition { By = Clerk, Session = Session, Subject = "Đề nghị nâng cấp đường liên ấp", Petitioner = "Ông T.V.A.", Channel = PetitionChannel.AtSession },
            new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Petition });
        var plan = await commune.RunAsync(new AssignPetition { By = Clerk, Petition = "P-001", Unit = "departments" });

        Assert.Equal(Day(2027, 2, 11), plan.Task(Task("publish-results")).Due);
        Assert.Equal(Day(2027, 2, 19), plan.Petition("P-001").AnswerDue);
    }

    [Fact]
    public async Task Results_SessionHeldFriday29January2027InWorkingDays_AreDueFriday19February()
    {
        // Ten working days after Friday 29/01: 01, 02, 03/02, (Tết 04–10/02), 11, 12, 15, 16, 17, 18, 19/02 → Friday 19/02/2027.
        var commune = New(Day(2027, 1, 5));
        await commune.CreateAsync(Clerk, With(("session", "2027-01-29"), ("day-counting", "working")));
        await commune.RunAsync(new IssuePlan { By = Chairman }, new AnnounceSession { By = Chairman, Session = Session });

        var plan = await commune.RunAsync(Day(2027, 1, 29), new HoldSession { By = Chairman, Session = Session });

        Assert.Equal(Day(2027, 2, 19), plan.Task(Task("publish-results")).Due);
    }

    [Fact]
    public async Task Answers_SessionHeldMonday15November2027_SkipTheCultureDayToTuesday30November()
    {
        // Results: 15/11 + 10 days = Thursday 25/11/2027, a working day.
        // Written answers, 10 working days after Monday 15/11: 16, 17, 18, 19, 22, 23, (24/11 off), 25, 26, 29, 30/11 → Tuesday 30/11/2027.
        var commune = New(Day(2027, 10, 1));
        await commune.CreateAsync(Clerk, With(("session", "2027-11-15")));
        await commune.RunAsync(new IssuePlan { By = Chairman }, new AnnounceSession { By = Chairman, Session = Session });
        await commune.RunAsync(Day(2027, 11, 15), new HoldSession { By = Chairman, Session = Session });
        await commune.RunAsync(
            new ReceivePetition { By = Clerk, Session = Session, Subject = "Phản ánh ngập úng khu dân cư", Petitioner = "Bà L.T.B.", Channel = PetitionChannel.AtSession },
            new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Report });
        var plan = await commune.RunAsync(new AssignPetition { By = Clerk, Petition = "P-001", Unit = "departments" });

        Assert.Equal(Day(2027, 11, 25), plan.Task(Task("publish-results")).Due);
        Assert.Equal(Day(2027, 11, 30), plan.Petition("P-001").AnswerDue);
    }

    [Fact]
    public void Timeline_Session29January2027_MatchesTheSnapshot()
    {
        var timeline = Commune.Engine.Timeline(Commune.Preview(With(("session", "2027-01-29"), ("former-units", "Xã Phú Lập"), ("former-units", "Xã Phú Thịnh"))));

        TimelineSnapshot.Match(timeline, "CommuneDialogueTimelineTests.Timeline_Session29January2027_MatchesTheSnapshot.snap",
            "tests", "Dialogue.Workflows.Ward.Tests", "CommuneDialogue");
    }
}
