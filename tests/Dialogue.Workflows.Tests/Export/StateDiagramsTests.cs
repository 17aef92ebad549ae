using System.Text.RegularExpressions;
using Dialogue.Workflows.Export;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Machines;
using Dialogue.Workflows.Tests.Runtime;
using NodaTime;

namespace Dialogue.Workflows.Tests.Export;

public sealed partial class StateDiagramsTests
{
    private static readonly LocalDate May20 = new(2024, 5, 20);

    public static TheoryData<EntityKind> Machines => [EntityKind.Plan, EntityKind.Session, EntityKind.Task, EntityKind.Petition];

    [Theory]
    [MemberData(nameof(Machines))]
    public void Mermaid_EveryMachine_DrawsExactlyTheMovesOfItsTable(EntityKind entity)
    {
        var text = StateDiagrams.Mermaid(Definition(), entity);

        Assert.StartsWith("stateDiagram-v2\n", text, StringComparison.Ordinal);
        Assert.Equal(Moves(entity).Order(), ParseMermaid(text).Keys.Order());
        Assert.Contains($"[*] --> {Initial(entity)}", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Machines))]
    public void Dot_EveryMachine_DeclaresEveryStateAndDrawsExactlyTheMovesOfItsTable(EntityKind entity)
    {
        var text = StateDiagrams.Dot(Definition(), entity);

        Assert.Equal(Moves(entity).Order(), ParseDot(text).Keys.Order());
        foreach (var state in Moves(entity).SelectMany(m => new[] { m.From, m.To }).Distinct())
        {
            Assert.Contains($"\"{state}\" [label=\"{state}\"];", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Machines))]
    public void Dot_EveryMachine_IsASaneDigraph(EntityKind entity)
    {
        var text = StateDiagrams.Dot(Definition(), entity);

        Assert.StartsWith("digraph {", text, StringComparison.Ordinal);
        Assert.EndsWith("}", text.TrimEnd(), StringComparison.Ordinal);
        var depth = 0;
        foreach (var c in text)
        {
            depth += c switch { '{' => 1, '}' => -1, _ => 0 };
            Assert.True(depth >= 0, "a closing brace before its opening one");
        }

        Assert.Equal(0, depth);
        foreach (var line in text.Split('\n'))
        {
            // Quotes come in pairs on every line once escaped quotes are left out.
            Assert.True(line.Replace("\\\"", string.Empty, StringComparison.Ordinal).Count(c => c == '"') % 2 == 0, line);
        }
    }

    [Fact]
    public void Mermaid_Session_LabelsGuardedMovesWithTheirCodes()
    {
        var moves = ParseMermaid(StateDiagrams.Mermaid(Definition(), EntityKind.Session));

        Assert.Equal(["plan.closed", "session.minimum-per-year"], moves[("Planned", "Cancel", "Cancelled")]);
        // The plan type's own rule sits beside the library's guards on both moves into Held, the library's rules after them.
        Assert.Equal(["plan.closed", "plan.not-issued", "session.announcement-required", "neighbourhood.no-sunday", "session.date-mismatch"],
            moves[("Scheduled", "Hold", "Held")]);
        Assert.Equal(["plan.closed", "plan.not-issued", "neighbourhood.no-sunday", "session.date-mismatch"], moves[("Announced", "Hold", "Held")]);
        Assert.Equal(["plan.closed", "session.date-out-of-range", "session.date-in-past", "session.outside-period", "session.order", "session.lead-time"],
            moves[("Planned", "Schedule", "Scheduled")]);
        Assert.Contains("session.conclusion-required", moves[("Held", "Report", "Reported")]);
        Assert.DoesNotContain("session.conclusion-required", moves[("Concluded", "Report", "Reported")]);
    }

    [Fact]
    public void Dot_Session_LabelsGuardedMovesWithTheirCodes()
    {
        var moves = ParseDot(StateDiagrams.Dot(Definition(), EntityKind.Session));

        Assert.Equal(["plan.closed", "session.minimum-per-year"], moves[("Planned", "Cancel", "Cancelled")]);
        Assert.Contains("neighbourhood.no-sunday", moves[("Scheduled", "Hold", "Held")]);
        Assert.Contains("neighbourhood.no-sunday", moves[("Announced", "Hold", "Held")]);
    }

    [Fact]
    public void Mermaid_PlanAndPetition_LabelTheLibrarysGuards()
    {
        var plan = ParseMermaid(StateDiagrams.Mermaid(Definition(), EntityKind.Plan));
        var petition = ParseMermaid(StateDiagrams.Mermaid(Definition(), EntityKind.Petition));

        Assert.Equal(["plan.sessions-open", "plan.tasks-open", "plan.petitions-open", "plan.minimum-sessions"], plan[("InProgress", "Complete", "Completed")]);
        Assert.Empty(plan[("Draft", "Issue", "Issued")]);
        Assert.Contains("petition.excluded-category", petition[("Assigned", "Answer", "Answered")]);
        Assert.Contains("petition.notify-first", petition[("Answered", "Close", "Closed")]);
        Assert.DoesNotContain("petition.notify-first", petition[("ResultNotified", "Close", "Closed")]);
    }

    [Fact]
    public void Mermaid_RealPlanInItsState_ShowsTheGuardsTheEngineChecks()
    {
        // The guards of a real plan and a real session, as the engine builds them, then the engine's rules for the
        // trigger's command that bear on the plan, against the diagram's labels.
        var fixture = new EngineFixture(May20);
        var plan = fixture.Engine.Preview("neighbourhood", []);
        var session = plan.Session("s1");
        var context = new GuardContext(plan, May20, fixture.Engine.Calendar);
        var planMoves = ParseMermaid(StateDiagrams.Mermaid(plan.Definition, EntityKind.Plan));
        var sessionMoves = ParseMermaid(StateDiagrams.Mermaid(plan.Definition, EntityKind.Session));

        var planGuards = GuardCatalog.ForPlan(context);
        foreach (var trigger in StateMachines.Plan.TriggersFrom(plan.Status))
        {
            StateMachines.Plan.TryMove(plan.Status, trigger, out var to);
            Assert.Equal(planGuards[trigger].Select(g => g.Code).Concat(RuleCodes(fixture, plan, EntityKind.Plan, trigger.ToString())),
                planMoves[(plan.Status.ToString(), trigger.ToString(), to.ToString())]);
        }

        var sessionGuards = GuardCatalog.ForSession(context with { Session = session });
        foreach (var trigger in StateMachines.Session.TriggersFrom(session.Status))
        {
            StateMachines.Session.TryMove(session.Status, trigger, out var to);
            Assert.Equal(sessionGuards[trigger].Select(g => g.Code).Concat(RuleCodes(fixture, plan, EntityKind.Session, trigger.ToString())),
                sessionMoves[(session.Status.ToString(), trigger.ToString(), to.ToString())]);
        }
    }

    private static IEnumerable<string> RuleCodes(EngineFixture fixture, PlanInstance plan, EntityKind entity, string trigger) =>
        CommandTarget.Of(plan, entity, trigger) is { } command
            ? fixture.Engine.RulesOf(plan).Where(r => r.Governs.Contains(command)).Select(r => r.Code)
            : [];

    [Fact]
    public void Mermaid_PlanTypeWithoutOwnGuards_ShowsOnlyTheLibrarys()
    {
        var text = StateDiagrams.Mermaid(Definition() with { Guards = [] }, EntityKind.Session);

        Assert.DoesNotContain("neighbourhood.no-sunday", text, StringComparison.Ordinal);
        Assert.Contains("session.announcement-required", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagrams_GuardThatWouldThrow_IsNeverEvaluated()
    {
        var definition = Definition() with
        {
            Guards = [new PlanGuard(EntityKind.Task, nameof(PlanTaskTrigger.Waive), "host.explodes", _ => throw new InvalidOperationException("evaluated"))],
        };

        Assert.Contains("Waive [plan.closed] [host.explodes]", StateDiagrams.Mermaid(definition, EntityKind.Task), StringComparison.Ordinal);
        Assert.Contains("Waive [plan.closed] [host.explodes]", StateDiagrams.Dot(definition, EntityKind.Task), StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_GuardCodeWithColonAndSemicolon_IsEscapedInMermaidButNotInDot()
    {
        var definition = Definition() with
        {
            Guards = [new PlanGuard(EntityKind.Plan, nameof(PlanTrigger.Issue), "host:rule;1", _ => GuardResult.Pass("host:rule;1"))],
        };

        var mermaid = StateDiagrams.Mermaid(definition, EntityKind.Plan);
        var dot = StateDiagrams.Dot(definition, EntityKind.Plan);

        Assert.Contains("Draft --> Issued : Issue [host：rule；1]", mermaid, StringComparison.Ordinal);
        Assert.All(mermaid.Split('\n').Where(l => l.Contains("-->", StringComparison.Ordinal) && !l.StartsWith("[*]", StringComparison.Ordinal)),
            line => Assert.Equal(1, line.Count(c => c == ':')));
        Assert.DoesNotContain(";", mermaid, StringComparison.Ordinal);
        Assert.Contains("label=\"Issue [host:rule;1]\"", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_UnknownEntity_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StateDiagrams.Mermaid(Definition(), (EntityKind)99));
        Assert.Throws<ArgumentOutOfRangeException>(() => StateDiagrams.Dot(Definition(), (EntityKind)99));
        Assert.Throws<ArgumentNullException>(() => StateDiagrams.MermaidAll(null!));
    }

    [Fact]
    public void MermaidAll_Neighbourhood_HasAHeadingAndAFenceForEachMachine()
    {
        var text = StateDiagrams.MermaidAll(Definition());

        Assert.StartsWith("# Sơ đồ trạng thái: Đối thoại khu dân cư (neighbourhood v1)\n", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Kế hoạch (Plan)", "## Buổi đối thoại (Session)", "## Nhiệm vụ (Task)", "## Kiến nghị (Petition)" })
        {
            Assert.Contains($"\n{heading}\n\n```mermaid\nstateDiagram-v2\n", text, StringComparison.Ordinal);
        }

        Assert.Equal(8, Regex.Count(text, "^```", RegexOptions.Multiline));
        foreach (var entity in Enum.GetValues<EntityKind>())
        {
            Assert.Contains(StateDiagrams.Mermaid(Definition(), entity), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MermaidAll_Neighbourhood_MatchesSnapshot() =>
        ApprovedSnapshot.Match(StateDiagrams.MermaidAll(Definition()), "StateDiagrams.Neighbourhood.Mermaid.snap",
            "tests", "Dialogue.Workflows.Tests", "Export");

    [Theory]
    [MemberData(nameof(Machines))]
    public void Dot_Neighbourhood_MatchesSnapshot(EntityKind entity) =>
        ApprovedSnapshot.Match(StateDiagrams.Dot(Definition(), entity), $"StateDiagrams.Neighbourhood.{entity}.Dot.snap",
            "tests", "Dialogue.Workflows.Tests", "Export");

    private static PlanDefinition Definition() => new EngineFixture(May20).Engine.Preview("neighbourhood", []).Definition;

    private static string Initial(EntityKind entity) => entity switch
    {
        EntityKind.Plan => StateMachines.Plan.Initial.ToString(),
        EntityKind.Session => StateMachines.Session.Initial.ToString(),
        EntityKind.Task => StateMachines.Task.Initial.ToString(),
        _ => StateMachines.Petition.Initial.ToString(),
    };

    private static IEnumerable<(string From, string Trigger, string To)> Moves(EntityKind entity) => entity switch
    {
        EntityKind.Plan => StateMachines.Plan.Transitions.Select(t => (t.From.ToString(), t.Trigger.ToString(), t.To.ToString())),
        EntityKind.Session => StateMachines.Session.Transitions.Select(t => (t.From.ToString(), t.Trigger.ToString(), t.To.ToString())),
        EntityKind.Task => StateMachines.Task.Transitions.Select(t => (t.From.ToString(), t.Trigger.ToString(), t.To.ToString())),
        _ => StateMachines.Petition.Transitions.Select(t => (t.From.ToString(), t.Trigger.ToString(), t.To.ToString())),
    };

    private static Dictionary<(string From, string Trigger, string To), List<string>> ParseMermaid(string text) =>
        Parse(text, MermaidMove());

    private static Dictionary<(string From, string Trigger, string To), List<string>> ParseDot(string text) =>
        Parse(text, DotMove());

    private static Dictionary<(string From, string Trigger, string To), List<string>> Parse(string text, Regex move)
    {
        var moves = new Dictionary<(string, string, string), List<string>>();
        foreach (Match m in move.Matches(text))
        {
            var guards = GuardLabel().Matches(m.Groups["guards"].Value).Select(static (Match g) => g.Groups[1].Value).ToList();
            // Each move is drawn once: a duplicate key would throw here.
            moves.Add((m.Groups["from"].Value, m.Groups["trigger"].Value, m.Groups["to"].Value), guards);
        }

        return moves;
    }

    [GeneratedRegex(@"^\s*(?<from>\w+) --> (?<to>\w+) : (?<trigger>\w+)(?<guards>( \[[^\]]+\])*)$", RegexOptions.Multiline)]
    private static partial Regex MermaidMove();

    [GeneratedRegex(@"^""(?<from>\w+)"" -> ""(?<to>\w+)"" \[.*label=""(?<trigger>\w+)(?<guards>( \[[^\]]+\])*)""\];$", RegexOptions.Multiline)]
    private static partial Regex DotMove();

    [GeneratedRegex(@"\[([^\]]+)\]")]
    private static partial Regex GuardLabel();
}
