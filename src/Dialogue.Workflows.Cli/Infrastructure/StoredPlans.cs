using System.Text.Json;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Every plan in the store for the commands that list plans: a plan of a type this program does not know is set apart, never breaking the others.</summary>
internal static class StoredPlans
{
    /// <summary>Loads every plan, oldest first.</summary>
    /// <param name="context">The command's context.</param>
    /// <returns>The plans this program knows, and the others as stored.</returns>
    public static (IReadOnlyList<PlanInstance> Plans, IReadOnlyList<UnknownPlan> Unknown) List(PlanContext context) =>
        Load(context, context.Engine.ListIdsAsync().GetAwaiter().GetResult());

    /// <summary>Loads the given plans, in order.</summary>
    /// <param name="context">The command's context.</param>
    /// <param name="ids">The plans' ids.</param>
    /// <returns>The plans this program knows, and the others as stored.</returns>
    public static (IReadOnlyList<PlanInstance> Plans, IReadOnlyList<UnknownPlan> Unknown) Load(PlanContext context, IEnumerable<string> ids)
    {
        var plans = new List<PlanInstance>();
        var unknown = new List<UnknownPlan>();
        foreach (var id in ids)
        {
            try
            {
                plans.Add(context.Load(id));
            }
            catch (UnknownPlanTypeException e)
            {
                unknown.Add(AsStored(context, id, e));
            }
        }

        return (plans, unknown);
    }

    /// <summary>
    /// The plans the read model could not project here because this program does not know their type
    /// (it keeps them as damaged), shown as stored; plans damaged for another reason are left to
    /// <see cref="DialogueEngine.DamagedPlansAsync"/>.
    /// </summary>
    /// <param name="context">The command's context.</param>
    /// <returns>The plans of unknown types, as stored.</returns>
    public static IReadOnlyList<UnknownPlan> OfUnknownTypes(PlanContext context) => SetAside(context).Unknown;

    /// <summary>
    /// The plans the read model keeps as damaged that this program can read after all (a program that knows
    /// their type, where another did not), and those of types it does not know, as stored.
    /// </summary>
    /// <param name="context">The command's context.</param>
    /// <returns>The readable plans and the plans of unknown types.</returns>
    public static (IReadOnlyList<PlanInstance> Readable, IReadOnlyList<UnknownPlan> Unknown) SetAside(PlanContext context)
    {
        var readable = new List<PlanInstance>();
        var unknown = new List<UnknownPlan>();
        foreach (var damaged in context.Engine.DamagedPlansAsync().GetAwaiter().GetResult())
        {
            try
            {
                readable.Add(context.Load(damaged.PlanId));
            }
            catch (UnknownPlanTypeException e)
            {
                unknown.Add(AsStored(context, damaged.PlanId, e));
            }
            catch (DialogueWorkflowException)
            {
                // Damaged for another reason: not a plan of an unknown type.
            }
        }

        return (readable, unknown);
    }

    /// <summary>Writes the notes of the plans set apart, one line each.</summary>
    /// <param name="output">Where.</param>
    /// <param name="unknown">The plans.</param>
    public static void WriteNotes(TextWriter output, IReadOnlyList<UnknownPlan> unknown)
    {
        foreach (var plan in unknown)
        {
            output.WriteLine($"note: {plan.EnglishNote}");
            output.WriteLine($"      {plan.Note}");
            output.WriteLine($"      stored: {Summary(plan)}");
        }
    }

    /// <summary>What the plan's first event says, in one line: when and by whom it was created, its parameters, its events.</summary>
    private static string Summary(UnknownPlan plan)
    {
        var parts = new List<string>();
        if (plan.Stored is { ValueKind: JsonValueKind.Object } stored)
        {
            if (stored.TryGetProperty("at", out var at) && at.ValueKind == JsonValueKind.String)
            {
                var by = stored.TryGetProperty("by", out var actor) && actor.ValueKind == JsonValueKind.Object && actor.TryGetProperty("userId", out var user)
                    ? $" by {user.GetString()}"
                    : string.Empty;
                parts.Add($"created {at.GetString()}{by}");
            }

            if (stored.TryGetProperty("parameters", out var parameters) && parameters.ValueKind == JsonValueKind.Object)
            {
                var values = parameters.EnumerateObject()
                    .Where(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() > 0)
                    .Select(p => $"{p.Name}={string.Join(",", p.Value.EnumerateArray().Select(v => v.ToString()))}");
                parts.Add($"parameters {string.Join(" ", values)}");
            }
        }

        parts.Add($"{plan.Events} event(s)");
        return string.Join("; ", parts);
    }

    /// <summary>Writes the plans set apart as the array <c>unknown</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="unknown">The plans.</param>
    public static void WriteJson(Utf8JsonWriter writer, IReadOnlyList<UnknownPlan> unknown)
    {
        writer.WriteStartArray("unknown");
        foreach (var plan in unknown)
        {
            plan.Write(writer);
        }

        writer.WriteEndArray();
    }

    private static UnknownPlan AsStored(PlanContext context, string id, UnknownPlanTypeException e)
    {
        var events = context.Services.GetRequiredService<IEventStore>().ReadStreamAsync(id).AsTask().GetAwaiter().GetResult();
        JsonElement? stored = null;
        if (events.Count > 0)
        {
            try
            {
                using var document = JsonDocument.Parse(events[0].Event.Data);
                stored = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                // Shown without its data rather than not at all.
            }
        }

        return new UnknownPlan(id, e.Key, e.Version, events.Count, stored);
    }
}
