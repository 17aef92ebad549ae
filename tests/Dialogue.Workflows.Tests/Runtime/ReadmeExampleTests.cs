using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>
/// The steps of the README's C# example (samples/NeighbourhoodPlans/Program.cs, which the packaging tests build from the
/// packages and run) on the tests' own neighbourhood type, in-process, with a fake clock so its dates stay in the future.
/// </summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task ReadmeExample_RunsAndPrintsTimelineActionsHistoryAndExplanation()
    {
        var output = new StringWriter();
        var services = new ServiceCollection()
            .AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2027, 5, 3, 2, 0)))
            .AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>());
        await using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<DialogueEngine>();

        // An actor's unit is one of the plan's units (by key or name); the position matters for signed acts.
        var clerk = new Actor("clerk-01", "Văn phòng", "office");
        var chairman = new Actor("chairman", "Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Head };

        var plan = await engine.CreateAsync(new CreatePlan
        {
            TypeKey = "neighbourhood",
            By = clerk,
            Parameters = [new("session", "2027-06-11")],
        });
        plan = await engine.ExecuteAsync(plan.Id, new IssuePlan { By = chairman, Document = "45/KH-UBND" });

        foreach (var line in engine.Timeline(plan))
        {
            output.WriteLine($"{line.Due:yyyy-MM-dd} {line.Title} ({line.Owner}) {line.Status}");
        }

        foreach (var action in engine.PermittedActions(plan))
        {
            output.WriteLine($"{action.EntityId} {action.Trigger}: {(action.Allowed ? "ok" : action.Blocked[0].Reason)}");
        }

        foreach (var e in plan.Events)
        {
            output.WriteLine($"{e.At} {e.GetType().Name} by {e.By.UserId} ({e.By.Role}) {e.Document}");
        }

        output.WriteLine(engine.Explain(plan, "notice@s1")!.Explanation.Text);

        var text = output.ToString();
        Assert.Contains("2027-06-01 Thông báo thời gian, địa điểm (Văn phòng phường) Open", text, StringComparison.Ordinal);
        Assert.Contains("s1 Announce: ok", text, StringComparison.Ordinal);
        Assert.Contains("PlanIssued by chairman (Chủ tịch UBND phường) 45/KH-UBND", text, StringComparison.Ordinal);
        Assert.Contains("ít nhất 07 ngày làm việc", text, StringComparison.Ordinal);
    }
}
