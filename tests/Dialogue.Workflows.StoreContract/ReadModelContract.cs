using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;

namespace Dialogue.Workflows.StoreContract;

// The read model every store keeps with its events: after any command, any reopening, calendar change or rebuild,
// its rows are exactly what a fresh replay of each plan gives.
public abstract partial class EventStoreContract
{
    private static readonly Actor Office = new("clerk-01", "Văn phòng", "office");

    /// <summary>The store as a new process would open it: the same database, new connections. The in-memory store is its own reopening.</summary>
    protected virtual Task<IEventStore> ReopenAsync(IEventStore store) => Task.FromResult(store);

    [Fact]
    public async Task ReadModel_AfterEveryCommand_EqualsAFreshReplay()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);

        await engine.CreateAsync(Create("kh-01", "2024-06-14"));
        await AssertReadModelIsReplayAsync(store, engine);
        await engine.ExecuteAsync("kh-01", new IssuePlan { By = Office, Document = "45/KH-UBND" });
        await AssertReadModelIsReplayAsync(store, engine);
        await engine.ExecuteAsync("kh-01", new CompleteTask { By = Office, Task = "notice@s1" });
        await AssertReadModelIsReplayAsync(store, engine);
        await engine.ExecuteAsync("kh-01", new ExtendDeadline { By = Office, Task = "summary@s1", NewDue = new LocalDate(2024, 6, 12), Reason = "Chờ ý kiến tổ dân phố" });
        await AssertReadModelIsReplayAsync(store, engine);
        await engine.ExecuteAsync("kh-01", new CancelPlan { By = Office, Reason = "Thay bằng kế hoạch khác" });
        await AssertReadModelIsReplayAsync(store, engine);

        var summary = Assert.Single((await engine.ListPlansAsync(new PlanQuery { Status = nameof(PlanStatus.Cancelled) })).Plans);
        Assert.Equal(("kh-01", 0, (LocalDate?)null), (summary.PlanId, summary.OpenItems, summary.NextDue));
    }

    [Fact]
    public async Task ReadModel_AfterReopening_EqualsAFreshReplay()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);
        await engine.CreateAsync(Create("kh-01", "2024-06-14"));
        await engine.ExecuteAsync("kh-01", new IssuePlan { By = Office, Document = "45/KH-UBND" });

        var reopened = await ReopenAsync(store);

        await AssertReadModelIsReplayAsync(reopened, Engine(reopened));
    }

    [Fact]
    public async Task ReadModel_ListsPlansPagedAndFiltered_OldestFirst()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);
        await engine.CreateAsync(Create("kh-01", "2024-06-14", ward: "Bến Nghé"));
        await engine.CreateAsync(Create("kh-02", "2024-06-21", tenant: "q1"));
        await engine.CreateAsync(Create("kh-03", "2025-03-14", tenant: "q1"));
        await engine.CreateAsync(Create("kh-04", "2024-09-13"));
        await engine.CreateAsync(Create("kh-05", "2024-10-11", ward: "Đa Kao"));
        await engine.ExecuteAsync("kh-02", new IssuePlan { By = Office, Document = "12/KH-UBND" });
        await engine.ExecuteAsync("kh-04", new IssuePlan { By = Office, Document = "13/KH-UBND" });

        var first = await engine.ListPlansAsync(new PlanQuery { Limit = 2 });
        var second = await engine.ListPlansAsync(new PlanQuery { Limit = 2, After = first.Next });
        var third = await engine.ListPlansAsync(new PlanQuery { Limit = 2, After = second.Next });

        Assert.Equal(["kh-01", "kh-02"], first.Plans.Select(p => p.PlanId));
        Assert.Equal(["kh-03", "kh-04"], second.Plans.Select(p => p.PlanId));
        Assert.Equal(["kh-05"], third.Plans.Select(p => p.PlanId));
        Assert.Null(third.Next);
        Assert.Equal(["kh-02", "kh-04"], await Ids(engine, new PlanQuery { Status = nameof(PlanStatus.Issued) }));
        Assert.Equal(["kh-02", "kh-03"], await Ids(engine, new PlanQuery { TenantId = "q1" }));
        Assert.Equal(["kh-03"], await Ids(engine, new PlanQuery { Year = 2025 }));
        Assert.Equal(["kh-05"], await Ids(engine, new PlanQuery { Issuer = "UBND phường Đa Kao" }));
        // Text is found whatever its case: "BẾN NGHÉ" finds "Bến Nghé".
        Assert.Equal(["kh-01"], await Ids(engine, new PlanQuery { Text = "BẾN NGHÉ" }));
        Assert.Equal(["kh-04"], await Ids(engine, new PlanQuery { Text = "13/kh" }));
        Assert.Equal(["kh-02"], await Ids(engine, new PlanQuery { Status = nameof(PlanStatus.Issued), TenantId = "q1", TypeKey = "read-model-test" }));
    }

    [Fact]
    public async Task ReadModel_DueAcrossPlans_ForAUnitAndForAll()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);
        // Session 2024-06-14: the office's notice due 2024-06-04, the Front's summary due 2024-06-06.
        await engine.CreateAsync(Create("kh-01", "2024-06-14"));
        // Session 2024-06-21: notice due 2024-06-11, summary due 2024-06-13.
        await engine.CreateAsync(Create("kh-02", "2024-06-21"));
        await engine.ExecuteAsync("kh-01", new CompleteTask { By = Office, Task = "notice@s1" });

        var today = new LocalDate(2024, 6, 10);
        var all = await engine.DueAsync(new DueRequest { Today = today, Until = today.PlusDays(7) });
        var front = await engine.DueAsync(new DueRequest { Today = today, Until = today.PlusDays(7), Owner = "front" });
        var page = await engine.DueAsync(new DueRequest { Today = today, Until = today.PlusDays(7), Limit = 1, After = all[0].Item });

        Assert.Equal([("kh-01", "summary@s1", DueState.Overdue), ("kh-02", "notice@s1", DueState.Approaching), ("kh-02", "summary@s1", DueState.Approaching)],
            all.Select(e => (e.Item.PlanId, e.Item.EntityId, e.State)));
        Assert.Equal(-2, all[0].WorkingDays);
        Assert.Equal(["kh-01", "kh-02"], front.Select(e => e.Item.PlanId));
        Assert.Equal("kh-02", Assert.Single(page).Item.PlanId);
        Assert.Equal("Ủy ban MTTQ phường", front[0].Item.OwnerName);
        Assert.Equal(1, (await engine.ListPlansAsync(new PlanQuery { Today = today })).Plans[0].OverdueItems);
    }

    [Fact]
    public async Task ReadModel_AfterACalendarChange_IsRecomputedAndTheMoveRecorded()
    {
        var store = await CreateStoreAsync();
        await Engine(store).CreateAsync(Create("kh-01", "2024-06-14"));
        Assert.Equal(new LocalDate(2024, 6, 4), (await Engine(store).DueAsync(new DueRequest { Today = new LocalDate(2024, 6, 3), Owner = "office" }))[0].Item.Due);

        // The ward declares 2024-06-05 a day off: the notice, seven working days before the session, moves a day earlier.
        var options = new WorkingCalendarOptions();
        options.Overrides.Add(CalendarOverride.DayOff(new LocalDate(2024, 6, 5), "Nghỉ bù do địa phương quyết định"));
        var changed = Engine(store, new WorkingCalendar(options));

        var due = await changed.DueAsync(new DueRequest { Today = new LocalDate(2024, 6, 3), Owner = "office" });

        Assert.Equal(new LocalDate(2024, 6, 3), due[0].Item.Due);
        Assert.Equal((new LocalDate(2024, 6, 4), new LocalDate(2024, 6, 3)), (due[0].Item.MovedFrom, due[0].Item.MovedTo));
        Assert.Contains((await changed.GetAsync("kh-01")).Events, e => e is Runtime.Events.DeadlinesRecalculated);
        await AssertReadModelIsReplayAsync(store, changed);
        Assert.Single(await changed.MovedAsync());
    }

    [Fact]
    public async Task ReadModel_AfterARebuild_EqualsAFreshReplay()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);
        await engine.CreateAsync(Create("kh-01", "2024-06-14"));
        await engine.CreateAsync(Create("kh-02", "2024-06-21"));
        await engine.ExecuteAsync("kh-02", new IssuePlan { By = Office, Document = "12/KH-UBND" });

        var report = await engine.RebuildReadModelAsync();

        Assert.Equal(new ReadModelReport(2, 0), report);
        await AssertReadModelIsReplayAsync(store, engine);
    }

    [Fact]
    public async Task ReadModel_AnAppendWithoutItsRows_IsProjectedBeforeTheNextQuery()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);
        await engine.CreateAsync(Create("kh-01", "2024-06-14"));
        var events = await store.ReadStreamAsync("kh-01");
        // Another writer appends through the plain event store: the store marks the plan pending in the same transaction.
        await store.AppendAsync("kh-02", 0, [events[0].Event with { EventId = Guid.NewGuid(), Data = events[0].Event.Data.Replace("\"kh-01\"", "\"kh-02\"", StringComparison.Ordinal) }]);

        Assert.Equal(["kh-01", "kh-02"], await Ids(engine, new PlanQuery()));
        await AssertReadModelIsReplayAsync(store, engine);
    }

    [Fact]
    public async Task ReadModel_ADamagedPlan_IsNamedAndSkipped_WhileEveryOtherPlanAnswers()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);
        await engine.CreateAsync(Create("kh-01", "2024-06-14"));
        await engine.CreateAsync(Create("kh-02", "2024-06-21"));
        // An event the engine cannot read, appended behind its back.
        await store.AppendAsync("kh-01", 1, [new EventData(Guid.NewGuid(), "plan-issued", 1, "{ not json")]);

        var plans = await Ids(engine, new PlanQuery());
        var due = await engine.DueAsync(new DueRequest { Today = new LocalDate(2024, 6, 3), Until = new LocalDate(2024, 6, 30) });
        var damaged = Assert.Single(await engine.DamagedPlansAsync());

        Assert.Equal(["kh-02"], plans);
        Assert.All(due, e => Assert.Equal("kh-02", e.Item.PlanId));
        Assert.Equal("kh-01", damaged.PlanId);
        Assert.Contains("kh-01", damaged.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadModel_ConcurrentWriters_KeepItExact()
    {
        var store = await CreateStoreAsync();
        var engine = Engine(store);
        for (var i = 1; i <= 4; i++)
        {
            await engine.CreateAsync(Create($"kh-0{i}", "2024-06-14"));
        }

        // Two writers per plan, each retrying on the other's conflict: every plan ends issued, its notice done.
        await Task.WhenAll(Enumerable.Range(1, 4).SelectMany(i => new[]
        {
            Task.Run(() => engine.ExecuteAsync($"kh-0{i}", new IssuePlan { By = Office, Document = $"{i}/KH-UBND" })),
            Task.Run(() => engine.ExecuteAsync($"kh-0{i}", new CompleteTask { By = Office, Task = "notice@s1" })),
        }));

        await AssertReadModelIsReplayAsync(store, engine);
        Assert.Equal(4, (await engine.ListPlansAsync(new PlanQuery { Status = nameof(PlanStatus.Issued) })).Plans.Count);
    }

    /// <summary>Every plan's rows in the store, read back, are what replaying the plan's events gives.</summary>
    protected static async Task AssertReadModelIsReplayAsync(IEventStore store, DialogueEngine engine)
    {
        var rows = Assert.IsAssignableFrom<IReadModelStore>(store);
        await engine.ListPlansAsync(new PlanQuery { Limit = 1 });
        var summaries = new List<PlanSummary>();
        for (long? after = null; ;)
        {
            var page = await rows.QueryPlansAsync(new PlanQuery { Limit = 2, After = after, Status = null });
            summaries.AddRange(page.Plans);
            if (page.Next is not { } next)
            {
                break;
            }

            after = next;
        }

        var items = await rows.QueryDueAsync(new DueQuery { To = new LocalDate(2199, 12, 31), Limit = DueQuery.MaxLimit });
        var ids = await store.ListStreamsAsync();
        Assert.Equal(ids, summaries.Select(s => s.PlanId));
        foreach (var id in ids)
        {
            var replayed = engine.Projection(await engine.GetAsync(id));
            Assert.Equal(replayed.Summary, summaries.Single(s => s.PlanId == id) with { Sequence = 0, OverdueItems = 0 });
            Assert.Equal(replayed.Items, items.Where(i => i.PlanId == id).OrderBy(i => i.Due).ThenBy(i => i.EntityId, StringComparer.Ordinal));
        }

        Assert.Equal(ids.Count, (await rows.GetReadModelStateAsync()) is { Pending: false } ? ids.Count : -1);
    }

    private static async Task<List<string>> Ids(DialogueEngine engine, PlanQuery query) =>
        [.. (await engine.ListPlansAsync(query)).Plans.Select(p => p.PlanId)];

    private static DialogueEngine Engine(IEventStore store, WorkingCalendar? calendar = null) =>
        new(new PlanTypeRegistry([new ReadModelPlanType()]), store, calendar ?? WorkingCalendar.Default,
            new FixedClock(Instant.FromUtc(2024, 6, 3, 2, 0)), authorizer: PlanAuthorizer.Unchecked);

    private static CreatePlan Create(string id, string session, string? tenant = null, string ward = "Thử Nghiệm") => new()
    {
        TypeKey = "read-model-test", PlanId = id, TenantId = tenant, By = Office, Parameters = [new("session", session), new("ward", ward)],
    };

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
