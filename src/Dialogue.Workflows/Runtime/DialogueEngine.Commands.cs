using System.Text.Json;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Runtime.Events;
using Dialogue.Workflows.Storage;

namespace Dialogue.Workflows.Runtime;

// Running a command once: its command id, the retries that reuse it, and the outcome of a repeated command.
public sealed partial class DialogueEngine
{
    /// <summary>Runs a command on a plan, once, and says exactly what it recorded.</summary>
    /// <param name="planId">The plan; normalised to NFC.</param>
    /// <param name="command">The command. Its <see cref="PlanCommand.CommandId"/>, or one made here for this call, goes with every retry.</param>
    /// <param name="expectedVersion">The plan's version the caller last saw; null to run on the latest (retrying on conflicts).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The plan right after the command and the events it appended — never another writer's; or, when the
    /// command id is already recorded for the plan, the first outcome, with nothing appended.
    /// </returns>
    /// <remarks>
    /// After a failure whose outcome is unknown (the store became unavailable during the commit), call
    /// again with the same command id: the store decides, in the transaction of the append, whether the
    /// id is recorded, so the command lands exactly once. A recorded command id is found before the
    /// command is checked against the plan, so repeating an accepted command never fails on the state
    /// it has itself moved.
    /// </remarks>
    /// <example>
    /// <code>
    /// var command = new ReceivePetition { By = clerk, Subject = "Đường hẻm ngập nước", CommandId = "desk-3/2024-06-03/17" };
    /// var outcome = await engine.RunAsync(planId, command);   // the store went away after the commit?
    /// outcome = await engine.RunAsync(planId, command);       // … then repeat: Repeated, same events, nothing new
    /// </code>
    /// </example>
    /// <exception cref="PlanNotFoundException">No such plan.</exception>
    /// <exception cref="InvalidTransitionException">The entity's state does not allow the command.</exception>
    /// <exception cref="ActionBlockedException">A rule of the plan blocks it now.</exception>
    /// <exception cref="CommandRejectedException">A value of the command breaks a rule.</exception>
    /// <exception cref="EntityNotFoundException">The command names an unknown session, task or petition.</exception>
    /// <exception cref="InvalidIdentifierException">The plan id or the command id breaks a rule of <see cref="Identifiers"/>.</exception>
    /// <exception cref="ConcurrencyException">The plan changed since <paramref name="expectedVersion"/>, or kept changing through every retry.</exception>
    public async Task<CommandOutcome> RunAsync(string planId, PlanCommand command, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (activity, started) = Diagnostics.Telemetry.StartCommand(planId, command);
        try
        {
            var outcome = await RunOnceAsync(planId, command, expectedVersion, cancellationToken).ConfigureAwait(false);
            Diagnostics.Telemetry.Ran(activity, started, command, outcome.Repeated);
            return outcome;
        }
        catch (Exception error)
        {
            Diagnostics.Telemetry.Failed(activity, started, command, error);
            throw;
        }
    }

    private async Task<CommandOutcome> RunOnceAsync(string planId, PlanCommand command, long? expectedVersion, CancellationToken cancellationToken)
    {
        planId = Identifiers.PlanId(planId);
        // Made once per call, so that the retries below are the same command to the store.
        var commandId = command.CommandId is null ? Identifiers.NewCommandId() : Identifiers.CommandId(command.CommandId);
        for (var attempt = 0; ; attempt++)
        {
            // An id made here cannot be recorded before this call's own append; one given by the caller may be.
            if (command.CommandId is not null && await _store.FindCommandAsync(planId, commandId, cancellationToken).ConfigureAwait(false) is { } recorded)
            {
                return await OutcomeAsync(planId, recorded, cancellationToken).ConfigureAwait(false);
            }

            // The state is all a command needs: the plan comes from its snapshot and the events after it.
            var plan = await GetCurrentAsync(planId, cancellationToken).ConfigureAwait(false);
            if (expectedVersion is { } expected && expected != plan.Version)
            {
                throw new ConcurrencyException(planId, expected, plan.Version);
            }

            var work = plan.Clone();
            var events = _processor.Process(work, command, _clock.GetCurrentInstant(), _options.CalendarChangePolicy);
            if (command.On is { } actedOn)
            {
                // The instant stays the host's; the day the actor gives is kept beside it.
                events = [.. events.Select(e => e with { ActedOn = actedOn })];
            }

            try
            {
                var result = await AppendCommandAsync(planId, plan.Version, commandId, [.. events.Select(_serializer.Serialize)], work, cancellationToken).ConfigureAwait(false);
                if (result.Repeated)
                {
                    return await OutcomeAsync(planId, result.Command, cancellationToken).ConfigureAwait(false);
                }

                LogCommand(planId, command.GetType().Name, events.Count, work.Version);
                await SnapshotIfDueAsync(work, cancellationToken).ConfigureAwait(false);
                return new CommandOutcome(work, events, commandId, Repeated: false);
            }
            catch (ConcurrencyException) when (expectedVersion is null && attempt < _options.ConcurrencyRetries)
            {
                LogRetry(planId, command.GetType().Name, attempt + 1);
                Diagnostics.Telemetry.Conflict(command);
            }
        }
    }

    /// <summary>The outcome of a command recorded earlier: the plan at the version it produced, and its events.</summary>
    /// <remarks>Replayed from the first event: the plan is wanted as it stood then, which a later snapshot cannot give, and with the command's events in its history.</remarks>
    private async Task<CommandOutcome> OutcomeAsync(string planId, RecordedCommand recorded, CancellationToken cancellationToken)
    {
        var plan = await ReplayAsync(planId, recorded.LastVersion, cancellationToken).ConfigureAwait(false);
        var events = plan.Events.Skip((int)(recorded.FirstVersion - 1)).ToList();
        return new CommandOutcome(plan, events, recorded.CommandId, Repeated: true);
    }

    /// <summary>Replays a plan's events up to a version.</summary>
    private async Task<PlanInstance> ReplayAsync(string planId, long upToVersion, CancellationToken cancellationToken)
    {
        var recorded = await _store.ReadStreamAsync(planId, 1, cancellationToken).ConfigureAwait(false);
        if (recorded.Count == 0)
        {
            throw new PlanNotFoundException(planId);
        }

        var count = (int)Math.Min(recorded.Count, upToVersion);
        var events = new PlanEvent[count];
        for (var i = 0; i < count; i++)
        {
            events[i] = Read(planId, recorded[i], i + 1);
        }

        return PlanInstance.Replay(events, Define);
    }

    /// <summary>A recorded event, checked to be the version expected there.</summary>
    private PlanEvent Read(string planId, RecordedEvent recorded, long expectedVersion)
    {
        if (recorded.Version != expectedVersion)
        {
            // A gap is damage, not a conflict: no retry can fill it.
            throw new StreamDamagedException(planId, expectedVersion, $"event {expectedVersion} is missing; the next recorded event is {recorded.Version}");
        }

        try
        {
            return _serializer.Deserialize(recorded.Event);
        }
        catch (JsonException error)
        {
            throw new PlanHistoryException(planId, recorded.Version, $"event '{recorded.Event.Type}' cannot be read: {error.Message}", error);
        }
    }
}
