using NodaTime;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>A plan with what the engine says of it: its type, timeline, deadlines and lint warnings.</summary>
internal sealed class PlanView
{
    private readonly Dictionary<string, Deadline?> _deadlines;

    private PlanView(IPlanType type, PlanInstance plan, IReadOnlyList<TimelineEntry> timeline, Dictionary<string, Deadline?> deadlines, IReadOnlyList<PlanWarning> warnings,
        IReadOnlyList<Runtime.Rules.CommandRule> rules, IReadOnlyList<(PlanAction Action, IReadOnlyList<Runtime.Authorization.WhoMayAct> MayAct)> authority)
    {
        Rules = rules;
        Authority = authority;
        Type = type;
        Plan = plan;
        Timeline = timeline;
        _deadlines = deadlines;
        Warnings = warnings;
    }

    /// <summary>The plan's type.</summary>
    public IPlanType Type { get; }

    /// <summary>The plan.</summary>
    public PlanInstance Plan { get; }

    /// <summary>Its timeline, in the engine's order.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; }

    /// <summary>Its lint warnings.</summary>
    public IReadOnlyList<PlanWarning> Warnings { get; }

    /// <summary>The rules checked on its commands (<c>engine.RulesOf</c>).</summary>
    public IReadOnlyList<Runtime.Rules.CommandRule> Rules { get; }

    /// <summary>Who may take each action, as the plan declares (<c>engine.WhoMay</c>).</summary>
    public IReadOnlyList<(PlanAction Action, IReadOnlyList<Runtime.Authorization.WhoMayAct> MayAct)> Authority { get; }

    /// <summary>Reads what the engine says of a plan.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="plan">The plan.</param>
    /// <param name="today">The day overdue steps are judged on: the command's day (<c>--today</c>).</param>
    /// <returns>The view.</returns>
    public static PlanView Of(DialogueEngine engine, PlanInstance plan, LocalDate today)
    {
        var timeline = engine.Timeline(plan, today);
        var deadlines = timeline.Where(e => e.Kind == EntityKind.Task).ToDictionary(e => e.Id, e => engine.Explain(plan, e.Id), StringComparer.Ordinal);
        var authority = Enum.GetValues<PlanAction>().Select(a => (a, engine.WhoMay(plan, a))).ToList();
        return new PlanView(engine.PlanTypes.Get(plan.TypeKey, plan.TypeVersion), plan, timeline, deadlines, engine.Lint(plan), engine.RulesOf(plan), authority);
    }

    /// <summary>A task line's deadline with its explanation; null for a session line or a task without a rule.</summary>
    /// <param name="entry">The line.</param>
    /// <returns>The deadline.</returns>
    public Deadline? Deadline(TimelineEntry entry) => entry.Kind == EntityKind.Task ? _deadlines.GetValueOrDefault(entry.Id) : null;
}
