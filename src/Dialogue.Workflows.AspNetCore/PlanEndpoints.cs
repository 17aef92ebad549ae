using System.Text;
using Dialogue.Workflows.AspNetCore.Model;
using Dialogue.Workflows.Export;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>The endpoints' handlers.</summary>
internal static class PlanEndpoints
{
    /// <summary>The largest page of plans.</summary>
    public const int MaxPageSize = 100;

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

    public static async Task<Ok<PlanPageView>> ListAsync(HttpContext http, DialogueEngine engine, string? type, string? status, string? tenant, string? q,
        int? page, int? pageSize)
    {
        RequestReading.Actor(http);
        var number = page ?? 1;
        var size = pageSize ?? 20;
        if (number < 1 || size < 1 || size > MaxPageSize)
        {
            throw new BadRequestException($"page is from 1 and pageSize from 1 to {MaxPageSize}.", $"page bắt đầu từ 1, pageSize từ 1 đến {MaxPageSize}.");
        }

        // Every plan is loaded and filtered here, as the engine lists them today; a paged query of the store can take its place.
        var plans = (await engine.ListAsync(http.RequestAborted).ConfigureAwait(false)).Where(p =>
            (type is null || p.TypeKey == type)
            && (status is null || string.Equals(Views.Camel(p.Status), status, StringComparison.OrdinalIgnoreCase))
            && (tenant is null || p.TenantId == tenant)
            && (q is null || p.Id.Contains(q, StringComparison.OrdinalIgnoreCase) || p.Definition.Title.Contains(q, StringComparison.OrdinalIgnoreCase)
                || p.Definition.EnglishTitle.Contains(q, StringComparison.OrdinalIgnoreCase))).ToList();
        var items = plans.Skip((number - 1) * size).Take(size).Select(Views.Summary).ToList();
        return TypedResults.Ok(new PlanPageView(items, number, size, plans.Count));
    }

    public static async Task<Ok<PlanView>> GetAsync(string id, HttpContext http, DialogueEngine engine, IClock clock)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok(Views.Plan(engine, plan, clock.GetCurrentInstant()));
    }

    public static async Task<Ok<IReadOnlyList<TimelineStepView>>> TimelineAsync(string id, HttpContext http, DialogueEngine engine, IClock clock)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok(Views.Timeline(engine, plan, clock.GetCurrentInstant(), saved: true));
    }

    public static async Task<Ok<IReadOnlyList<DueItemView>>> DueAsync(string id, HttpContext http, DialogueEngine engine, IClock clock, int? lookAhead)
    {
        RequestReading.Actor(http);
        CheckLookAhead(lookAhead);
        var plan = await engine.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok<IReadOnlyList<DueItemView>>([.. engine.Due(plan, clock.GetCurrentInstant(), lookAhead).Select(d => Views.Due(plan, d))]);
    }

    public static async Task<Ok<IReadOnlyList<DueItemView>>> DueAllAsync(HttpContext http, DialogueEngine engine, IClock clock, int? lookAhead)
    {
        RequestReading.Actor(http);
        CheckLookAhead(lookAhead);
        var now = clock.GetCurrentInstant();
        var plans = await engine.ListAsync(http.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok<IReadOnlyList<DueItemView>>([.. plans.SelectMany(p => engine.Due(p, now, lookAhead).Select(d => Views.Due(p, d)))
            .OrderBy(d => d.Due).ThenBy(d => d.PlanId, StringComparer.Ordinal).ThenBy(d => d.Task, StringComparer.Ordinal)]);
    }

    public static async Task<Ok<IReadOnlyList<PermittedActionView>>> ActionsAsync(string id, HttpContext http, DialogueEngine engine)
    {
        var actor = RequestReading.Actor(http);
        var plan = await engine.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
        RequestReading.ETag(http, plan.Version);
        return TypedResults.Ok<IReadOnlyList<PermittedActionView>>([.. engine.PermittedActions(plan, actor).Select(Views.Action)]);
    }

    public static async Task<Ok<ExplanationView>> ExplainAsync(string id, string task, HttpContext http, DialogueEngine engine)
    {
        RequestReading.Actor(http);
        var plan = await engine.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
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
        var plan = await engine.GetAsync(id, http.RequestAborted).ConfigureAwait(false);
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

    private static void CheckLookAhead(int? lookAhead)
    {
        if (lookAhead is < 0 or > 366)
        {
            throw new BadRequestException("lookAhead is a number of working days from 0 to 366.", "lookAhead là số ngày làm việc từ 0 đến 366.");
        }
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
