using System.Security.Claims;
using System.Text.Encodings.Web;
using Dialogue.Workflows.AspNetCore.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>
/// A test authentication scheme standing for whatever scheme a host uses: the test names a known user in a header, the
/// scheme signs them in with the default claim names. The endpoints never read the header.
/// </summary>
internal sealed class TestUsers(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Name = "Test";
    public const string Header = "X-Test-User";

    public static readonly Dictionary<string, Claim[]> Known = new(StringComparer.Ordinal)
    {
        ["clerk"] = Claims("vp-01", "Công chức Văn phòng", "office", "staff", null),
        ["chairman"] = Claims("ct", "Chủ tịch UBND phường", "chairman", "head", "TM"),
        ["city"] = Claims("tp", "Chủ tịch UBND thành phố", "city", "head", null),
        ["police"] = Claims("ca-01", "Trưởng Công an phường", "police", "head", null),
        // Signed in, but with no user id: no actor.
        ["anonymous-token"] = [new Claim(ClaimTypes.Name, "someone")],
    };

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var name) || !Known.TryGetValue(name.ToString(), out var claims))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Name));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Name)));
    }

    private static Claim[] Claims(string id, string title, string unit, string position, string? signing) =>
    [
        new(ClaimTypes.NameIdentifier, id), new(ActorClaimTypes.Title, title), new(ActorClaimTypes.Unit, unit),
        new(ActorClaimTypes.Position, position), .. signing is null ? Array.Empty<Claim>() : [new Claim(ActorClaimTypes.Signing, signing)],
    ];
}
