namespace Dialogue.Workflows.Runtime.Authorization;

/// <summary>
/// Asks every authorization handler about a command's actor; the first refusal refuses the command.
/// The engine takes one; <see cref="Unchecked"/> is the only way to run without checks.
/// </summary>
/// <example>
/// <code>
/// var authorizer = new PlanAuthorizer([new PlanDefinitionAuthorization(), new DirectoryHandler(users)]);
/// var engine = new DialogueEngine(registry, store, WorkingCalendar.Default, clock, authorizer: authorizer);
/// </code>
/// </example>
public sealed class PlanAuthorizer
{
    private readonly IPlanAuthorizationHandler[] _handlers;

    /// <summary>Creates an authorizer from handlers, asked in order.</summary>
    /// <param name="handlers">The handlers; at least one.</param>
    /// <exception cref="ArgumentException">There is none: use <see cref="Unchecked"/> to run without checks, explicitly.</exception>
    public PlanAuthorizer(IEnumerable<IPlanAuthorizationHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        _handlers = [.. handlers];
        if (_handlers.Length == 0)
        {
            throw new ArgumentException("An authorizer needs at least one handler; choose PlanAuthorizer.Unchecked to run without checks.", nameof(handlers));
        }
    }

    private PlanAuthorizer()
    {
        _handlers = [];
        IsUnchecked = true;
    }

    /// <summary>The library's default: the plan's declared authority (<see cref="PlanDefinitionAuthorization"/>).</summary>
    public static PlanAuthorizer PlanDefinitions { get; } = new([new PlanDefinitionAuthorization()]);

    /// <summary>No checks at all: anyone may take any action. For tools and migrations that choose it explicitly.</summary>
    public static PlanAuthorizer Unchecked { get; } = new();

    /// <summary>Whether this authorizer checks nothing.</summary>
    public bool IsUnchecked { get; }

    /// <summary>Asks every handler in turn.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The first refusal, or an allowed decision.</returns>
    public AuthorizationDecision Authorize(AuthorizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        foreach (var handler in _handlers)
        {
            var decision = handler.Authorize(request);
            if (!decision.Allowed)
            {
                return decision;
            }
        }

        return AuthorizationDecision.Allow;
    }
}
