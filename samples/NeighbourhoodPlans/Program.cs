using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Microsoft.Extensions.DependencyInjection;
using NeighbourhoodPlans;

var services = new ServiceCollection()
    .AddDialogueWorkflows(b => b.UseInMemoryStore().AddPlanType<NeighbourhoodPlanType>());
await using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<DialogueEngine>();

// An actor's unit is one of the plan's units (by key or name); the position matters for signed acts.
var clerk = new Actor("clerk-01", "Văn phòng", "office");
var chairman = new Actor("chairman", "Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Head };

var session = args.Length > 0 ? args[0] : "2027-06-11";   // the session's day, yyyy-MM-dd
var plan = await engine.CreateAsync(new CreatePlan
{
    TypeKey = "neighbourhood",
    By = clerk,
    Parameters = [new("session", session)],
});
plan = await engine.ExecuteAsync(plan.Id, new IssuePlan { By = chairman, Document = "45/KH-UBND" });

foreach (var line in engine.Timeline(plan))              // every session and its tasks, in date order
    Console.WriteLine($"{line.Due?.ToString("yyyy-MM-dd", null) ?? "after the session"} {line.Title} ({line.Owner}) {line.Status}");

foreach (var action in engine.PermittedActions(plan))    // what can be done now, and why not
    Console.WriteLine($"{action.EntityId} {action.Trigger}: {(action.Allowed ? "ok" : action.Blocked[0].Reason)}");

// Announcing the session also records the notice task done (its CompletedBy step).
plan = await engine.ExecuteAsync(plan.Id, new AnnounceSession { Session = "s1", By = clerk });
Console.WriteLine($"notice@s1 {plan.Tasks.Single(t => t.Id == "notice@s1").Status}");

foreach (var e in plan.Events)                           // the history, with actors
    Console.WriteLine($"{e.At} {e.GetType().Name} by {e.By.UserId} ({e.By.Role}) {e.Document}");

Console.WriteLine(engine.Explain(plan, "notice@s1")!.Explanation.Text); // why that date
