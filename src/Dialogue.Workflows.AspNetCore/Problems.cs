using Dialogue.Workflows.AspNetCore.Model;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Authorization;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Dialogue.Workflows.AspNetCore;

/// <summary>
/// Turns the engine's errors into RFC 9457 problem details carrying the stable code, the message in Vietnamese
/// and English, the entity's state and what the user may do now.
/// </summary>
/// <remarks>
/// Mapping: bad input (a body, header, parameter, plan type or identifier the plan does not take; an unknown session,
/// task or petition named in a body) 400; <see cref="AuthorizationDeniedException"/> and a user who is no actor 403;
/// an unknown plan (or an unknown task in the path) 404; a step the entity's state does not allow
/// (<see cref="InvalidTransitionException"/>) or the plan's guards block (<see cref="ActionBlockedException"/>), a plan id
/// taken, or a plan that kept changing 409; an <c>If-Match</c> that is not the plan's version 412; a command whose
/// values break a rule (<see cref="CommandRejectedException"/>, with the rule and whether a deviation may set it aside) 422;
/// the store unavailable (<see cref="StoreUnavailableException"/>) 503.
/// </remarks>
internal static class Problems
{
    /// <summary>The key under which a command handler leaves its command for the refusal to name its entity.</summary>
    public const string CommandItem = "Dialogue.Workflows.Command";

    /// <summary>The key under which a handler leaves the actor.</summary>
    public const string ActorItem = "Dialogue.Workflows.Actor";

    public static bool Handles(Exception e) => e is DialogueWorkflowException;

    public static async Task<IResult> ToResultAsync(Exception error, HttpContext http, DialogueEngine engine)
    {
        var planId = http.Request.RouteValues.TryGetValue("id", out var value) ? value as string : null;
        var command = http.Items[CommandItem] as PlanCommand;
        var actor = http.Items[ActorItem] as Actor;
        var (status, vi, en) = Describe(error, http);
        var problem = new ProblemDetails
        {
            Type = "urn:dialogue-workflows:error:" + Code(error),
            Title = Title(status),
            Status = status,
            Detail = en,
            Instance = http.Request.Path,
        };
        problem.Extensions["code"] = Code(error);
        problem.Extensions["message"] = new LocalizedText(vi, en);
        switch (error)
        {
            case CommandRejectedException e:
                problem.Extensions["rule"] = e.Rule;
                problem.Extensions["allowsDeviation"] = e.AllowsDeviation;
                break;
            case ActionBlockedException e:
                problem.Extensions["action"] = e.Trigger;
                problem.Extensions["blocked"] = e.Reasons.Select(r => new BlockedReasonView(r.Code, r.Reason, r.EnglishReason)).ToList();
                break;
            case InvalidTransitionException e:
                problem.Extensions["action"] = e.Trigger;
                break;
            case AuthorizationDeniedException e:
                problem.Extensions["reason"] = e.Reason;
                problem.Extensions["action"] = e.Action.ToString();
                problem.Extensions["mayAct"] = new WhoMayActView(e.MayAct, e.EnglishMayAct);
                break;
            case StoreUnavailableException when command?.CommandId is { } commandId:
                // The command may have landed before the store went away: repeating it under its id is safe.
                problem.Extensions["commandId"] = commandId;
                break;
            case ConcurrencyException e:
                problem.Extensions["currentVersion"] = e.ActualVersion;
                break;
        }

        if (planId is not null && status is 403 or 409 or 412 or 422)
        {
            await AddStateAsync(problem, engine, planId, command, error, actor, http.RequestAborted).ConfigureAwait(false);
        }

        return TypedResults.Problem(problem);
    }

    private static async Task AddStateAsync(ProblemDetails problem, DialogueEngine engine, string planId, PlanCommand? command, Exception error, Actor? actor,
        CancellationToken cancellationToken)
    {
        PlanInstance plan;
        try
        {
            plan = await engine.GetCurrentAsync(planId, cancellationToken).ConfigureAwait(false);
        }
        catch (DialogueWorkflowException)
        {
            return;
        }

        var (entity, id) = error switch
        {
            InvalidTransitionException e => (e.Entity, e.EntityId),
            ActionBlockedException e => (e.Entity, e.EntityId),
            CommandRejectedException e => (e.Entity, e.EntityId ?? plan.Id),
            AuthorizationDeniedException e => (e.Entity, e.EntityId ?? plan.Id),
            _ => (EntityKind.Plan, plan.Id),
        };
        problem.Extensions["planId"] = plan.Id;
        problem.Extensions["planStatus"] = Views.Camel(plan.Status);
        problem.Extensions["version"] = plan.Version;
        problem.Extensions["entity"] = Views.Camel(entity);
        problem.Extensions["entityId"] = id;
        problem.Extensions["state"] = entity switch
        {
            EntityKind.Plan => plan.Status.ToString(),
            EntityKind.Session => plan.Sessions.FirstOrDefault(s => s.Key == id)?.Status.ToString(),
            EntityKind.Task => plan.Tasks.FirstOrDefault(t => t.Id == id)?.Status.ToString(),
            _ => plan.Petitions.FirstOrDefault(p => p.Id == id)?.Status.ToString(),
        };
        problem.Extensions["permitted"] = engine.PermittedActions(plan, actor).Where(a => a.Allowed).Select(Views.Action).ToList();
    }

    private static string Code(Exception error) => error is DialogueWorkflowException e ? e.ErrorCode : "internal";

    private static (int Status, string Vi, string En) Describe(Exception error, HttpContext http) => error switch
    {
        BadRequestException e => (400, e.VietnameseMessage, e.Message),
        ActorUnknownException e => (403, "Người dùng đăng nhập không có định danh để thực hiện việc này (mã người dùng, chức vụ hoặc hình thức ký không hợp lệ).", e.Message),
        AuthorizationDeniedException e => (403, e.Explanation, e.EnglishExplanation),
        NoDeadlineException e => (404, $"Nhiệm vụ '{e.Task}' không có quy định về thời hạn.", e.Message),
        PlanNotFoundException e => (404, $"Không tìm thấy kế hoạch '{e.PlanId}'.", e.Message),
        EntityNotFoundException e when HttpMethods.IsGet(http.Request.Method) =>
            (404, $"Kế hoạch '{e.PlanId}' không có {Noun(e.Kind)} '{e.Id}'.", e.Message),
        EntityNotFoundException e => (400, $"Kế hoạch '{e.PlanId}' không có {Noun(e.Kind)} '{e.Id}'.", e.Message),
        InvalidTransitionException e => (409, $"Không thể thực hiện '{e.Trigger}' khi {Noun(e.Entity)} '{e.EntityId}' đang ở trạng thái {e.State}.",
            $"The {Views.Camel(e.Entity)} '{e.EntityId}' is {e.State}: it cannot {e.Trigger}."),
        ActionBlockedException e => (409, string.Join(" ", e.Reasons.Select(r => r.Reason)), string.Join(" ", e.Reasons.Select(r => r.EnglishReason))),
        CommandRejectedException e => (422, e.Reason, e.EnglishReason),
        PlanAlreadyExistsException e => (409, "Mã kế hoạch này đã được dùng cho một kế hoạch khác.", e.Message),
        ConcurrencyException e when http.Request.Headers.IfMatch.Count > 0 =>
            (412, $"Kế hoạch đã thay đổi: phiên bản hiện tại là {e.ActualVersion}, không phải {e.ExpectedVersion} như If-Match. Hãy tải lại rồi thực hiện lại.",
                $"The plan has changed: it is at version {e.ActualVersion}, not {e.ExpectedVersion} as If-Match says. Read it again and repeat."),
        ConcurrencyException e => (409, "Kế hoạch liên tục thay đổi trong lúc ghi; hãy thực hiện lại.", e.Message),
        StoreUnavailableException e => (503, "Kho dữ liệu kế hoạch tạm thời không truy cập được; hãy thử lại sau.", e.Message),
        UnknownPlanTypeException or InvalidPlanParameterException or InvalidIdentifierException or PlanDefinitionException or StoreNotOursException =>
            (400, "Yêu cầu không hợp lệ: " + error.Message, error.Message),
        _ => (500, "Lỗi khi xử lý kế hoạch: " + error.Message, error.Message),
    };

    private static string Noun(EntityKind kind) => kind switch
    {
        EntityKind.Plan => "kế hoạch",
        EntityKind.Session => "buổi đối thoại",
        EntityKind.Task => "nhiệm vụ",
        _ => "kiến nghị",
    };

    private static string Title(int status) => status switch
    {
        400 => "Bad request",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Conflict",
        412 => "Precondition failed",
        422 => "Unprocessable content",
        503 => "Service unavailable",
        _ => "Internal server error",
    };
}
