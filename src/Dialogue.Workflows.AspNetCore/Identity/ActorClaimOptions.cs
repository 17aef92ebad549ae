using System.Security.Claims;

namespace Dialogue.Workflows.AspNetCore.Identity;

/// <summary>The claim names <see cref="ClaimsActorMapper"/> reads the actor from.</summary>
/// <remarks>
/// Defaults: the user id from <see cref="ClaimTypes.NameIdentifier"/> (or <c>sub</c>); the title recorded with
/// each act from <c>dialogue:title</c> (or the user's <see cref="ClaimTypes.Name"/>); the unit (a unit key or name of
/// the plan: <c>office</c>, <c>Văn phòng phường</c>) from <c>dialogue:unit</c>; the position in it (<c>head</c>/<c>trưởng</c>,
/// <c>deputy</c>/<c>phó</c>, <c>staff</c>) from <c>dialogue:position</c>; the signing form (<c>TM</c>, <c>KT</c>, <c>TL</c>,
/// <c>TUQ</c>, <c>direct</c>) from <c>dialogue:signing</c>. A missing position is staff; a missing signing form, in one's own name.
/// </remarks>
public sealed class ActorClaimOptions
{
    /// <summary>The claims tried, in order, for the user's id.</summary>
    public IList<string> UserIdClaims { get; } = [ClaimTypes.NameIdentifier, "sub"];

    /// <summary>The claims tried, in order, for the title recorded with each act: <c>Chủ tịch UBND phường</c>.</summary>
    public IList<string> TitleClaims { get; } = [ActorClaimTypes.Title, ClaimTypes.Name, "name"];

    /// <summary>The claim naming the user's unit in the plan.</summary>
    public string UnitClaim { get; set; } = ActorClaimTypes.Unit;

    /// <summary>The claim naming the user's position in the unit.</summary>
    public string PositionClaim { get; set; } = ActorClaimTypes.Position;

    /// <summary>The claim naming the form the user signs in (the delegation).</summary>
    public string SigningClaim { get; set; } = ActorClaimTypes.Signing;
}
