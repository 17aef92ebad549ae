using Dialogue.Workflows.Calendar;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Sqlite;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Benchmarks;

/// <summary>
/// Fills a SQLite store with plans of realistic histories through the engine: sessions spread over 2020–2026, each plan
/// issued, the past ones cancelled (closed, nothing open), the coming ones open with a petition or two.
/// </summary>
public static class StoreGenerator
{
    private static readonly Actor Clerk = new("clerk", "Văn phòng", "office");

    /// <summary>Writes <paramref name="plans"/> plans into a new file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="plans">How many plans.</param>
    public static void Generate(string path, int plans)
    {
        using var store = new SqliteEventStore(new SqliteEventStoreOptions { Path = path, DurableCommits = false });
        var clock = new FakeClock(Instant.FromUtc(2019, 12, 1, 2, 0));
        var engine = new DialogueEngine(new PlanTypeRegistry([new BenchmarkPlanType()]), store, WorkingCalendar.Default, clock, authorizer: PlanAuthorizer.Unchecked);
        var first = new LocalDate(2020, 1, 6);
        var today = new LocalDate(2025, 6, 2);
        for (var i = 0; i < plans; i++)
        {
            // Plan 0 is an open one: the benchmarks run their command on it.
            var session = i == 0 ? today.PlusDays(30) : first.PlusDays(i * 7 % 2500);
            var id = $"plan-{i:000000}";
            engine.CreateAsync(new CreatePlan { TypeKey = "benchmark", PlanId = id, By = Clerk, Parameters = [new("session", session.ToString("yyyy-MM-dd", null))] })
                .GetAwaiter().GetResult();
            Try(engine, id, new IssuePlan { By = Clerk, Document = $"{i}/KH-UBND" });
            Try(engine, id, new ReceivePetition { By = Clerk, Subject = "Đường hẻm ngập nước", Petitioner = "Công dân", Channel = PetitionChannel.Paper });
            if (session < today)
            {
                Try(engine, id, new CancelPlan { By = Clerk, Reason = "Đã kết thúc" });
            }
        }
    }

    private static void Try(DialogueEngine engine, string id, PlanCommand command)
    {
        try
        {
            engine.ExecuteAsync(id, command).GetAwaiter().GetResult();
        }
        catch (DialogueWorkflowException)
        {
            // A step the plan's rules refuse for its dates is left out, as a clerk would.
        }
    }
}
