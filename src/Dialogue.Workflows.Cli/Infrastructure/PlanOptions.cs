using System.CommandLine;
using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>The options every plan command shares: where plans are kept, what day it is, who acts, and <c>--json</c>.</summary>
/// <remarks>
/// Each command gets its own instances (an option belongs to the command it is added to), made here
/// so that every command spells and documents them the same way.
/// </remarks>
internal sealed class PlanOptions
{
    /// <summary>The default database file, in the current folder.</summary>
    public const string DefaultDatabase = "dialogue.db";

    private PlanOptions(bool actor, bool deviations)
    {
        Database = new Option<string?>("--db")
        {
            Description = $"The SQLite file plans are kept in (default: $DIALOGUE_DB, else {DefaultDatabase} in the current folder).",
            HelpName = "path",
        };
        Connection = new Option<string?>("--connection")
        {
            Description = "A PostgreSQL connection string: keep plans on a PostgreSQL server instead of a SQLite file (default: $DIALOGUE_CONNECTION).",
            HelpName = "connection-string",
        };
        Today = CliOptions.Date("--today", actor
            ? "The day the act happened, when recorded afterwards (default: $DIALOGUE_TODAY, else today in Asia/Ho_Chi_Minh). The recorded instant is always the system clock's; a day after today, or further back than the host allows, is refused."
            : "The day it is in Vietnam (default: $DIALOGUE_TODAY, else the system clock in Asia/Ho_Chi_Minh).");
        Json = CliArguments.Json();
        if (actor)
        {
            User = new Option<string?>("--as") { Description = "Who acts: the user id recorded (default: $DIALOGUE_USER, else the OS user name).", HelpName = "user" };
            Unit = new Option<string?>("--unit", "--as-unit")
            {
                Description = "The actor's unit in the plan, by key or name, e.g. office or \"Văn phòng phường\" (default: $DIALOGUE_UNIT).",
                HelpName = "unit",
            };
            Role = new Option<UnitPosition?>("--role")
            {
                Description = $"The actor's position in the unit (default: $DIALOGUE_ROLE, else staff). One of: {ActorWords.RoleValues}.",
                HelpName = "head|deputy|staff",
                CustomParser = result =>
                {
                    var text = result.Tokens[0].Value;
                    if (ActorWords.TryPosition(text, out var position))
                    {
                        return position;
                    }

                    result.AddError($"--role: '{text}' is not a position; expected one of {ActorWords.RoleValues}");
                    return null;
                },
            };
            Title = CliOptions.Text("--as-title", "The actor's title, recorded with the act, e.g. \"Chủ tịch UBND phường\" (default: $DIALOGUE_TITLE).");
            Title.HelpName = "text";
            Signing = new Option<SigningForm?>("--signing")
            {
                Description = "How the act is signed: TM (on behalf of the collective body), KT (a deputy for the head), TL (by order), TUQ (by delegation); default: in one's own name.",
                HelpName = "TM|KT|TL|TUQ",
                CustomParser = result =>
                {
                    var text = result.Tokens[0].Value;
                    if (ActorWords.TrySigning(text, out var form))
                    {
                        return form;
                    }

                    result.AddError($"--signing: '{text}' is not a signing form; expected one of {ActorWords.SigningValues}");
                    return null;
                },
            };
            CommandId = new Option<string?>("--command-id")
            {
                Description = "The command's id, unique within the plan (default: a new one, printed when the command fails). Repeating a command with the same id records it once.",
                HelpName = "id",
            };
        }

        if (deviations)
        {
            Deviate = new Option<string[]>("--deviate")
            {
                Description = "The code of a rule this command sets aside by a recorded decision (see 'dialogue plan show'); repeat for several. Needs --deviation-reason and --deviation-document.",
                HelpName = "rule-code",
                Arity = ArgumentArity.ZeroOrMore,
                AllowMultipleArgumentsPerToken = false,
            };
            DeviationReason = CliOptions.Text("--deviation-reason", "Why the rule is set aside, in the decision's words.");
            DeviationReason.HelpName = "text";
            DeviationDocument = CliOptions.Text("--deviation-document", "The number (and date) of the decision that sets the rule aside, e.g. \"12/QĐ-UBND ngày 02/09/2024\".");
            DeviationDocument.HelpName = "number";
        }
    }

    /// <summary>The <c>--db</c> option.</summary>
    public Option<string?> Database { get; }

    /// <summary>The <c>--connection</c> option.</summary>
    public Option<string?> Connection { get; }

    /// <summary>The <c>--today</c> option.</summary>
    public Option<LocalDate?> Today { get; }

    /// <summary>The <c>--json</c> option.</summary>
    public Option<bool> Json { get; }

    /// <summary>The <c>--as</c> option, on commands that take an actor.</summary>
    public Option<string?>? User { get; }

    /// <summary>The <c>--unit</c> option (alias <c>--as-unit</c>): the actor's unit in the plan.</summary>
    public Option<string?>? Unit { get; }

    /// <summary>The <c>--role</c> option: the actor's position in the unit.</summary>
    public Option<UnitPosition?>? Role { get; }

    /// <summary>The <c>--as-title</c> option: the actor's title, recorded as the actor's role.</summary>
    public Option<string?>? Title { get; }

    /// <summary>The <c>--signing</c> option: TM., KT., TL. or TUQ.</summary>
    public Option<SigningForm?>? Signing { get; }

    /// <summary>The <c>--deviate</c> option, on commands that change a plan.</summary>
    public Option<string[]>? Deviate { get; }

    /// <summary>The <c>--deviation-reason</c> option.</summary>
    public Option<string?>? DeviationReason { get; }

    /// <summary>The <c>--deviation-document</c> option.</summary>
    public Option<string?>? DeviationDocument { get; }

    /// <summary>The <c>--command-id</c> option, on commands that change a plan.</summary>
    public Option<string?>? CommandId { get; }

    /// <summary>Whether the command records something (it has an actor).</summary>
    public bool Records => User is not null;

    /// <summary>The command id: <c>--command-id</c> as given, else a new one made once for this run.</summary>
    /// <param name="result">The parse.</param>
    /// <returns>The id, unchecked (the engine checks it), or null for a command that records nothing.</returns>
    public string? CommandIdOf(ParseResult result) =>
        CommandId is null ? null : result.GetValue(CommandId) ?? Runtime.Identifiers.NewCommandId();

    /// <summary>The day given with <c>--today</c> or <c>DIALOGUE_TODAY</c>, if any.</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The day, or null for the host's today.</returns>
    /// <exception cref="CliUsageException"><c>DIALOGUE_TODAY</c> is not a date.</exception>
    public LocalDate? GivenToday(ParseResult result, CliIo io)
    {
        var today = result.GetValue(Today);
        if (today is null && NonBlank(io.Environment("DIALOGUE_TODAY")) is { } text)
        {
            today = CliOptions.ParseEnvironmentDate("DIALOGUE_TODAY", text);
        }

        return today;
    }

    /// <summary>Adds the options to a command that reads plans.</summary>
    /// <param name="command">The command.</param>
    /// <param name="database">False for a command that keeps nothing (plan types, previews): no <c>--db</c>.</param>
    /// <returns>The options.</returns>
    public static PlanOptions ForReading(Command command, bool database = true) =>
        AddTo(command, new PlanOptions(actor: false, deviations: false), database);

    /// <summary>Adds the options to a command that reads plans for someone: with an optional actor, to say what that actor may do.</summary>
    /// <param name="command">The command.</param>
    /// <returns>The options.</returns>
    public static PlanOptions ForActor(Command command) => AddTo(command, new PlanOptions(actor: true, deviations: false), database: true);

    /// <summary>Adds the options to a command that changes a plan: with the actor, and the deviations it records unless it creates the plan.</summary>
    /// <param name="command">The command.</param>
    /// <param name="deviations">False for a command that takes no deviation (creating a plan).</param>
    /// <returns>The options.</returns>
    public static PlanOptions ForChanging(Command command, bool deviations = true) => AddTo(command, new PlanOptions(actor: true, deviations), database: true);

    /// <summary>Whether JSON was asked for.</summary>
    /// <param name="result">The parse.</param>
    /// <returns>True for <c>--json</c>.</returns>
    public bool IsJson(ParseResult result) => result.GetValue(Json);

    /// <summary>The database file: <c>--db</c>, else <c>DIALOGUE_DB</c>, else <see cref="DefaultDatabase"/>.</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The path as given.</returns>
    public string DatabasePath(ParseResult result, CliIo io) =>
        NonBlank(result.GetValue(Database)) ?? NonBlank(io.Environment("DIALOGUE_DB")) ?? DefaultDatabase;

    /// <summary>The PostgreSQL connection string: <c>--connection</c>, else <c>DIALOGUE_CONNECTION</c>, else none (SQLite).</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The connection string, or null to use the SQLite file.</returns>
    /// <exception cref="CliUsageException">Both <c>--db</c> and <c>--connection</c> are given, or the connection string is malformed.</exception>
    public string? ConnectionString(ParseResult result, CliIo io)
    {
        var given = NonBlank(result.GetValue(Connection));
        if (given is not null && NonBlank(result.GetValue(Database)) is not null)
        {
            throw new CliUsageException("--connection: give either --db (a SQLite file) or --connection (PostgreSQL), not both");
        }

        var (connection, source) = given is not null ? (given, "--connection") : (NonBlank(io.Environment("DIALOGUE_CONNECTION")), "DIALOGUE_CONNECTION");
        if (connection is not null)
        {
            try
            {
                // The store validates it again when registered; checked here to report it as bad input, naming where it came from.
                new PostgreSqlEventStoreOptions { ConnectionString = connection }.Validate();
            }
            catch (ArgumentException e)
            {
                throw new CliUsageException($"{source}: {e.Message}");
            }
        }

        return connection;
    }

    /// <summary>The engine's clock: the system's; for a command that only reads, one set to <c>--today</c> / <c>DIALOGUE_TODAY</c>.</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="CliUsageException"><c>DIALOGUE_TODAY</c> is not a date.</exception>
    /// <remarks>
    /// A command that records keeps the system clock, so that every event's instant is the host's; the day
    /// given is the day the act happened (the command's <c>On</c>), which the engine bounds by the real today.
    /// </remarks>
    public IClock Clock(ParseResult result, CliIo io) =>
        !Records && GivenToday(result, io) is { } day ? new FixedDayClock(day, io.Clock) : io.Clock;

    /// <summary>The host's limit on backdated acts: <c>DIALOGUE_MAX_BACKDATING_DAYS</c>, else the engine's default.</summary>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The number of days, or null for the engine's default.</returns>
    /// <exception cref="CliUsageException">The variable is not a whole number from 0 to 3660.</exception>
    public static int? MaxBackdatingDays(CliIo io)
    {
        if (NonBlank(io.Environment("DIALOGUE_MAX_BACKDATING_DAYS")) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days <= 3660
            ? days
            : throw new CliUsageException($"DIALOGUE_MAX_BACKDATING_DAYS: '{text}' is not a number of days; expected a whole number from 0 to 3660");
    }

    /// <summary>How often a plan's snapshot is taken: <c>DIALOGUE_SNAPSHOT_EVERY</c> events (0 for never), else the engine's default.</summary>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The number of events, or null for the engine's default.</returns>
    /// <exception cref="CliUsageException">The variable is not a whole number from 0 to 100000.</exception>
    public static int? SnapshotEvery(CliIo io)
    {
        if (NonBlank(io.Environment("DIALOGUE_SNAPSHOT_EVERY")) is not { } text)
        {
            return null;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var events) && events <= 100_000
            ? events
            : throw new CliUsageException($"DIALOGUE_SNAPSHOT_EVERY: '{text}' is not a number of events; expected a whole number from 0 (no snapshots) to 100000");
    }

    /// <summary>
    /// Who acts: <c>--as</c>, <c>--unit</c>, <c>--role</c>, <c>--as-title</c>, <c>--signing</c>, else
    /// <c>DIALOGUE_USER</c>, <c>DIALOGUE_UNIT</c>, <c>DIALOGUE_ROLE</c>, <c>DIALOGUE_TITLE</c>; the OS user, staff, signing in their own name.
    /// </summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The actor recorded on the events; null on a command without actor options.</returns>
    /// <exception cref="CliUsageException"><c>DIALOGUE_ROLE</c> is not a position.</exception>
    public Actor? Actor(ParseResult result, CliIo io)
    {
        if (User is null)
        {
            return null;
        }

        var user = NonBlank(result.GetValue(User)) ?? NonBlank(io.Environment("DIALOGUE_USER")) ?? NonBlank(System.Environment.UserName) ?? "dialogue";
        var unit = NonBlank(result.GetValue(Unit!)) ?? NonBlank(io.Environment("DIALOGUE_UNIT")) ?? string.Empty;
        var title = NonBlank(result.GetValue(Title!)) ?? NonBlank(io.Environment("DIALOGUE_TITLE")) ?? string.Empty;
        var position = result.GetValue(Role!);
        if (position is null && NonBlank(io.Environment("DIALOGUE_ROLE")) is { } text)
        {
            position = ActorWords.TryPosition(text, out var parsed)
                ? parsed
                : throw new CliUsageException($"DIALOGUE_ROLE: '{text}' is not a position; expected one of {ActorWords.RoleValues} (a title goes in DIALOGUE_TITLE)");
        }

        return new Actor(user, title, unit) { Position = position ?? UnitPosition.Staff, Signing = result.GetValue(Signing!) ?? SigningForm.Direct };
    }

    /// <summary>Whether the actor's unit was given at all (<c>--unit</c> or <c>DIALOGUE_UNIT</c>).</summary>
    /// <param name="actor">The actor.</param>
    /// <returns>True when a unit was given.</returns>
    public static bool HasUnit(Actor actor) => actor.Unit.Length > 0;

    /// <summary>The deviations given: one <see cref="RuleDeviation"/> per <c>--deviate</c>, each with the one decision's reason and document.</summary>
    /// <param name="result">The parse.</param>
    /// <returns>The deviations; empty when none.</returns>
    /// <exception cref="CliUsageException">A rule without the decision's reason and document, or a reason or document without a rule.</exception>
    public IReadOnlyList<RuleDeviation> Deviations(ParseResult result)
    {
        if (Deviate is null)
        {
            return [];
        }

        var rules = (result.GetValue(Deviate) ?? []).Select(r => r.Trim()).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var reason = result.GetValue(DeviationReason!);
        var document = result.GetValue(DeviationDocument!);
        if (rules.Count == 0)
        {
            return reason is null && document is null
                ? []
                : throw new CliUsageException($"{(reason is not null ? "--deviation-reason" : "--deviation-document")}: name the rule set aside with --deviate <rule-code>");
        }

        if (reason is null || document is null)
        {
            throw new CliUsageException($"--deviate: a deviation needs the decision's {(reason is null ? "--deviation-reason <text>" : "--deviation-document <number>")}"
                + (reason is null && document is null ? " and --deviation-document <number>" : string.Empty));
        }

        return [.. rules.Select(rule => new RuleDeviation(rule, reason, document))];
    }

    private static PlanOptions AddTo(Command command, PlanOptions options, bool database)
    {
        if (database)
        {
            command.Options.Add(options.Database);
            command.Options.Add(options.Connection);
        }

        command.Options.Add(options.Today);
        command.Options.Add(options.Json);
        if (options.User is not null)
        {
            command.Options.Add(options.User);
            command.Options.Add(options.Unit!);
            command.Options.Add(options.Role!);
            command.Options.Add(options.Title!);
            command.Options.Add(options.Signing!);
            command.Options.Add(options.CommandId!);
        }

        if (options.Deviate is not null)
        {
            command.Options.Add(options.Deviate);
            command.Options.Add(options.DeviationReason!);
            command.Options.Add(options.DeviationDocument!);
        }

        return options;
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
