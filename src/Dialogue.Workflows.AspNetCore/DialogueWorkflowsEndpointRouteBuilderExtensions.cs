using Dialogue.Workflows.AspNetCore.Model;
using Dialogue.Workflows.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>Maps the plan endpoints.</summary>
public static class DialogueWorkflowsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps minimal-API endpoints for plans under a prefix: plan types and previews, create, get, list, one POST per
    /// command kind, timeline, due items, permitted actions, explanations, history and exports. Every endpoint requires an
    /// authenticated user (any authentication scheme); the user becomes the actor through <see cref="Identity.IActorMapper"/>
    /// and the plan's authority decides what they may do.
    /// </summary>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The path prefix: <c>/plans</c>.</param>
    /// <returns>The group, to add the host's own conventions (a policy, rate limits, tags).</returns>
    /// <remarks>
    /// <para>Endpoints, under the prefix:</para>
    /// <list type="bullet">
    /// <item><c>GET /types</c>, <c>POST /preview</c>: the plan types; a plan as it would be created, nothing saved.</item>
    /// <item><c>POST /</c> (201, <c>Location</c>, <c>ETag</c>), <c>GET /{id}</c>.</item>
    /// <item><c>GET /?type=&amp;status=&amp;year=&amp;tenant=&amp;issuer=&amp;q=&amp;pageSize=&amp;after=</c> (or <c>page=</c>): a page of plans from the
    /// read model, with each plan's open and overdue tasks and next due date, and <c>next</c>, the <c>after</c> of the following page.</item>
    /// <item><c>POST /{id}/commands/{kind}</c>: one per command, <c>issue-plan</c> … <c>close-petition</c>; the body is the command's record
    /// in JSON without <c>by</c> and <c>commandId</c>.</item>
    /// <item><c>GET /due?lookAhead=&amp;until=&amp;owner=&amp;tenant=&amp;pageSize=&amp;after=</c>: what is overdue, due today or due soon across
    /// plans, from the read model, paged the same way.</item>
    /// <item><c>GET /{id}/timeline</c>, <c>GET /{id}/due</c>, <c>GET /{id}/actions</c> (for the signed-in user),
    /// <c>GET /{id}/explain/{task}</c>, <c>GET /{id}/history</c>.</item>
    /// <item><c>GET /{id}/exports/calendar.ics</c>, <c>timeline.mmd</c>, <c>states.mmd</c>, <c>report.md</c>: downloads.</item>
    /// </list>
    /// <para>
    /// <c>ETag</c> is the plan's version; a command with <c>If-Match</c> runs only on that version (412 otherwise). An
    /// <c>Idempotency-Key</c> is the command's id: the same key again returns the first outcome, <c>repeated: true</c>, and
    /// records nothing. Errors are RFC 9457 problem details with <c>code</c>, <c>message</c> {vi, en}, the entity's
    /// <c>state</c> and what is <c>permitted</c> now: 400 bad input (a malformed query parameter too), 403 not the user's to take, 404 unknown plan,
    /// 409 a step the state or the plan's guards refuse, 412 a stale <c>If-Match</c>, 422 a broken rule (<c>rule</c>,
    /// <c>allowsDeviation</c>), 503 the store unavailable. The literal segments <c>types</c>, <c>preview</c> and <c>due</c>
    /// win over a plan id of the same name.
    /// </para>
    /// </remarks>
    /// <example>
    /// <code>
    /// builder.Services.AddDialogueWorkflowsApi();
    /// // …
    /// app.MapDialogueWorkflows("/plans");
    /// </code>
    /// </example>
    /// <exception cref="InvalidOperationException"><c>AddDialogueWorkflowsApi</c> was not called.</exception>
    public static RouteGroupBuilder MapDialogueWorkflows(this IEndpointRouteBuilder endpoints, string prefix = "/plans")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        if (endpoints.ServiceProvider.GetService<ApiMarker>() is null)
        {
            throw new InvalidOperationException("The plan endpoints need their services: call builder.Services.AddDialogueWorkflowsApi() before mapping them.");
        }

        var group = endpoints.MapGroup(prefix).RequireAuthorization().WithTags("Dialogue plans");
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context).ConfigureAwait(false);
            }
            catch (Exception error) when (Problems.Handles(error))
            {
                var engine = context.HttpContext.RequestServices.GetRequiredService<DialogueEngine>();
                return await Problems.ToResultAsync(error, context.HttpContext, engine).ConfigureAwait(false);
            }
        });

        Problem(group.MapGet("/types", PlanEndpoints.Types).WithName("ListPlanTypes").WithSummary("The registered plan types and their parameters."));
        Problem(group.MapPost("/preview", PlanEndpoints.PreviewAsync).Accepts<PlanRequest>("application/json").WithName("PreviewPlan")
            .WithSummary("A plan as it would be created, with its timeline and date warnings; nothing is saved."));
        Problem(group.MapPost("/", PlanEndpoints.CreateAsync).Accepts<PlanRequest>("application/json").WithName("CreatePlan")
            .WithSummary("Creates a plan; the signed-in user is its creator. Idempotency-Key makes a repeat return the same plan."));
        Problem(group.MapGet("/", PlanEndpoints.ListAsync).WithName("ListPlans")
            .WithSummary("A page of plans from the read model, oldest first, filtered by type, status, year, tenant, issuer and text; next is the cursor of the following page.")
            .WithMetadata(QueryParameters.Year, QueryParameters.Page, QueryParameters.PlanPageSize, QueryParameters.PlanAfter));
        Problem(group.MapGet("/due", PlanEndpoints.DueAllAsync).WithName("ListDueAcrossPlans")
            .WithSummary("Open tasks of every plan, from the read model, that are overdue, due today or due within lookAhead working days (or up to until), for a unit (owner) or a tenant; next is the cursor of the following page.")
            .WithMetadata(QueryParameters.LookAhead, QueryParameters.Until, QueryParameters.DuePageSize, QueryParameters.DueAfter));
        Problem(group.MapGet("/{id}", PlanEndpoints.GetAsync).WithName("GetPlan").WithSummary("A plan: state, sessions, timeline, petitions; ETag is its version."));
        Problem(group.MapGet("/{id}/timeline", PlanEndpoints.TimelineAsync).WithName("GetTimeline").WithSummary("The plan's timeline with due states."));
        Problem(group.MapGet("/{id}/due", PlanEndpoints.DueAsync).WithName("GetDue")
            .WithSummary("The plan's open tasks that are overdue, due today or due within lookAhead working days.").WithMetadata(QueryParameters.LookAhead));
        Problem(group.MapGet("/{id}/actions", PlanEndpoints.ActionsAsync).WithName("GetPermittedActions")
            .WithSummary("What the plan's state allows, and whether the signed-in user may take each action now (with the reasons when not)."));
        Problem(group.MapGet("/{id}/explain/{task}", PlanEndpoints.ExplainAsync).WithName("ExplainDeadline")
            .WithSummary("Why a task's due date is what it is: rule, anchor, each day skipped, legal basis."));
        Problem(group.MapGet("/{id}/history", PlanEndpoints.HistoryAsync).WithName("GetHistory").WithSummary("Every event of the plan, oldest first."));
        foreach (var (format, type, summary) in Exports)
        {
            Problem(group.MapGet($"/{{id}}/exports/{format}", (string id, HttpContext http, DialogueEngine engine, NodaTime.IClock clock) =>
                    PlanEndpoints.ExportAsync(id, format, http, engine, clock))
                .Produces(StatusCodes.Status200OK, contentType: type).WithName("Export" + Pascal(format)).WithSummary(summary));
        }

        foreach (var kind in PlanCommandKinds.All)
        {
            var handler = typeof(PlanEndpoints).GetMethod(nameof(PlanEndpoints.CommandAsync))!.MakeGenericMethod(kind.Type)
                .CreateDelegate<Func<string, HttpContext, DialogueEngine, Task<Ok<CommandResultView>>>>();
            Problem(group.MapPost($"/{{id}}/commands/{kind.Kind}", handler).Accepts(kind.Type, "application/json").WithName(Pascal(kind.Kind))
                .WithSummary($"Runs {kind.Type.Name} on the plan as the signed-in user. If-Match: the plan's version; Idempotency-Key: the command's id."));
        }

        return group;
    }

    private static readonly (string Format, string Type, string Summary)[] Exports =
    [
        ("calendar.ics", "text/calendar", "The plan's sessions and deadlines as an iCalendar file."),
        ("timeline.mmd", "text/vnd.mermaid", "The plan's timeline as a Mermaid Gantt chart."),
        ("states.mmd", "text/vnd.mermaid", "The plan type's state machines as Mermaid state diagrams."),
        ("report.md", "text/markdown", "The plan as a Markdown report."),
    ];

    private static void Problem(RouteHandlerBuilder endpoint)
    {
        foreach (var status in new[] { 400, 403, 404, 409, 412, 422, 503 })
        {
            endpoint.ProducesProblem(status);
        }
    }

    private static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-', '.').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
