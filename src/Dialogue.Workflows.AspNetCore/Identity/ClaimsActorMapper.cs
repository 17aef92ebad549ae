using System.Globalization;
using System.Security.Claims;
using Dialogue.Workflows.Runtime;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.AspNetCore.Identity;

/// <summary>The default <see cref="IActorMapper"/>: reads the actor from the signed-in user's claims, named by <see cref="ActorClaimOptions"/>.</summary>
/// <example>
/// <code>
/// // A sign-in that makes the ward chairman, signing TM.:
/// var identity = new ClaimsIdentity([
///     new Claim(ClaimTypes.NameIdentifier, "ct"), new Claim(ActorClaimTypes.Title, "Chủ tịch UBND phường"),
///     new Claim(ActorClaimTypes.Unit, "chairman"), new Claim(ActorClaimTypes.Position, "head"), new Claim(ActorClaimTypes.Signing, "TM"),
/// ], CookieAuthenticationDefaults.AuthenticationScheme);
/// </code>
/// </example>
public sealed class ClaimsActorMapper : IActorMapper
{
    private readonly ActorClaimOptions _options;

    /// <summary>Creates the mapper.</summary>
    /// <param name="options">The claim names.</param>
    public ClaimsActorMapper(IOptions<ActorClaimOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    /// <inheritdoc />
    /// <remarks>An unauthenticated user, or one without a user id, is no actor; an unknown position or signing form is no actor either, rather than a guess.</remarks>
    public Actor? Map(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || First(user, _options.UserIdClaims) is not { } userId)
        {
            return null;
        }

        if (Position(user.FindFirst(_options.PositionClaim)?.Value) is not { } position
            || Signing(user.FindFirst(_options.SigningClaim)?.Value) is not { } signing)
        {
            return null;
        }

        var title = First(user, _options.TitleClaims) ?? string.Empty;
        var unit = user.FindFirst(_options.UnitClaim)?.Value ?? string.Empty;
        return new Actor(userId, title, unit) { Position = position, Signing = signing };
    }

    private static string? First(ClaimsPrincipal user, IEnumerable<string> types) =>
        types.Select(t => user.FindFirst(t)?.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    /// <summary>Reads a position: <c>head</c>/<c>trưởng</c>, <c>deputy</c>/<c>phó</c>, <c>staff</c>; none given is staff.</summary>
    internal static UnitPosition? Position(string? value) => value?.Trim().ToLower(CultureInfo.InvariantCulture) switch
    {
        null or "" or "staff" or "chuyên viên" or "công chức" => UnitPosition.Staff,
        "head" or "trưởng" => UnitPosition.Head,
        "deputy" or "phó" => UnitPosition.Deputy,
        _ => null,
    };

    /// <summary>Reads a signing form: <c>TM</c>, <c>KT</c>, <c>TL</c>, <c>TUQ</c>, with or without the dot; <c>direct</c> or none is in one's own name.</summary>
    internal static SigningForm? Signing(string? value) => value?.Trim().TrimEnd('.').ToUpperInvariant() switch
    {
        null or "" or "DIRECT" => SigningForm.Direct,
        "TM" => SigningForm.OnBehalfOf,
        "KT" => SigningForm.ForTheHead,
        "TL" => SigningForm.ByOrder,
        "TUQ" => SigningForm.ByDelegation,
        _ => null,
    };
}
