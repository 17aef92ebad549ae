using System.Security.Claims;
using Dialogue.Workflows.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dialogue.Workflows.Samples.WebHost;

/// <summary>The development sign-in: a few users of the ward-chairman plan's units, each in a position and signing form.</summary>
public static class DevelopmentSignIn
{
    /// <summary>The users one may sign in as.</summary>
    public static IReadOnlyList<DevelopmentUser> Users { get; } =
    [
        new("vp-01", "Công chức Văn phòng", "office", "staff", "direct", "Văn phòng phường — ward office clerk: drafts plans, records petitions and tasks"),
        new("ct", "Chủ tịch UBND phường", "chairman", "head", "TM", "Chủ tịch UBND phường (TM.) — ward chairman: issues, signs"),
        new("pct", "Phó Chủ tịch UBND phường", "chairman", "deputy", "KT", "Phó Chủ tịch UBND phường (KT.) — vice-chairman, signing for the chairman"),
        new("tp-01", "Công chức Tư pháp - Hộ tịch", "justice", "staff", "direct", "Bộ phận Tư pháp phường — ward justice officer"),
        new("ca-01", "Trưởng Công an phường", "police", "head", "direct", "Công an phường — head of the ward police"),
    ];

    /// <summary>The claims of a user, under the default claim names <see cref="ClaimsActorMapper"/> reads.</summary>
    /// <param name="user">The user.</param>
    /// <returns>The signed-in principal.</returns>
    public static ClaimsPrincipal Principal(DevelopmentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, user.Id),
            new Claim(ClaimTypes.Name, user.Title),
            new Claim(ActorClaimTypes.Title, user.Title),
            new Claim(ActorClaimTypes.Unit, user.Unit),
            new Claim(ActorClaimTypes.Position, user.Position),
            new Claim(ActorClaimTypes.Signing, user.Signing),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>Answers a call to the API with a status instead of sending it to the sign-in page.</summary>
    /// <param name="context">The redirect.</param>
    /// <param name="status">The status for API calls.</param>
    /// <returns>The task.</returns>
    public static Task ApiAware(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
