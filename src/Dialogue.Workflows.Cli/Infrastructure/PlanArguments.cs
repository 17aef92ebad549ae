using System.CommandLine;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The positional arguments plan commands share.</summary>
internal static class PlanArguments
{
    /// <summary>The plan's id.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> Plan() => new("plan") { Description = "The plan's id (see 'dialogue plan list')." };

    /// <summary>A plan type's key.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> Type() => new("type") { Description = "The plan type's key (see 'dialogue plan types'), e.g. ward-chairman." };

    /// <summary>A session's key, optional when the plan has one session.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string?> OptionalSession() => new("session")
    {
        Description = "The session's key (see 'dialogue plan show'); may be left out when the plan has one session.",
        Arity = ArgumentArity.ZeroOrOne,
    };

    /// <summary>A task's id, or its key when one session has it.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> Task() => new("task") { Description = "The task's id (key@session), or its key when only one session has it." };

    /// <summary>A petition's id.</summary>
    /// <returns>The argument.</returns>
    public static Argument<string> Petition() => new("petition") { Description = "The petition's id, e.g. P-001." };

    /// <summary>The <c>--session</c> option of plan creation: a date or period, repeated for plans with several sessions.</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> Sessions() => new("--session")
    {
        Description = "When the session is held: yyyy-MM-dd, or a period such as 2023-Q3 or 2024-06; repeat for several sessions.",
        HelpName = "yyyy-MM-dd|period",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>The parameters for a new plan or preview: <c>--session</c> values first, then <c>--param</c> pairs.</summary>
    /// <param name="sessions">The <c>--session</c> values.</param>
    /// <param name="parameters">The <c>--param</c> pairs.</param>
    /// <returns>The parameters.</returns>
    public static List<KeyValuePair<string, string>> Combine(string[]? sessions, KeyValuePair<string, string>[]? parameters) =>
        [.. (sessions ?? []).Select(s => new KeyValuePair<string, string>("session", s.Trim())), .. parameters ?? []];
}
