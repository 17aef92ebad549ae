using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Events;
using NodaTime;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// Deadlines follow the calendar: a plan whose notice deadline crosses 24/11/2026, computed before Nghị quyết 28/2026/QH16
/// and read after it; a host loading next year's schedule file; each move recorded once, with its reason, under the policy.
/// </summary>
public sealed class CalendarChangeTests
{
    private static readonly LocalDate October1 = new(2026, 10, 1);

    [Fact]
    public async Task Read_NoticeComputedBeforeThe24NovemberRule_MovesOnRecordCitingCV10065()
    {
        // Session Friday 27/11/2026, notice at least 7 working days before: 17/11 while 24/11 was worked, 16/11 since.
        var before = new WorkingCalendarOptions();
        before.Overrides.Add(CalendarOverride.WorkingDay(new LocalDate(2026, 11, 24), "Ngày làm việc (trước Nghị quyết 28/2026/QH16)"));
        var old = new EngineFixture(October1, new WorkingCalendar(before));
        var created = await old.CreateAsync(("session", "2026-11-27"));
        Assert.Equal(new LocalDate(2026, 11, 17), created.Task("notice@s1").Due);
        var now = new EngineFixture(October1, store: old.Store);

        var plan = await now.Engine.GetAsync("plan-1");

        Assert.Equal(new LocalDate(2026, 11, 16), plan.Task("notice@s1").Due);
        var recorded = Assert.IsType<DeadlinesRecalculated>(plan.Events[^1]);
        Assert.Equal(DialogueEngine.CalendarActor, recorded.By);
        Assert.Equal(CalendarChangePolicy.Recompute, recorded.Policy);
        var change = Assert.Single(recorded.Deadlines);
        Assert.Equal((new LocalDate(2026, 11, 17), new LocalDate(2026, 11, 16)), (change.Old, change.New));
        Assert.Contains("24/11/2026 Ngày Văn hóa Việt Nam (24/11), CV 10065/VPCP-KGVX, 02/10/2026", change.Reason, StringComparison.Ordinal);
        Assert.Contains("2026-11-24 Vietnamese Culture Day (24 November)", change.EnglishReason, StringComparison.Ordinal);
        // Recorded once: the next read and the store agree.
        Assert.Equal(plan.Version, (await now.Engine.GetAsync("plan-1")).Version);
        Assert.Equal(plan.Version, (await now.Store.ReadStreamAsync("plan-1", 1)).Count);
    }

    [Fact]
    public async Task Read_HostLoadsNextYearsScheduleWithAStormDay_OpenDeadlineMovesCitingTheFilesDocument()
    {
        var fixture = new EngineFixture(October1);
        await fixture.CreateAsync(("session", "2027-03-19"));
        var file = ScheduleFile.FromYear(WorkingCalendar.Default.GetYear(2027));
        file = new PublishedSchedule(2027, file.Document,
            [.. file.DaysOff, new ScheduledDay(new LocalDate(2027, 3, 15), "Nghỉ do bão") { Document = new DocumentReference("QĐ 7/QĐ-UBND", new LocalDate(2027, 3, 12)) }],
            file.MakeUpWorkingDays) { File = "calendar-2027.json" };
        var options = new WorkingCalendarOptions();
        options.PublishedSchedules.Add(file);
        var loaded = new EngineFixture(October1, new WorkingCalendar(options), fixture.Store);

        var plan = await loaded.Engine.GetAsync("plan-1");

        var change = Assert.Single(plan.Events.OfType<DeadlinesRecalculated>().Single().Deadlines);
        Assert.Equal((new LocalDate(2027, 3, 9), new LocalDate(2027, 3, 8)), (change.Old, change.New));
        Assert.Equal("Lịch làm việc thay đổi (15/03/2027 Nghỉ do bão, QĐ 7/QĐ-UBND, 12/03/2027)", change.Reason);
    }

    [Fact]
    public async Task Read_UnderTheKeepPolicy_KeepsTheDateAndNotesTheNewOneOnRecord()
    {
        var before = new WorkingCalendarOptions();
        before.Overrides.Add(CalendarOverride.WorkingDay(new LocalDate(2026, 11, 24), "Ngày làm việc (trước Nghị quyết 28/2026/QH16)"));
        var old = new EngineFixture(October1, new WorkingCalendar(before));
        await old.CreateAsync(("session", "2026-11-27"));
        var keep = new EngineFixture(October1, store: old.Store, options: new DialogueEngineOptions { CalendarChangePolicy = CalendarChangePolicy.Keep });

        var plan = await keep.Engine.GetAsync("plan-1");

        Assert.Equal(new LocalDate(2026, 11, 17), plan.Task("notice@s1").Due);
        Assert.Equal(new LocalDate(2026, 11, 16), plan.Task("notice@s1").NotedDue);
        Assert.Equal(CalendarChangePolicy.Keep, plan.Events.OfType<DeadlinesRecalculated>().Single().Policy);
        Assert.Equal(plan.Version, (await keep.Engine.GetAsync("plan-1")).Version);
    }

    [Fact]
    public async Task ReadModel_AMoveKeptUnderKeep_ReopenedUnderRecompute_ListsAndDueShowTheRecomputedDateWithoutACommand()
    {
        // Notice of the 27/11/2026 session: 17/11 while 24/11 was worked; the calendar that rests on 24/11 gives 16/11.
        var before = new WorkingCalendarOptions();
        before.Overrides.Add(CalendarOverride.WorkingDay(new LocalDate(2026, 11, 24), "Ngày làm việc (trước Nghị quyết 28/2026/QH16)"));
        var old = new EngineFixture(October1, new WorkingCalendar(before));
        await old.CreateAsync(("session", "2026-11-27"));
        var keep = new EngineFixture(October1, store: old.Store, options: new DialogueEngineOptions { CalendarChangePolicy = CalendarChangePolicy.Keep });
        var until = new DueRequest { Today = October1, Until = new LocalDate(2026, 11, 30) };
        Assert.Equal(new LocalDate(2026, 11, 17), (await keep.Engine.DueAsync(until)).Single(e => e.Item.EntityId == "notice@s1").Item.Due);
        Assert.NotEqual(keep.Engine.CalendarFingerprintValue, new EngineFixture(October1, store: old.Store).Engine.CalendarFingerprintValue);

        var recompute = new EngineFixture(October1, store: old.Store);

        Assert.Equal(new LocalDate(2026, 11, 16), (await recompute.Engine.DueAsync(until)).Single(e => e.Item.EntityId == "notice@s1").Item.Due);
        // The plan's row is the plan after the recomputed move was recorded: the keep, then the recompute.
        var row = Assert.Single((await recompute.Engine.ListPlansAsync(new Dialogue.Workflows.Storage.PlanQuery())).Plans);
        var plan = await recompute.Engine.GetAsync("plan-1");
        Assert.Equal(plan.Version, row.Version);
        Assert.Equal([CalendarChangePolicy.Keep, CalendarChangePolicy.Recompute], plan.Events.OfType<DeadlinesRecalculated>().Select(r => r.Policy).ToList());
    }
}
