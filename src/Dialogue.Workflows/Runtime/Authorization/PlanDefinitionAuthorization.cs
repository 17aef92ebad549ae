using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Runtime.Authorization;

/// <summary>
/// The library's authorization: checks an actor against the plan's declared <see cref="PlanAuthority"/>
/// (units, positions and the signing forms TM., KT., TL., TUQ.).
/// </summary>
/// <remarks>
/// <para>
/// The actor's <see cref="Actor.Unit"/> must be one of the plan's units, by key or name: the plan
/// names units, and a host maps its users to them. Then one grant of the action must admit the
/// actor (see <see cref="AuthorityGrant"/> for signed acts and <see cref="PlanAuthority"/> for the
/// fallbacks: task owners, petition routes, the signer deciding exceptions).
/// </para>
/// <para>Refusal codes: <c>authorization.unknown-unit</c>, <c>authorization.wrong-unit</c>,
/// <c>authorization.signing-form</c>, <c>authorization.position</c>.</para>
/// </remarks>
public sealed class PlanDefinitionAuthorization : IPlanAuthorizationHandler
{
    /// <summary>The actor's unit is not one of the plan's units.</summary>
    public const string UnknownUnit = "authorization.unknown-unit";

    /// <summary>The actor's unit may not take the action.</summary>
    public const string WrongUnit = "authorization.wrong-unit";

    /// <summary>The actor's unit may take the action, but not in the signing form given.</summary>
    public const string WrongSigningForm = "authorization.signing-form";

    /// <summary>The actor's unit may take the action, but not someone in the actor's position.</summary>
    public const string WrongPosition = "authorization.position";

    /// <inheritdoc />
    public AuthorizationDecision Authorize(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = request.Plan.Definition;
        var actor = request.Actor;
        var who = Describe(request);
        var unit = definition.FindUnit(actor.Unit);
        if (unit is null)
        {
            return Deny(UnknownUnit,
                $"'{actor.Unit}' không phải là đơn vị của kế hoạch; các đơn vị: {string.Join(", ", definition.Units.Select(u => $"{u.Key} ({u.Name})"))}.",
                $"'{actor.Unit}' is not a unit of the plan; its units: {string.Join(", ", definition.Units.Select(u => $"{u.Key} ({u.EnglishName})"))}.", who);
        }

        var grants = Grants(request);
        if (grants.Count == 0)
        {
            return AuthorizationDecision.Allow;
        }

        AuthorizationDecision? nearest = null;
        foreach (var grant in grants)
        {
            var decision = Admit(grant, definition.Authority, actor, unit, who);
            if (decision.Allowed)
            {
                return decision;
            }

            // A refusal that knows the actor's unit (wrong form or position) says more than "wrong unit".
            if (nearest is null || (nearest.Code == WrongUnit && decision.Code != WrongUnit))
            {
                nearest = decision;
            }
        }

        return nearest!;
    }

    /// <summary>Who may take an action on a plan's entity, in words, as the plan declares it.</summary>
    /// <param name="request">The action and entity; its actor is not read.</param>
    /// <returns>Each way the action may be taken; one line "any unit of the plan" when the plan reserves it to none.</returns>
    public static IReadOnlyList<WhoMayAct> Describe(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = request.Plan.Definition;
        var grants = Grants(request);
        if (grants.Count == 0)
        {
            return [new WhoMayAct("Mọi đơn vị của kế hoạch", "Any unit of the plan")];
        }

        return [.. grants.Select(g => Describe(definition, g))];
    }

    /// <summary>The grants that govern a request: declared ones, or the fallbacks <see cref="PlanAuthority"/> describes.</summary>
    private static List<AuthorityGrant> Grants(AuthorizationRequest request)
    {
        var authority = request.Plan.Definition.Authority;
        var grants = new List<AuthorityGrant>();
        switch (request.Action)
        {
            case PlanAction.CompleteTask when request.Task is { } task:
                grants.Add(new AuthorityGrant(PlanAction.CompleteTask, [task.Definition.Owner]) { Clause = task.Definition.Clause });
                break;
            case PlanAction.AnswerPetition when request.Petition?.Domain is { } domain
                && request.Plan.Definition.Petitions.Routes.FirstOrDefault(r => r.Domain == domain)?.Unit is { } routeUnit:
                // The route names who answers the domain; the declared grants' delegates still sign by order.
                return
                [
                    new AuthorityGrant(PlanAction.AnswerPetition, [routeUnit])
                    {
                        Signed = true,
                        Delegates = [.. authority.For(PlanAction.AnswerPetition).SelectMany(g => g.Delegates).Distinct()],
                    },
                ];
        }

        grants.AddRange(authority.For(request.Action));
        if (grants.Count == 0 && request.Action is PlanAction.Deviate or PlanAction.WaiveTask or PlanAction.ExtendDeadline)
        {
            grants.AddRange(authority.For(PlanAction.Issue));
        }

        return grants;
    }

    private static AuthorizationDecision Admit(AuthorityGrant grant, PlanAuthority authority, Actor actor, ResponsibleUnit unit, IReadOnlyList<WhoMayAct> who)
    {
        var inUnit = grant.Units.Contains(unit.Key);
        if (!grant.Signed)
        {
            return inUnit || authority.RecordingUnits.Contains(unit.Key)
                ? AuthorizationDecision.Allow
                : Deny(WrongUnit, $"{unit.Name} không có thẩm quyền thực hiện việc này.", $"{unit.EnglishName} may not take this action.", who);
        }

        var delegated = actor.Signing is SigningForm.ByOrder or SigningForm.ByDelegation;
        if (inUnit)
        {
            switch (actor.Position)
            {
                case UnitPosition.Head when actor.Signing is SigningForm.Direct or SigningForm.OnBehalfOf:
                    return AuthorizationDecision.Allow;
                case UnitPosition.Head:
                    return Deny(WrongSigningForm, $"Người đứng đầu {unit.Name} ký trực tiếp hoặc TM., không ký {Words.Signing(actor.Signing)}",
                        $"The head of {unit.EnglishName} signs in person or TM., not {Words.Signing(actor.Signing)}", who);
                case UnitPosition.Deputy when actor.Signing == SigningForm.ForTheHead && authority.AllowsDeputies:
                    return AuthorizationDecision.Allow;
                case UnitPosition.Deputy when !authority.AllowsDeputies:
                    return Deny(WrongPosition, $"Kế hoạch không cho cấp phó ký thay (KT.) việc này của {unit.Name}.",
                        $"The plan does not let a deputy sign for the head of {unit.EnglishName} (KT.).", who);
                case UnitPosition.Deputy:
                    return Deny(WrongSigningForm, $"Cấp phó của {unit.Name} ký thay người đứng đầu với hình thức KT.",
                        $"A deputy of {unit.EnglishName} signs for the head as KT.", who);
                case UnitPosition.Staff when delegated && grant.Delegates.Contains(unit.Key):
                    return AuthorizationDecision.Allow;
                default:
                    return Deny(WrongPosition, $"Việc này do người đứng đầu {unit.Name} ký (hoặc cấp phó ký KT.), không do công chức, nhân viên.",
                        $"This is signed by the head of {unit.EnglishName} (or a deputy as KT.), not by staff.", who);
            }
        }

        if (grant.Delegates.Contains(unit.Key))
        {
            return delegated
                ? AuthorizationDecision.Allow
                : Deny(WrongSigningForm, $"{unit.Name} chỉ ký việc này theo hình thức TL. hoặc TUQ.", $"{unit.EnglishName} signs this only as TL. (by order) or TUQ. (by delegation).", who);
        }

        return Deny(WrongUnit, $"{unit.Name} không có thẩm quyền thực hiện việc này.", $"{unit.EnglishName} may not take this action.", who);
    }

    private static WhoMayAct Describe(PlanDefinition definition, AuthorityGrant grant)
    {
        var names = string.Join(", ", grant.Units.Select(u => definition.FindUnit(u)?.Name ?? u));
        var englishNames = string.Join(", ", grant.Units.Select(u => definition.FindUnit(u)?.EnglishName ?? u));
        if (!grant.Signed)
        {
            var recording = definition.Authority.RecordingUnits.Where(u => !grant.Units.Contains(u)).ToList();
            return recording.Count == 0
                ? new WhoMayAct(names, englishNames)
                : new WhoMayAct($"{names}; {string.Join(", ", recording.Select(u => definition.FindUnit(u)?.Name ?? u))} ghi nhận thay",
                    $"{englishNames}; {string.Join(", ", recording.Select(u => definition.FindUnit(u)?.EnglishName ?? u))} recording on its behalf");
        }

        var text = $"{names}: người đứng đầu ký trực tiếp hoặc TM.";
        var english = $"{englishNames}: the head, in person or TM.";
        if (definition.Authority.AllowsDeputies)
        {
            text += ", cấp phó ký KT.";
            english += ", a deputy as KT.";
        }

        if (grant.Delegates.Count > 0)
        {
            text += $"; {string.Join(", ", grant.Delegates.Select(u => definition.FindUnit(u)?.Name ?? u))} ký TL. hoặc TUQ.";
            english += $"; {string.Join(", ", grant.Delegates.Select(u => definition.FindUnit(u)?.EnglishName ?? u))} as TL. or TUQ.";
        }

        return new WhoMayAct(text, english);
    }

    private static AuthorizationDecision Deny(string code, string reason, string englishReason, IReadOnlyList<WhoMayAct> who) =>
        AuthorizationDecision.Deny(code, reason, englishReason) with
        {
            MayAct = [.. who.Select(w => w.Text)],
            EnglishMayAct = [.. who.Select(w => w.EnglishText)],
        };
}
