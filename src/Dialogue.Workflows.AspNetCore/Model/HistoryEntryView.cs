using System.Text.Json;

namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>An event of a plan's history.</summary>
/// <param name="Version">Its version in the plan's stream, from 1.</param>
/// <param name="Type">Its type: <c>plan-issued</c>, <c>session-announced</c> ….</param>
/// <param name="At">When it was recorded.</param>
/// <param name="ActedOn">The day the act happened (the recording day unless the actor gave another).</param>
/// <param name="By">Who acted.</param>
/// <param name="Data">The event as stored, in JSON.</param>
public sealed record HistoryEntryView(long Version, string Type, DateTimeOffset At, DateOnly ActedOn, ActorView By, JsonElement Data)
{
    /// <summary>The document the act records: <c>45/KH-UBND</c>.</summary>
    public string? Document { get; init; }
}
