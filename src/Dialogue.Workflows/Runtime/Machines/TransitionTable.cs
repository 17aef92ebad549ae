using Stateless;

namespace Dialogue.Workflows.Runtime.Machines;

/// <summary>
/// The moves of one kind of entity (plan, session, task, petition), as data: the replay of events
/// looks moves up here, and the Stateless machine that validates commands and draws diagrams is
/// configured from the same table, so the two can never disagree.
/// </summary>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers.</typeparam>
public sealed class TransitionTable<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly Dictionary<(TState, TTrigger), TState> _next = [];

    /// <summary>Creates a table.</summary>
    /// <param name="initial">The state a new entity starts in.</param>
    /// <param name="transitions">The moves; at most one per state and trigger.</param>
    /// <exception cref="ArgumentException">Two moves share a state and a trigger.</exception>
    public TransitionTable(TState initial, IEnumerable<Transition<TState, TTrigger>> transitions)
    {
        ArgumentNullException.ThrowIfNull(transitions);
        Initial = initial;
        Transitions = [.. transitions];
        foreach (var t in Transitions)
        {
            if (!_next.TryAdd((t.From, t.Trigger), t.To))
            {
                throw new ArgumentException($"Two moves from {t.From} on {t.Trigger}.", nameof(transitions));
            }
        }
    }

    /// <summary>The state a new entity starts in.</summary>
    public TState Initial { get; }

    /// <summary>Every move, in declaration order.</summary>
    public IReadOnlyList<Transition<TState, TTrigger>> Transitions { get; }

    /// <summary>Where a trigger leads from a state, ignoring guards.</summary>
    /// <param name="from">The state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <param name="to">The state it leads to.</param>
    /// <returns>True when the table has that move.</returns>
    public bool TryMove(TState from, TTrigger trigger, out TState to) => _next.TryGetValue((from, trigger), out to);

    /// <summary>The triggers the table allows from a state, ignoring guards.</summary>
    /// <param name="from">The state.</param>
    /// <returns>The triggers, in declaration order.</returns>
    public IReadOnlyList<TTrigger> TriggersFrom(TState from) => [.. Transitions.Where(t => EqualityComparer<TState>.Default.Equals(t.From, from)).Select(t => t.Trigger)];

    /// <summary>Builds a Stateless machine over an external state, with guards.</summary>
    /// <param name="state">Reads the entity's current state.</param>
    /// <param name="guards">Guards by trigger; each guard's description is its <see cref="GuardResult.Code"/>.</param>
    /// <returns>The machine.</returns>
    public StateMachine<TState, TTrigger> Build(Func<TState> state, IReadOnlyDictionary<TTrigger, IReadOnlyList<TriggerGuard>>? guards = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        return Configure(state(), t => guards is not null && guards.TryGetValue(t.Trigger, out var list)
            ? [.. list.Select(g => Tuple.Create<Func<bool>, string>(() => g.Check().Allowed, g.Code))]
            : []);
    }

    /// <summary>
    /// Builds a machine to be drawn, not fired: each move carries its guards' descriptions only, so
    /// that Stateless's graph export labels the guarded moves.
    /// </summary>
    /// <param name="guardDescriptions">The descriptions (guard codes) of each move's guards, in order; empty for none.</param>
    /// <returns>A machine in <see cref="Initial"/>, whose guards throw if they are ever evaluated.</returns>
    internal StateMachine<TState, TTrigger> BuildForDiagram(Func<Transition<TState, TTrigger>, IEnumerable<string>> guardDescriptions)
    {
        ArgumentNullException.ThrowIfNull(guardDescriptions);
        return Configure(Initial, t => [.. guardDescriptions(t).Select(d => Tuple.Create<Func<bool>, string>(NotEvaluated, d))]);

        // A diagram only reads the descriptions; evaluating one would mean the machine is being fired.
        static bool NotEvaluated() => throw new InvalidOperationException("The guards of a machine built for a diagram are never evaluated.");
    }

    private StateMachine<TState, TTrigger> Configure(TState initial, Func<Transition<TState, TTrigger>, Tuple<Func<bool>, string>[]> conditions)
    {
        var current = initial;
        // Firing only computes the destination: the entity's state changes when the event is applied.
        var machine = new StateMachine<TState, TTrigger>(() => current, s => current = s);
        foreach (var t in Transitions)
        {
            var configuration = machine.Configure(t.From);
            if (EqualityComparer<TState>.Default.Equals(t.From, t.To))
            {
                configuration.PermitReentryIf(t.Trigger, conditions(t));
            }
            else
            {
                configuration.PermitIf(t.Trigger, t.To, conditions(t));
            }
        }

        return machine;
    }
}
