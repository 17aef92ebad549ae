using System.Text;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Machines;
using Stateless.Graph;
using Stateless.Reflection;

namespace Dialogue.Workflows.Export;

/// <summary>
/// State diagrams of a plan type's four machines (plan, session, task, petition) as Mermaid and
/// Graphviz DOT text, with each guarded move labelled by its guard codes.
/// </summary>
/// <remarks>
/// <para>
/// The diagrams are drawn by Stateless's own graph export from a machine configured by the same
/// <see cref="StateMachines"/> table the engine runs on, and the guard codes come from the engine's
/// guard catalogue for the definition, so a diagram cannot drift from what the engine does. The
/// moves are the same for every plan type; the guards are not: a plan type's own
/// <see cref="PlanDefinition.Guards"/> appear beside the library's, which is why the diagrams are
/// drawn for a <see cref="PlanDefinition"/> rather than for a bare machine.
/// </para>
/// <para>
/// A move is labelled <c>Trigger [code] [code]</c>, e.g. <c>Cancel [plan.closed] [session.minimum-per-year]</c>.
/// Some guards apply only from some states (the session's <c>Hold</c> needs an announcement only
/// from <c>Scheduled</c>), so two moves on the same trigger can carry different codes. Lines end in
/// <c>\n</c> on every operating system.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var definition = engine.Preview("ward-chairman", parameters).Definition;
/// File.WriteAllText("machines.md", StateDiagrams.MermaidAll(definition));
/// File.WriteAllText("session.dot", StateDiagrams.Dot(definition, EntityKind.Session)); // dot -Tsvg session.dot
/// </code>
/// </example>
public static class StateDiagrams
{
    /// <summary>The Mermaid <c>stateDiagram-v2</c> of one machine.</summary>
    /// <param name="definition">The plan type's definition, whose guards label the moves.</param>
    /// <param name="entity">The machine: plan, session, task or petition.</param>
    /// <returns>The diagram, without a Markdown fence.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="entity"/> is not a kind of entity.</exception>
    /// <example>
    /// <code>
    /// var text = StateDiagrams.Mermaid(definition, EntityKind.Session);
    /// // stateDiagram-v2
    /// //     Planned --> Cancelled : Cancel [plan.closed] [session.minimum-per-year]
    /// </code>
    /// </example>
    public static string Mermaid(PlanDefinition definition, EntityKind entity)
    {
        ArgumentNullException.ThrowIfNull(definition);
        // A plan type's code is free text to Mermaid, whose labels end at a colon or semicolon.
        return Lines(MermaidGraph.Format(Info(definition, entity, MermaidText.Escape)));
    }

    /// <summary>The Graphviz DOT digraph of one machine.</summary>
    /// <param name="definition">The plan type's definition, whose guards label the moves.</param>
    /// <param name="entity">The machine: plan, session, task or petition.</param>
    /// <returns>The digraph, ready for <c>dot -Tsvg</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="entity"/> is not a kind of entity.</exception>
    /// <example>
    /// <code>
    /// File.WriteAllText("petition.dot", StateDiagrams.Dot(definition, EntityKind.Petition));
    /// </code>
    /// </example>
    public static string Dot(PlanDefinition definition, EntityKind entity)
    {
        ArgumentNullException.ThrowIfNull(definition);
        // Stateless quotes DOT labels itself.
        return Lines(UmlDotGraph.Format(Info(definition, entity, code => code)));
    }

    /// <summary>The four machines' Mermaid diagrams as one Markdown text: a heading per machine and a <c>mermaid</c> fence each.</summary>
    /// <param name="definition">The plan type's definition, whose guards label the moves.</param>
    /// <returns>Markdown, e.g. for a README or a wiki page that renders Mermaid.</returns>
    /// <example>
    /// <code>
    /// File.WriteAllText("docs/machines.md", StateDiagrams.MermaidAll(definition));
    /// // # Sơ đồ trạng thái: … (ward-chairman v1)
    /// // ## Kế hoạch (Plan)
    /// // ```mermaid
    /// // stateDiagram-v2 …
    /// </code>
    /// </example>
    public static string MermaidAll(PlanDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var text = new StringBuilder();
        text.Append($"# Sơ đồ trạng thái: {MarkdownText.Escape(definition.Title)} ({MarkdownText.Escape(definition.TypeKey)} v{definition.TypeVersion})\n");
        foreach (var (entity, vietnamese) in new[]
        {
            (EntityKind.Plan, "Kế hoạch"), (EntityKind.Session, "Buổi đối thoại"), (EntityKind.Task, "Nhiệm vụ"), (EntityKind.Petition, "Kiến nghị"),
        })
        {
            text.Append($"\n## {vietnamese} ({entity})\n\n```mermaid\n");
            text.Append(Mermaid(definition, entity).TrimEnd('\n'));
            text.Append("\n```\n");
        }

        return text.ToString();
    }

    private static StateMachineInfo Info(PlanDefinition definition, EntityKind entity, Func<string, string> describe)
    {
        var guards = new DiagramGuards(definition);
        return entity switch
        {
            EntityKind.Plan => Draw(StateMachines.Plan, guards.Plan),
            EntityKind.Session => Draw(StateMachines.Session, guards.Session),
            EntityKind.Task => Draw(StateMachines.Task, guards.Task),
            EntityKind.Petition => Draw(StateMachines.Petition, guards.Petition),
            _ => throw new ArgumentOutOfRangeException(nameof(entity), entity, "A diagram is drawn of a plan, session, task or petition machine."),
        };

        StateMachineInfo Draw<TState, TTrigger>(TransitionTable<TState, TTrigger> table, Func<Transition<TState, TTrigger>, IEnumerable<string>> codes)
            where TState : struct, Enum
            where TTrigger : struct, Enum =>
            table.BuildForDiagram(move => codes(move).Select(describe)).GetInfo();
    }

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
