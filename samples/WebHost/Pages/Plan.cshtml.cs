using System.Text.Json;
using Dialogue.Workflows.AspNetCore;
using Dialogue.Workflows.AspNetCore.Identity;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Dialogue.Workflows.Samples.WebHost.Pages;

/// <summary>One plan: its timeline with what is due, the actions the signed-in user may take as forms, petitions, history and downloads.</summary>
/// <param name="engine">The engine.</param>
/// <param name="actors">Who the signed-in user is.</param>
/// <param name="clock">The clock.</param>
/// <param name="json">The JSON options the plan endpoints read commands with.</param>
public sealed class PlanModel(DialogueEngine engine, IActorMapper actors, IClock clock, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : PageModel
{
    private Dictionary<string, DueState> _due = [];

    /// <summary>The plan.</summary>
    public PlanInstance? Plan { get; private set; }

    /// <summary>Its timeline.</summary>
    public IReadOnlyList<TimelineEntry> Timeline { get; private set; } = [];

    /// <summary>The actions its state allows, and whether the signed-in user may take each now.</summary>
    public IReadOnlyList<PermittedAction> Actions { get; private set; } = [];

    /// <summary>The lint's warnings on the plan's dates and defaults.</summary>
    public IReadOnlyList<PlanWarning> Warnings { get; private set; } = [];

    /// <summary>What the last action did, or why it was refused.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>Whether the last action was refused.</summary>
    [TempData]
    public bool Failed { get; set; }

    /// <summary>How close a timeline line is: <c>overdue</c>, <c>dueToday</c>, <c>approaching</c>, or null.</summary>
    /// <param name="id">The line's id.</param>
    /// <returns>The state's CSS class.</returns>
    public string? DueState(string id) => _due.TryGetValue(id, out var state) ? JsonNamingPolicy.CamelCase.ConvertName(state.ToString()) : null;

    /// <summary>A due state in words.</summary>
    /// <param name="state">The state's CSS class.</param>
    /// <returns>The words, Vietnamese then English.</returns>
    public static string StateLabel(string state) => state switch
    {
        "overdue" => "Quá hạn / overdue",
        "dueToday" => "Đến hạn hôm nay / due today",
        _ => "Sắp đến hạn / due soon",
    };

    /// <summary>A task's deadline with its explanation.</summary>
    /// <param name="step">The line.</param>
    /// <returns>The deadline, or null for a session or a task without a deadline rule.</returns>
    public Deadline? Explain(TimelineEntry step) =>
        step is { Kind: EntityKind.Task } && Plan is { } plan ? engine.Explain(plan, step.Id) : null;

    /// <summary>Shows the plan.</summary>
    /// <param name="id">The plan id.</param>
    /// <returns>The page, or 404.</returns>
    public async Task<IActionResult> OnGetAsync(string id)
    {
        var actor = actors.Map(User);
        if (actor is null)
        {
            return Forbid();
        }

        try
        {
            Plan = await engine.GetAsync(id, HttpContext.RequestAborted);
        }
        catch (PlanNotFoundException)
        {
            return NotFound();
        }

        Timeline = engine.Timeline(Plan);
        Actions = engine.PermittedActions(Plan, actor);
        Warnings = engine.Lint(Plan);
        _due = engine.Due(Plan, clock.GetCurrentInstant()).ToDictionary(d => d.Task.Id, d => d.State, StringComparer.Ordinal);
        return Page();
    }

    /// <summary>Takes an action as the signed-in user, on the version the page showed.</summary>
    /// <param name="id">The plan id.</param>
    /// <param name="command">The command kind.</param>
    /// <param name="entity">The entity kind.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="version">The plan's version the page showed.</param>
    /// <returns>The plan's page, with what happened.</returns>
    public async Task<IActionResult> OnPostActAsync(string id, string command, string entity, string entityId, long version)
    {
        var actor = actors.Map(User);
        if (actor is null)
        {
            return Forbid();
        }

        if (PlanCommandKinds.Find(command) is not { } kind)
        {
            return BadRequest();
        }

        try
        {
            var form = Request.Form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
            var body = CommandForms.Read(kind.Type, entity, entityId, form, json.Value.SerializerOptions) with { By = actor };
            var outcome = await engine.RunAsync(id, body, version, HttpContext.RequestAborted);
            Message = $"Đã ghi nhận / recorded: {string.Join(", ", outcome.Events.Select(e => e.GetType().Name))} (phiên bản / version {outcome.Plan.Version})";
            Failed = false;
        }
        catch (DialogueWorkflowException e)
        {
            Message = Describe(e);
            Failed = true;
        }
        catch (JsonException e)
        {
            Message = $"Giá trị không hợp lệ / invalid value: {e.Message}";
            Failed = true;
        }

        return Redirect($"/plan/{Uri.EscapeDataString(id)}");
    }

    /// <summary>A refusal in words, Vietnamese then English, with its code.</summary>
    /// <param name="error">The refusal.</param>
    /// <returns>The words.</returns>
    public static string Describe(DialogueWorkflowException error) => error switch
    {
        AuthorizationDeniedException e => $"Không có thẩm quyền: {e.Explanation} — Not yours to take: {e.EnglishExplanation} [{e.ErrorCode}: {e.Reason}]",
        CommandRejectedException e => $"{e.Reason} — {e.EnglishReason} [{e.Rule}]",
        ActionBlockedException e => $"{string.Join(" ", e.Reasons.Select(r => r.Reason))} — {string.Join(" ", e.Reasons.Select(r => r.EnglishReason))} [{e.ErrorCode}]",
        Storage.ConcurrencyException e => $"Kế hoạch đã thay đổi, hãy xem lại — The plan changed meanwhile; look again. [{e.ErrorCode}]",
        _ => $"{error.Message} [{error.ErrorCode}]",
    };
}
