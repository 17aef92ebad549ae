using System.Text;
using Dialogue.Workflows.AspNetCore.Model;
using Dialogue.Workflows.Export;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>The endpoints' handlers.</summary>
internal static class PlanEndpoints
{
    public static Ok<IReadOnlyList<PlanTypeView>> Types(DialogueEngine engine) =>
        TypedResults.Ok<IReadOnlyList<PlanTypeView>>([.. engine.PlanTypes.All.Select(Views.PlanType)]);

    public static async Task<Ok<PreviewView>> PreviewAsync(HttpContext http, DialogueEngine engine, IClock clock)
    {
        RequestReading.Actor(http);
        var request = await RequestReading.BodyAsync<PlanRequest>(http).ConfigureAwait(false);
        var plan = engine.Preview(request.Type, Parameters(engine, request), request.Version);
        return TypedResults.Ok(Views.Preview(engine, plan, clock.GetCurrentInstant()));
    }

    public static async Task<Created<PlanView>> CreateAsync(HttpContext http, DialogueEngine engine, IClock clock)
    {
        var actor = RequestReading.Actor(http);
        var request = await RequestReading.BodyAsync<PlanRequest>(http).ConfigureAwait(false);
        var plan = await engine.CreateAsync(new CreatePlan
        {
            TypeKey = request.Type,
            TypeVersion = request.Version,
            Parameters = Parameters(engine, request),
            By = actor,
            PlanId = request.Id,
            TenantId = request.TenantId,
            CommandId = RequestReading.IdempotencyKey(http),
        }, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        var location = $"{http.Request.PathBase}{http.Request.Path.Value?.TrimEnd('/')}/{Uri.EscapeDataString(plan.Id)}";
        return TypedResults.Created(location, Views.Plan(engine, plan, clock.GetCurrentInstant()));
    }

    /// <summary>A page of plans from the read model; <c>page</c> reads the pages before it to find where it starts, <c>after</c> starts at once.</summary>
    public static async Task<Ok<PlanPageView>> ListAsync(HttpContext http, DialogueEngine engine, IClock clock, string? type, string? status, string? tenant,
        string? q, string? year, string? issuer, string? page, string? pageSize, string? after)
    {
        RequestReading.Actor(http);
        var number = QueryParameters.Integer(QueryParameters.Page, page);
        var cursor = QueryParameters.PlanCursor(after);
        if (number is not null && cursor is not null)
        {
            throw new BadRequestException("Give page or after, not both.", "Chỉ dùng page hoặc after, không dùng cả hai.");
        }

        var query = new PlanQuery
        {
            Status = QueryParameters.Status(status),
            TypeKey = type,
            Year = QueryParameters.Integer(QueryParameters.Year, year),
            TenantId = tenant,
            Issuer = issuer,
            Text = q,
            Limit = QueryParameters.Integer(QueryParameters.PlanPageSize, pageSize) ?? QueryParameters.DefaultPlanPageSize,
            After = cursor,
            Today = VietnamTime.Today(clock.GetCurrentInstant()),
        };
        var current = await engine.ListPlansAsync(query, http.RequestAborted).ConfigureAwait(false);
        for (var n = 1; n < (number ?? 1); n++)
        {
            if (current.Next is not { } next)
            {
                current = new PlanPage([], null);
                break;
            }

            current = await engine.ListPlansAsync(query with { After = next }, http.RequestAborted).ConfigureAwait(false);
        }

        return TypedResults.Ok(new PlanPageView([.. current.Plans.Select(p => Views.Summary(engine, p))], query.Limit)
        {
            Page = cursor is null ? number ?? 1 : null,
            Next = current.Next is { } following ? QueryParameters.PlanCursor(following) : null,
        });
    }

    public static async Task<Ok<PlanView>> GetAsync(string id, HttpContext http, DialogueEngine engine, IClock clock)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetCurrentAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok(Views.Plan(engine, plan, clock.GetCurrentInstant()));
    }

    public static async Task<Ok<IReadOnlyList<TimelineStepView>>> TimelineAsync(string id, HttpContext http, DialogueEngine engine, IClock clock)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetCurrentAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok(Views.Timeline(engine, plan, clock.GetCurrentInstant(), saved: true));
    }

    public static async Task<Ok<IReadOnlyList<DueItemView>>> DueAsync(string id, HttpContext http, DialogueEngine engine, IClock clock, string? lookAhead)
    {
        RequestReading.Actor(http);
        var ahead = QueryParameters.Integer(QueryParameters.LookAhead, lookAhead);
        var plan = await engine.GetCurrentAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok<IReadOnlyList<DueItemView>>([.. engine.Due(plan, clock.GetCurrentInstant(), ahead).Select(d => Views.Due(plan, d))]);
    }

    /// <summary>A page of what is due across plans, from the read model.</summary>
    public static async Task<Ok<DuePageView>> DueAllAsync(HttpContext http, DialogueEngine engine, IClock clock, string? lookAhead, string? until, string? owner,
        string? tenant, string? pageSize, string? after)
    {
        RequestReading.Actor(http);
        var ahead = QueryParameters.Integer(QueryParameters.LookAhead, lookAhead);
        var last = QueryParameters.Date(QueryParameters.Until, until);
        if (ahead is not null && last is not null)
        {
            throw new BadRequestException("Give lookAhead or until, not both.", "Chỉ dùng lookAhead hoặc until, không dùng cả hai.");
        }

        var size = QueryParameters.Integer(QueryParameters.DuePageSize, pageSize) ?? QueryParameters.DefaultDuePageSize;
        var entries = await engine.DueAsync(new DueRequest
        {
            Today = VietnamTime.Today(clock.GetCurrentInstant()),
            LookAheadWorkingDays = ahead,
            Until = last,
            Owner = owner,
            TenantId = tenant,
            // One more than the page, to know whether another follows.
            Limit = size + 1,
            After = QueryParameters.DueCursor(after),
        }, http.RequestAborted).ConfigureAwait(false);
        var items = entries.Take(size).ToList();
        return TypedResults.Ok(new DuePageView([.. items.Select(Views.Due)])
        {
            Next = entries.Count > size ? QueryParameters.DueCursor(items[^1].Item) : null,
        });
    }

    public static async Task<Ok<IReadOnlyList<PermittedActionView>>> ActionsAsync(string id, HttpContext http, DialogueEngine engine)
    {
        var actor = RequestReading.Actor(http);
        var plan = await engine.GetCurrentAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok<IReadOnlyList<PermittedActionView>>([.. engine.PermittedActions(plan, actor).Select(Views.Action)]);
    }

    public static async Task<Ok<ExplanationView>> ExplainAsync(string id, string task, HttpContext http, DialogueEngine engine)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetCurrentAsync(id, http.RequestAborted).ConfigureAwait(false);
        var instance = plan.Task(task);
        var deadline = engine.Explain(plan, instance.Id) ?? throw new NoDeadlineException(plan.Id, instance.Id);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok(Views.Explanation(plan, instance, deadline));
    }

    public static async Task<Ok<IReadOnlyList<HistoryEntryView>>> HistoryAsync(string id, HttpContext http, DialogueEngine engine)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok<IReadOnlyList<HistoryEntryView>>([.. plan.Events.Select((e, i) => Views.History(e, i + 1))]);
    }

    public static async Task<FileContentHttpResult> ExportAsync(string id, string format, HttpContext http, DialogueEngine engine, IClock clock)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetCurrentAsync(id, http.RequestAborted).ConfigureAwait(false);
        var timeline = engine.Timeline(plan);
        var now = clock.GetCurrentInstant();
        var (text, type, extension) = format switch
        {
            "calendar.ics" => (IcsWriter.Write(plan, timeline, now), "text/calendar; charset=utf-8", "ics"),
            "timeline.mmd" => (TimelineGantt.Mermaid(plan, timeline), "text/vnd.mermaid; charset=utf-8", "timeline.mmd"),
            "states.mmd" => (StateDiagrams.MermaidAll(plan.Definition), "text/vnd.mermaid; charset=utf-8", "states.mmd"),
            "report.md" => (MarkdownReport.Render(plan, timeline, VietnamTime.Today(now)), "text/markdown; charset=utf-8", "md"),
            _ => throw new BadRequestException($"No export '{format}': calendar.ics, timeline.mmd, states.mmd or report.md.",
                $"Không có định dạng xuất '{format}': calendar.ics, timeline.mmd, states.mmd hoặc report.md."),
        };
        RequestReading.ETag(http, plan.Version);
        return TypedResults.File(Encoding.UTF8.GetBytes(text), type, $"{FileName(plan.Id)}.{extension}");
    }

    public static async Task<Ok<CommandResultView>> CommandAsync<TCommand>(string id, HttpContext http, DialogueEngine engine)
        where TCommand : PlanCommand
    {
        var actor = RequestReading.Actor(http);
        var expected = RequestReading.IfMatch(http);
        var key = RequestReading.IdempotencyKey(http);
        var command = await RequestReading.BodyAsync<TCommand>(http).ConfigureAwait(false) with { By = actor, CommandId = key };
        http.Items[Problems.CommandItem] = command;
        var outcome = await engine.RunAsync(id, command, expected, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, outcome.Plan.Version);
        return TypedResults.Ok(Views.Result(outcome));
    }

    private static List<KeyValuePair<string, string>> Parameters(DialogueEngine engine, PlanRequest request)
    {
        var type = engine.PlanTypes.Get(request.Type, request.Version);
        var pairs = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in request.Parameters)
        {
            var multiple = type.Parameters.FirstOrDefault(p => p.Key == key)?.Multiple == true;
            pairs.AddRange(multiple
                ? value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => new KeyValuePair<string, string>(key, v))
                : [new(key, value)]);
        }

        return pairs;
    }

    // A plan id is NFC text that may hold characters a file name should not.
    private static string FileName(string id) => new([.. id.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_')]);
}
