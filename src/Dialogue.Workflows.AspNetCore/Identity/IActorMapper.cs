using System.Security.Claims;
using Dialogue.Workflows.Runtime;

namespace Dialogue.Workflows.AspNetCore.Identity;

/// <summary>Turns the signed-in user into the actor every command is recorded with and authorized for.</summary>
/// <remarks>
/// The default, <see cref="ClaimsActorMapper"/>, reads the claim names of <see cref="ActorClaimOptions"/>. A host whose
/// identities say who acts some other way (a directory lookup, a unit chosen per plan) registers its own
/// mapper after <c>AddDialogueWorkflowsApi</c>. Whatever it returns, the plan's authority decides what the actor may do.
/// </remarks>
/// <example>
/// <code>
/// builder.Services.AddSingleton&lt;IActorMapper, DirectoryActorMapper&gt;();
/// </code>
/// </example>
public interface IActorMapper
{
    /// <summary>The actor for a signed-in user.</summary>
    /// <param name="user">The user, as the host's authentication scheme signed them in.</param>
    /// <returns>The actor, or null when the user carries no identity that may act (the endpoints then answer 403 <c>actor.unknown</c>).</returns>
    Actor? Map(ClaimsPrincipal user);
}
