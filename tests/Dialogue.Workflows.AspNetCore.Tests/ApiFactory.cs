using System.Net.Http.Json;
using System.Text.Json;
using Dialogue.Workflows.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>
/// The sample host with plans in memory, "today" 21/08/2023 in Vietnam (the Chánh Lộ ward's 2023 plan was drafted then),
/// and the test authentication scheme in place of the development cookie.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dialogue-api-").FullName;

    internal SwitchableStore Store { get; } = new();

    public FakeClock Clock { get; } = new(Instant.FromUtc(2023, 8, 21, 2, 0));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Dialogue:Database", Path.Combine(_folder, "unused.db"));
        builder.ConfigureTestServices(services =>
        {
            services.AddDialogueWorkflows(w => w.UseEventStore(_ => Store));
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(Clock);
            services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, TestUsers>(TestUsers.Name, null);
            services.PostConfigure<AuthenticationOptions>(o =>
            {
                o.DefaultScheme = TestUsers.Name;
                o.DefaultAuthenticateScheme = TestUsers.Name;
                o.DefaultChallengeScheme = TestUsers.Name;
                o.DefaultForbidScheme = TestUsers.Name;
            });
        });
    }

    /// <summary>A client signed in as one of <see cref="TestUsers.Known"/>; null for nobody.</summary>
    public HttpClient As(string? user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestUsers.Header, user);
        }

        return client;
    }

    /// <summary>Creates the Chánh Lộ ward chairman's 2023 plan (session 15/09/2023) as the office and returns its id.</summary>
    public async Task<string> CreateChanhLoAsync(string id)
    {
        var response = await As("clerk").PostAsJsonAsync("/api/plans", new { type = "ward-chairman", id, parameters = new { session = "2023-09-15" } });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // WebApplicationFactory disposes through Dispose and DisposeAsync both.
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
