namespace Dialogue.Workflows.Runtime.Authorization;

/// <summary>
/// Decides whether an actor may take an action on a plan. The engine asks every registered handler
/// before every command; one refusal refuses the command.
/// </summary>
/// <remarks>
/// The library's handler, <see cref="PlanDefinitionAuthorization"/>, checks the plan's declared
/// <see cref="Plans.PlanAuthority"/>. A host adds its own (its directory of users, units and
/// delegations) with <c>AddAuthorizationHandler&lt;T&gt;()</c>, or replaces the library's with
/// <c>ReplaceAuthorization&lt;T&gt;()</c>.
/// </remarks>
/// <example>
/// <code>
/// public sealed class DirectoryHandler(IUserDirectory users) : IPlanAuthorizationHandler
/// {
///     public AuthorizationDecision Authorize(AuthorizationRequest request) =>
///         users.IsActive(request.Actor.UserId)
///             ? AuthorizationDecision.Allow
///             : AuthorizationDecision.Deny("authorization.inactive-user", "Tài khoản đã ngừng hoạt động.", "The account is no longer active.");
/// }
/// </code>
/// </example>
public interface IPlanAuthorizationHandler
{
    /// <summary>Decides one request.</summary>
    /// <param name="request">Who, what, on which plan and entity.</param>
    /// <returns>Allowed, or denied with a code and reasons.</returns>
    AuthorizationDecision Authorize(AuthorizationRequest request);
}
