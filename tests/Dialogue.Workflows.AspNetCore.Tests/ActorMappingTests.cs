using System.Net;
using System.Security.Claims;
using Dialogue.Workflows.AspNetCore.Identity;
using Dialogue.Workflows.Runtime;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>The signed-in user becomes the actor through a replaceable mapping; the plan's authority decides.</summary>
public sealed class ActorMappingTests
{
    private static ClaimsPrincipal User(params Claim[] claims) => new(new ClaimsIdentity(claims, "any-scheme"));

    [Fact]
    public void The_default_claims_make_the_ward_chairman_signing_TM()
    {
        var mapper = new ClaimsActorMapper(Options.Create(new ActorClaimOptions()));
        var actor = mapper.Map(User(new(ClaimTypes.NameIdentifier, "ct"), new(ActorClaimTypes.Title, "Chủ tịch UBND phường"),
            new(ActorClaimTypes.Unit, "chairman"), new(ActorClaimTypes.Position, "trưởng"), new(ActorClaimTypes.Signing, "TM.")));
        Assert.Equal(new Actor("ct", "Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Head, Signing = SigningForm.OnBehalfOf }, actor);
    }

    [Fact]
    public void A_host_names_its_own_claims_a_vice_chairman_signing_KT_from_an_OpenID_token()
    {
        var options = new ActorClaimOptions { UnitClaim = "department", PositionClaim = "grade", SigningClaim = "signs-as" };
        options.UserIdClaims.Insert(0, "employee_id");
        var actor = new ClaimsActorMapper(Options.Create(options)).Map(User(new("sub", "token-sub"), new("employee_id", "pct"), new("name", "Phó Chủ tịch UBND phường"),
            new("department", "chairman"), new("grade", "deputy"), new("signs-as", "KT")));
        Assert.Equal(new Actor("pct", "Phó Chủ tịch UBND phường", "chairman") { Position = UnitPosition.Deputy, Signing = SigningForm.ForTheHead }, actor);
    }

    [Theory]
    [InlineData("minister", null)]
    [InlineData(null, "signed-by-someone")]
    public void An_unknown_position_or_signing_form_is_no_actor_rather_than_a_guess(string? position, string? signing)
    {
        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, "x"), new(ActorClaimTypes.Unit, "office") };
        if (position is not null)
        {
            claims.Add(new(ActorClaimTypes.Position, position));
        }

        if (signing is not null)
        {
            claims.Add(new(ActorClaimTypes.Signing, signing));
        }

        Assert.Null(new ClaimsActorMapper(Options.Create(new ActorClaimOptions())).Map(User([.. claims])));
    }

    [Fact]
    public void An_unauthenticated_principal_is_no_actor()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "ct")]));
        Assert.Null(new ClaimsActorMapper(Options.Create(new ActorClaimOptions())).Map(anonymous));
    }

    [Fact]
    public async Task A_host_replaces_the_mapping_and_the_plans_authority_still_decides()
    {
        // Every signed-in user is the ward office's clerk, whatever their claims say: creating is theirs, issuing is not.
        using var factory = new ApiFactory().WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IActorMapper, OfficeOnly>()));
        var chairman = factory.CreateClient();
        chairman.DefaultRequestHeaders.Add(TestUsers.Header, "chairman");
        var created = await (await chairman.PostJsonAsync("/api/plans", new { type = "ward-chairman", id = "mapped-1", parameters = new { session = "2023-09-15" } }))
            .JsonAsync(HttpStatusCode.Created);
        Assert.Equal("office-desk", created.GetProperty("createdBy").GetProperty("userId").GetString());
        await (await chairman.CommandAsync("mapped-1", "issue-plan")).ProblemAsync(HttpStatusCode.Forbidden, "authorization.denied");
    }

    private sealed class OfficeOnly : IActorMapper
    {
        public Actor? Map(ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true ? new Actor("office-desk", "Công chức Văn phòng", "office") : null;
    }
}
