using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Sqlite.Tests;

/// <summary>The engine on a SQLite file: plans survive the process, and a damaged event spoils only its own plan.</summary>
public sealed class SqliteEngineTests : IDisposable
{
    private static readonly Actor Clerk = new("clerk-01", "Văn phòng", "office");
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Get_AfterReopeningTheFile_ReplaysThePlanAsItWas()
    {
        var path = _folder.File("plans.db");
        PlanInstance created;
        using (var store = new SqliteEventStore(path))
        {
            created = await Engine(store).CreateAsync(Create("plan-1"));
        }

        using var reopened = new SqliteEventStore(path);
        var loaded = await Engine(reopened).GetAsync("plan-1");

        Assert.Equal(created.Version, loaded.Version);
        Assert.Equal(created.Status, loaded.Status);
        Assert.Equal(new LocalDate(2024, 6, 4), loaded.Task("notice@s1").Due);
    }

    [Fact]
    public async Task Get_PlanWithAnEventThatIsNotJson_NamesThePlanAndVersionWhileOtherPlansLoad()
    {
        var path = _folder.File("plans.db");
        using (var store = new SqliteEventStore(path))
        {
            var engine = Engine(store);
            await engine.CreateAsync(Create("plan-1"));
            await engine.CreateAsync(Create("plan-2"));
        }

        // Damaged outside the library: the body of plan-1's first event is no longer JSON.
        RawSqlite.Execute(path, "UPDATE events SET data = '{\"planId\": \"plan-1\", trunc' WHERE stream_id = 'plan-1' AND version = 1");
        using var reopened = new SqliteEventStore(path);
        var reloaded = Engine(reopened);

        // The store hands the body back as it is: only the engine reads it.
        Assert.Equal("{\"planId\": \"plan-1\", trunc", (await reopened.ReadStreamAsync("plan-1"))[0].Event.Data);
        var error = await Assert.ThrowsAsync<PlanHistoryException>(() => reloaded.GetAsync("plan-1"));
        Assert.Equal("plan-1", error.PlanId);
        Assert.Equal(1, error.Version);
        Assert.Equal(PlanStatus.Draft, (await reloaded.GetAsync("plan-2")).Status);
    }

    private static CreatePlan Create(string planId) => new() { TypeKey = "sqlite-test", By = Clerk, PlanId = planId };

    [Fact]
    public async Task Open_Version3File_RebuildsTheReadModelFromTheEventsOnFirstQuery()
    {
        var path = _folder.File("v3.db");
        using (var store = new SqliteEventStore(path))
        {
            var engine = Engine(store);
            await engine.CreateAsync(Create("plan-1"));
            await engine.CreateAsync(Create("plan-2"));
        }

        // A file as version 3 left it: events, no read model.
        RawSqlite.Execute(path, "DROP TABLE snapshots; DROP TABLE plan_summaries; DROP TABLE dated_items; DROP TABLE read_model_pending; DROP TABLE read_model_state; UPDATE schema_version SET version = 3;");
        using var reopened = new SqliteEventStore(path);
        var page = await Engine(reopened).ListPlansAsync(new PlanQuery());

        Assert.Equal(5, RawSqlite.Long(path, "SELECT version FROM schema_version"));
        Assert.Equal(["plan-1", "plan-2"], page.Plans.Select(p => p.PlanId));
        Assert.Equal(new LocalDate(2024, 6, 4), page.Plans[0].NextDue);
        Assert.Equal(0, RawSqlite.Long(path, "SELECT count(*) FROM read_model_pending"));
    }

    [Fact]
    public async Task Run_OnAStreamWithItsLastEventMissing_ReportsDamageNamingThePlanAndVersion()
    {
        var path = _folder.File("gap.db");
        using var store = new SqliteEventStore(path);
        var engine = Engine(store);
        await engine.CreateAsync(Create("plan-1"));
        await engine.ExecuteAsync("plan-1", new IssuePlan { By = Clerk, Document = "1/KH" });
        RawSqlite.Execute(path, "DELETE FROM events WHERE stream_id = 'plan-1' AND version = 2");

        var error = await Assert.ThrowsAsync<StreamDamagedException>(() => engine.ExecuteAsync("plan-1", new IssuePlan { By = Clerk, Document = "1/KH" }));

        Assert.Equal(("plan-1", 2L), (error.StreamId, error.Version));
    }

    [Fact]
    public async Task Get_OnAStreamWithAMiddleEventMissing_ReportsDamageNamingThePlanAndVersion()
    {
        var path = _folder.File("gap-middle.db");
        using var store = new SqliteEventStore(path);
        var engine = Engine(store);
        await engine.CreateAsync(Create("plan-1"));
        await engine.ExecuteAsync("plan-1", new IssuePlan { By = Clerk, Document = "1/KH" });
        await engine.ExecuteAsync("plan-1", new CancelPlan { By = Clerk, Reason = "Thử" });
        RawSqlite.Execute(path, "DELETE FROM events WHERE stream_id = 'plan-1' AND version = 2");

        var error = await Assert.ThrowsAsync<StreamDamagedException>(() => engine.GetAsync("plan-1"));

        Assert.Equal(("plan-1", 2L), (error.StreamId, error.Version));
    }

    private static DialogueEngine Engine(IEventStore store)
    {
        var morning = VietnamTime.Zone.AtStrictly(new LocalDate(2024, 5, 20).At(new LocalTime(9, 0))).ToInstant();
        return new DialogueEngine(new PlanTypeRegistry([new SqliteTestPlanType()]), store, WorkingCalendar.Default, new FakeClock(morning), authorizer: Runtime.Authorization.PlanAuthorizer.Unchecked);
    }
}
