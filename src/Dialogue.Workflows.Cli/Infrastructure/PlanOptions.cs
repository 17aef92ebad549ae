using System.CommandLine;
using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Runtime;
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

    private PlanOptions(bool actor, bool unitIsActors)
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
            Role = new Option<string?>("--role") { Description = "The role acted in (default: $DIALOGUE_ROLE).", HelpName = "role" };
            // 'petition assign' needs --unit for the unit it assigns to; there the actor's unit is --as-unit only.
            Unit = unitIsActors
                ? new Option<string?>("--unit", "--as-unit") { Description = "The actor's unit (default: $DIALOGUE_UNIT).", HelpName = "unit" }
                : new Option<string?>("--as-unit") { Description = "The actor's unit (default: $DIALOGUE_UNIT).", HelpName = "unit" };
            CommandId = new Option<string?>("--command-id")
            {
                Description = "The command's id, unique within the plan (default: a new one, printed when the command fails). Repeating a command with the same id records it once.",
                HelpName = "id",
            };
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

    /// <summary>The <c>--as</c> option, on commands that change a plan.</summary>
    public Option<string?>? User { get; }

    /// <summary>The <c>--role</c> option, on commands that change a plan.</summary>
    public Option<string?>? Role { get; }

    /// <summary>The <c>--unit</c> (or <c>--as-unit</c>) option, on commands that change a plan.</summary>
    public Option<string?>? Unit { get; }

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
        AddTo(command, new PlanOptions(actor: false, unitIsActors: false), database);

    /// <summary>Adds the options to a command that changes a plan: with the actor.</summary>
    /// <param name="command">The command.</param>
    /// <param name="unitIsActors">False when the command uses <c>--unit</c> for something else.</param>
    /// <returns>The options.</returns>
    public static PlanOptions ForChanging(Command command, bool unitIsActors = true) => AddTo(command, new PlanOptions(actor: true, unitIsActors), database: true);

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

    /// <summary>Who acts: <c>--as/--role/--unit</c>, else <c>DIALOGUE_USER/ROLE/UNIT</c>, else the OS user with no role or unit.</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The actor recorded on the events.</returns>
    public Actor Actor(ParseResult result, CliIo io)
    {
        var user = (User is null ? null : NonBlank(result.GetValue(User))) ?? NonBlank(io.Environment("DIALOGUE_USER")) ?? NonBlank(System.Environment.UserName) ?? "dialogue";
        var role = (Role is null ? null : NonBlank(result.GetValue(Role))) ?? NonBlank(io.Environment("DIALOGUE_ROLE")) ?? string.Empty;
        var unit = (Unit is null ? null : NonBlank(result.GetValue(Unit))) ?? NonBlank(io.Environment("DIALOGUE_UNIT")) ?? string.Empty;
        return new Actor(user, role, unit);
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
            command.Options.Add(options.Role!);
            command.Options.Add(options.Unit!);
            command.Options.Add(options.CommandId!);
        }

        return options;
    }

    private static string? NonBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
