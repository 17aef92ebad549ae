using System.CommandLine;
using Dialogue.Workflows.District;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Party;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Sqlite;
using Dialogue.Workflows.Storage;
using Dialogue.Workflows.Ward;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>How a command uses the plan store.</summary>
internal enum StoreUse
{
    /// <summary>Not at all (plan types, previews): an in-memory store, so no file is created.</summary>
    None = 0,

    /// <summary>Reads plans: a missing file reads as an empty store and is not created.</summary>
    Read = 1,

    /// <summary>Records commands: the file is created when missing.</summary>
    Write = 2,
}

/// <summary>One plan command's engine, clock, actor and output settings, and the reporting of the engine's errors.</summary>
/// <remarks>
/// Every command builds the engine the way a host does (<c>AddDialogueWorkflows</c> with the three plan
/// packages and the SQLite store), so the tool exercises only the library's public API. The service
/// provider, and with it the store's connections, is disposed when the command ends.
/// </remarks>
internal sealed class PlanContext : IDisposable
{
    private readonly ServiceProvider _provider;

    // The command being run, to say what a rejection or refusal was about.
    private const string ActDateFuture = "command.date-in-future";
    private const string ActDateTooOld = "command.date-too-old";

    private PlanCommand? _command;

    private PlanContext(CliIo io, ServiceProvider provider, IClock clock, bool json, Actor? actor, string? commandId, LocalDate? actDay)
    {
        Io = io;
        CommandId = commandId;
        ActDay = actDay;
        _provider = provider;
        Clock = clock;
        Json = json;
        Actor = actor;
        Engine = provider.GetRequiredService<DialogueEngine>();
    }

    /// <summary>The streams.</summary>
    public CliIo Io { get; }

    /// <summary>The engine.</summary>
    public DialogueEngine Engine { get; }

    /// <summary>The services the engine was built with (the store among them).</summary>
    public IServiceProvider Services => _provider;

    /// <summary>The clock "today" comes from.</summary>
    public IClock Clock { get; }

    /// <summary>Today in Vietnam; for a command that records, the day given with <c>--today</c>, if any.</summary>
    public LocalDate Today => ActDay ?? VietnamTime.Today(Clock);

    /// <summary>The command id of a command that records: <c>--command-id</c>, or one made for this run.</summary>
    public string? CommandId { get; }

    /// <summary>The day a recorded act happened, from <c>--today</c>; null for today.</summary>
    public LocalDate? ActDay { get; }

    /// <summary>Whether to write JSON.</summary>
    public bool Json { get; }

    /// <summary>Who acts, for commands that change a plan.</summary>
    public Actor? Actor { get; }

    /// <summary>Who acts; only for commands that change a plan.</summary>
    public Actor By => Actor ?? throw new InvalidOperationException("This command records no actor.");

    /// <summary>Opens the engine, runs a command's body, and reports the engine's errors.</summary>
    /// <param name="io">The streams.</param>
    /// <param name="result">The parse.</param>
    /// <param name="options">The command's shared options.</param>
    /// <param name="use">How the command uses the store.</param>
    /// <param name="body">The command.</param>
    /// <returns>The exit code.</returns>
    /// <remarks>
    /// An action the plan's state or rules do not allow exits 1 and says what is allowed now; a name or
    /// value the plan does not know (plan, session, task, petition, plan type, parameter) exits 2.
    /// Nothing is written when a command fails: the engine appends a command's events in one go or not at all.
    /// </remarks>
    public static int Run(CliIo io, ParseResult result, PlanOptions options, StoreUse use, Func<PlanContext, int> body)
    {
        var json = options.IsJson(result);
        PlanContext? opened = null;
        try
        {
            // Opened inside the try: a store that cannot be opened is reported like one that fails later.
            opened = Open(io, result, options, use);
            return body(opened);
        }
        catch (InvalidTransitionException e)
        {
            return opened!.Report(new Refusal(e.ErrorCode, $"Không thể thực hiện '{e.Trigger}' khi {Noun(e.Entity)} '{e.EntityId}' đang ở trạng thái {e.State}.",
                $"{ActionText.Noun(e.Entity)} '{e.EntityId}' is {e.State}: it cannot {e.Trigger}.", e.PlanId, e.Entity, e.EntityId)
            {
                Action = ActionText.PlanActionName(opened._command) ?? e.Trigger,
                Trigger = e.Trigger,
                Line = e.Message,
            });
        }
        catch (ActionBlockedException e)
        {
            return opened!.Report(new Refusal(e.ErrorCode, string.Join(" ", e.Reasons.Select(r => r.Reason)), string.Join(" ", e.Reasons.Select(r => r.EnglishReason)),
                e.PlanId, e.Entity, e.EntityId)
            {
                Rule = e.Reasons.Count > 0 ? e.Reasons[0].Code : null,
                Action = ActionText.PlanActionName(opened._command) ?? e.Trigger,
                Trigger = e.Trigger,
                AllowsDeviation = false,
                Blocked = e.Reasons,
                Line = e.Message,
            });
        }
        catch (CommandRejectedException e) when (e.Rule is ActDateFuture or ActDateTooOld)
        {
            // The day given with --today is out of bounds: the user's input, not the plan's rule.
            return ErrorReport.Report(io, json, new CliError(e.Rule, ExitCodes.BadInput, $"--today: {e.EnglishReason} [{e.Rule}]", e.Reason));
        }
        catch (CommandRejectedException e)
        {
            return opened!.Report(new Refusal(e.ErrorCode, e.Reason, e.EnglishReason, e.PlanId, e.Entity, e.EntityId ?? e.PlanId)
            {
                Rule = e.Rule,
                Action = ActionText.PlanActionName(opened._command),
                AllowsDeviation = e.AllowsDeviation,
                Line = $"{e.EnglishReason} {e.Reason} [{e.Rule}]",
            });
        }
        catch (AuthorizationDeniedException e) when (e.Reason == PlanDefinitionAuthorization.UnknownUnit)
        {
            // A unit the plan does not know is a value the user mistyped, like an unknown session.
            var units = e.EnglishExplanation.IndexOf("; ", StringComparison.Ordinal) is var at and >= 0 ? e.EnglishExplanation[(at + 2)..] : e.EnglishExplanation;
            return ErrorReport.Report(io, json, new CliError(e.Reason, ExitCodes.BadInput, e.Actor.Unit.Length == 0
                ? $"--unit: no unit given (--unit <key|name> or DIALOGUE_UNIT); {units}"
                : $"--unit: {e.EnglishExplanation}", e.Explanation));
        }
        catch (AuthorizationDeniedException e)
        {
            return opened!.Report(new Refusal(e.ErrorCode, e.Explanation, e.EnglishExplanation, e.PlanId, e.Entity, e.EntityId ?? e.PlanId)
            {
                Reason = e.Reason,
                Action = e.Action.ToString(),
                MayAct = [.. e.MayAct.Zip(e.EnglishMayAct, (vi, en) => new WhoMayAct(vi, en))],
                Line = $"{e.Actor.UserId} ({e.Actor.Unit}, {ActorWords.Capacity(e.Actor)}) may not {e.Action}: {e.EnglishExplanation} {e.Explanation} [{e.ErrorCode}: {e.Reason}]",
            });
        }
        catch (DialogueWorkflowException e) when (e is PlanNotFoundException or EntityNotFoundException or UnknownPlanTypeException or InvalidPlanParameterException or LawNotInForceException
                                      or PlanAlreadyExistsException or InvalidIdentifierException or StoreNotOursException)
        {
            return ErrorReport.Report(io, json, CliError.BadInput(e.Message, e.ErrorCode));
        }
        catch (StoreUnavailableException e) when (opened?.CommandId is { } commandId)
        {
            // The command may have been recorded before the store went away: its id makes repeating it safe.
            return ErrorReport.Report(io, json, CliError.Storage(e, $"To repeat it safely: --command-id {commandId}"));
        }
        catch (DialogueWorkflowException e) when (e is StoreUnavailableException or StoreCorruptException or StoreSchemaTooNewException)
        {
            return ErrorReport.Report(io, json, CliError.Storage(e));
        }
        catch (DialogueWorkflowException e)
        {
            return ErrorReport.Report(io, json, CliError.Refused(e));
        }
        finally
        {
            opened?.Dispose();
        }
    }

    /// <summary>Loads a plan as it stands, from its latest snapshot and the events after it: what every command but <c>history</c> needs.</summary>
    /// <param name="planId">Its id.</param>
    /// <returns>The plan; its <see cref="PlanInstance.Events"/> may start after the first event.</returns>
    public PlanInstance Load(string planId) => Engine.GetCurrentAsync(planId).GetAwaiter().GetResult();

    /// <summary>Loads a plan with its whole history, replayed from every event.</summary>
    /// <param name="planId">Its id.</param>
    /// <returns>The plan, <see cref="PlanInstance.Events"/> from the first event.</returns>
    public PlanInstance LoadHistory(string planId) => Engine.GetAsync(planId).GetAwaiter().GetResult();

    /// <summary>Runs a command on a plan, under this run's command id and act day.</summary>
    /// <param name="planId">The plan.</param>
    /// <param name="command">The command.</param>
    /// <returns>The plan right after the command and exactly the events it appended (or, when repeated, first appended).</returns>
    public CommandOutcome Execute(string planId, PlanCommand command)
    {
        _command = command;
        return Engine.RunAsync(planId, command with { CommandId = CommandId, On = command.On ?? ActDay }).GetAwaiter().GetResult();
    }

    /// <inheritdoc />
    public void Dispose() => _provider.Dispose();

    private static PlanContext Open(CliIo io, ParseResult result, PlanOptions options, StoreUse use)
    {
        var clock = options.Clock(result, io);
        // Loaded before the host is built, so that a bad file is bad input (exit 2) rather than a failed start.
        var schedules = CliCalendar.Schedules(result, io);
        var hostPlanTypes = CliPlanTypes.Load(result, io);
        var actor = options.Actor(result, io);
        var connection = use == StoreUse.None ? null : options.ConnectionString(result, io);
        var path = use == StoreUse.None || connection is not null ? null : options.DatabasePath(result, io);
        if (path is not null)
        {
            var full = Path.GetFullPath(path);
            if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
            {
                throw new CliUsageException($"--db: the folder of '{path}' does not exist; expected a file in an existing folder");
            }

            if (Directory.Exists(full))
            {
                throw new CliUsageException($"--db: '{path}' is a folder; expected a database file");
            }

            // Reading never creates the file: an absent file is a store without plans.
            if (use == StoreUse.Read && !File.Exists(full))
            {
                path = null;
            }
        }

        var services = new ServiceCollection();
        // Registered before AddDialogueWorkflows, whose own registrations only fill what is absent.
        services.AddSingleton(clock);
        var backdating = PlanOptions.MaxBackdatingDays(io);
        var snapshotEvery = PlanOptions.SnapshotEvery(io);
        services.AddDialogueWorkflows(b =>
        {
            b.AddWardPlans().AddDistrictPlans().AddPartyPlans();
            CliPlanTypes.Register(b, hostPlanTypes);
            if (schedules.Count > 0)
            {
                b.ConfigureCalendar(o =>
                {
                    foreach (var schedule in schedules)
                    {
                        o.PublishedSchedules.Add(schedule);
                    }
                });
            }

            if (backdating is { } days)
            {
                b.ConfigureEngine(o => o.MaxBackdatingDays = days);
            }

            if (snapshotEvery is { } every)
            {
                b.ConfigureEngine(o => o.SnapshotEvery = every);
            }

            if (connection is not null)
            {
                b.UsePostgreSql(connection);
            }
            else if (path is null)
            {
                b.UseInMemoryStore();
            }
            else
            {
                // A command that only reads opens the file read-only: it never converts or migrates it.
                b.UseSqlite(new SqliteEventStoreOptions { Path = path, ReadOnly = !options.Records && use != StoreUse.Write });
            }
        });
        var provider = services.BuildServiceProvider();
        try
        {
            return new PlanContext(io, provider, clock, options.IsJson(result), actor, options.CommandIdOf(result),
                options.Records ? options.GivenToday(result, io) : null);
        }
        catch
        {
            // Resolving the engine opens the store; if that fails, nothing else will dispose what was built.
            provider.Dispose();
            throw;
        }
    }

    private static string Noun(EntityKind kind) => kind switch
    {
        EntityKind.Plan => "kế hoạch",
        EntityKind.Session => "buổi đối thoại",
        EntityKind.Task => "nhiệm vụ",
        _ => "kiến nghị",
    };

    private int Report(Refusal refusal)
    {
        // A plan refused at creation does not exist yet: only the refusal itself is reported.
        PlanInstance? plan;
        try
        {
            plan = Load(refusal.PlanId);
        }
        catch (PlanNotFoundException)
        {
            plan = null;
        }

        var state = plan is null ? null : RefusalReport.State(plan, refusal.Entity, refusal.EntityId);
        var actions = plan is null
            ? []
            : Engine.PermittedActions(plan).Where(a => a.Entity == refusal.Entity && a.EntityId == refusal.EntityId).ToList();
        var mayDeviate = plan is not null && refusal.AllowsDeviation == true ? Engine.WhoMay(plan, Plans.PlanAction.Deviate) : [];
        if (Json)
        {
            RefusalReport.WriteJson(Io.Out, refusal, plan, state, actions, mayDeviate);
            ErrorReport.WriteLine(Io.Error, refusal.Line);
        }
        else
        {
            RefusalReport.WriteText(Io.Error, refusal, plan, state, actions, mayDeviate);
        }

        return ExitCodes.Refused;
    }
}
