using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>
/// Writes a refused command: as text on standard error (the <c>error:</c> line, then where the plan
/// stands, who may act, whether a deviation may set the rule aside, and what is permitted now), or
/// with <c>--json</c> as one JSON object on standard output whose field names are stable.
/// </summary>
/// <remarks>
/// The JSON object: <c>code</c>; <c>rule</c> (a rejected or blocked command) or <c>reason</c> (an
/// authorization refusal); <c>message</c> {vi, en}; <c>plan</c>, <c>entity</c>, <c>id</c>,
/// <c>action</c> (the plan action's name, e.g. <c>Issue</c>, <c>ScheduleSession</c>), <c>trigger</c> (the state machine's, when one refused),
/// <c>state</c>, <c>planStatus</c>; <c>allowsDeviation</c> and <c>deviation</c>
/// (how to give one, who may) for a broken rule; <c>blocked</c> for guards; <c>mayAct</c> {vi, en}
/// for an authorization refusal; <c>permitted</c>, the entity's actions allowed now with their command lines.
/// </remarks>
internal static class RefusalReport
{
    /// <summary>The options that give a deviation from a rule, with placeholders.</summary>
    /// <param name="rule">The rule's code.</param>
    /// <returns>The options.</returns>
    public static string DeviationOptions(string rule) => $"--deviate {rule} --deviation-reason <text> --deviation-document <number>";

    /// <summary>The state of the entity a refusal is about.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="entity">The kind of entity.</param>
    /// <param name="id">Its id.</param>
    /// <returns>The state's name, or null when the entity is not (yet) in the plan.</returns>
    public static string? State(PlanInstance plan, EntityKind entity, string id) => entity switch
    {
        EntityKind.Plan => plan.Status.ToString(),
        EntityKind.Session => plan.Sessions.FirstOrDefault(s => s.Key == id)?.Status.ToString(),
        EntityKind.Task => plan.Tasks.FirstOrDefault(t => t.Id == id)?.Status.ToString(),
        _ => plan.Petitions.FirstOrDefault(p => p.Id == id)?.Status.ToString(),
    };

    /// <summary>Writes the refusal as text.</summary>
    /// <param name="error">Standard error.</param>
    /// <param name="refusal">The refusal.</param>
    /// <param name="plan">The plan, or null when it does not exist.</param>
    /// <param name="state">The entity's state.</param>
    /// <param name="actions">The entity's actions now.</param>
    /// <param name="mayDeviate">Who may record a deviation, when the rule allows one.</param>
    public static void WriteText(TextWriter error, Refusal refusal, PlanInstance? plan, string? state, IReadOnlyList<PermittedAction> actions, IReadOnlyList<WhoMayAct> mayDeviate)
    {
        ErrorReport.WriteLine(error, refusal.Line);
        if (plan is not null)
        {
            error.WriteLine($"  plan {plan.Id} ({plan.TypeKey}): {plan.Status}");
            if (refusal.Entity != EntityKind.Plan && state is not null)
            {
                error.WriteLine($"  {ActionText.Noun(refusal.Entity)} {refusal.EntityId}: {state}");
            }
        }

        foreach (var blocked in refusal.Blocked)
        {
            error.WriteLine($"  blocked: {blocked.EnglishReason} — {blocked.Reason}");
        }

        if (refusal.Rule is { } rule && refusal.AllowsDeviation is { } allows && refusal.Blocked.Count == 0)
        {
            if (allows)
            {
                error.WriteLine($"  rule {rule}: a recorded deviation may set it aside — quy tắc này cho phép ghi nhận ngoại lệ (có lý do và văn bản)");
                error.WriteLine($"    to deviate, repeat the command with: {DeviationOptions(rule)}");
                foreach (var who in mayDeviate)
                {
                    error.WriteLine($"    may deviate: {who.EnglishText} — {who.Text}");
                }
            }
            else
            {
                error.WriteLine($"  rule {rule}: no deviation may set it aside — quy tắc này không cho phép ngoại lệ");
            }
        }

        foreach (var who in refusal.MayAct)
        {
            error.WriteLine($"  may act: {who.EnglishText} — {who.Text}");
        }

        if (plan is null)
        {
            error.Flush();
            return;
        }

        var allowed = actions.Where(a => a.Allowed).ToList();
        error.WriteLine(allowed.Count == 0 ? "  permitted now: nothing" : "  permitted now:");
        foreach (var action in allowed)
        {
            var who = action.MayAct.Count == 0 ? string.Empty : $" (may act: {string.Join("; ", action.MayAct.Select(m => m.EnglishText))})";
            error.WriteLine($"    {action.Trigger}: dialogue {ActionText.CommandLine(plan.Id, action)}{who}");
        }

        // The asked-for action's own reasons are already printed above.
        foreach (var action in actions.Where(a => !a.Allowed && (a.Trigger != (refusal.Trigger ?? refusal.Action) || refusal.Blocked.Count == 0)))
        {
            foreach (var blocked in action.Blocked)
            {
                error.WriteLine($"  not now: {action.Trigger}: {blocked.EnglishReason} — {blocked.Reason}");
            }
        }

        error.Flush();
    }

    /// <summary>Writes the refusal as one JSON object.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="refusal">The refusal.</param>
    /// <param name="plan">The plan, or null when it does not exist.</param>
    /// <param name="state">The entity's state.</param>
    /// <param name="actions">The entity's actions now.</param>
    /// <param name="mayDeviate">Who may record a deviation, when the rule allows one.</param>
    public static void WriteJson(TextWriter output, Refusal refusal, PlanInstance? plan, string? state, IReadOnlyList<PermittedAction> actions, IReadOnlyList<WhoMayAct> mayDeviate)
    {
        using var json = new JsonOutput(output);
        var writer = json.Writer;
        writer.WriteStartObject();
        writer.WriteString("code", refusal.Code);
        if (refusal.Rule is not null)
        {
            writer.WriteString("rule", refusal.Rule);
        }

        if (refusal.Reason is not null)
        {
            writer.WriteString("reason", refusal.Reason);
        }

        writer.WriteStartObject("message");
        writer.WriteString("vi", refusal.Message);
        writer.WriteString("en", refusal.EnglishMessage);
        writer.WriteEndObject();
        writer.WriteString("plan", refusal.PlanId);
        writer.WriteString("entity", JsonOutput.Kind(refusal.Entity));
        writer.WriteString("id", refusal.EntityId);
        writer.WriteString("action", refusal.Action);
        if (refusal.Trigger is not null)
        {
            writer.WriteString("trigger", refusal.Trigger);
        }
        writer.WriteString("state", state);
        writer.WriteString("planStatus", plan is null ? null : JsonOutput.Kind(plan.Status));
        if (refusal.AllowsDeviation is { } allows)
        {
            writer.WriteBoolean("allowsDeviation", allows);
            if (allows && refusal.Rule is { } rule)
            {
                writer.WriteStartObject("deviation");
                writer.WriteString("options", DeviationOptions(rule));
                WhoList(writer, "mayDeviate", mayDeviate);
                writer.WriteEndObject();
            }
        }

        if (refusal.Blocked.Count > 0)
        {
            JsonOutput.Objects(writer, "blocked", refusal.Blocked, (w, blocked) =>
            {
                w.WriteString("code", blocked.Code);
                w.WriteString("vi", blocked.Reason);
                w.WriteString("en", blocked.EnglishReason);
            });
        }

        if (refusal.Code == AuthorizationDeniedException.Code)
        {
            writer.WriteStartObject("mayAct");
            PlanJson.Strings(writer, "vi", refusal.MayAct.Select(m => m.Text));
            PlanJson.Strings(writer, "en", refusal.MayAct.Select(m => m.EnglishText));
            writer.WriteEndObject();
        }

        JsonOutput.Objects(writer, "permitted", actions.Where(a => a.Allowed), (w, action) =>
        {
            w.WriteString("entity", JsonOutput.Kind(action.Entity));
            w.WriteString("id", action.EntityId);
            w.WriteString("action", action.Action.ToString());
            w.WriteString("trigger", action.Trigger);
            w.WriteString("command", "dialogue " + ActionText.CommandLine(refusal.PlanId, action));
            WhoList(w, "mayAct", action.MayAct);
        });
        writer.WriteNumber("exitCode", ExitCodes.Refused);
        writer.WriteEndObject();
        json.Complete();
    }

    /// <summary>Writes who may act as an object of two arrays, <c>{"vi": […], "en": […]}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="name">The property.</param>
    /// <param name="who">Who may act.</param>
    public static void WhoList(System.Text.Json.Utf8JsonWriter writer, string name, IReadOnlyList<WhoMayAct> who)
    {
        writer.WriteStartObject(name);
        PlanJson.Strings(writer, "vi", who.Select(m => m.Text));
        PlanJson.Strings(writer, "en", who.Select(m => m.EnglishText));
        writer.WriteEndObject();
    }
}
