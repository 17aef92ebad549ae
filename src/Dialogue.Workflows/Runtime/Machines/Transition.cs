namespace Dialogue.Workflows.Runtime.Machines;

/// <summary>One permitted move of a state machine: from a state, on a trigger, to a state.</summary>
/// <typeparam name="TState">The states.</typeparam>
/// <typeparam name="TTrigger">The triggers.</typeparam>
/// <param name="From">The state before.</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="To">The state after (the same state for a move that changes only data, such as a reschedule).</param>
public sealed record Transition<TState, TTrigger>(TState From, TTrigger Trigger, TState To)
    where TState : struct, Enum
    where TTrigger : struct, Enum;
