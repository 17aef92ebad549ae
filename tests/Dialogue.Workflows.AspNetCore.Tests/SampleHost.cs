using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>
/// The sample web host as <c>dotnet run</c> starts it — SQLite, the development cookie sign-in, the pages — on a free port of
/// 127.0.0.1 with Kestrel, its database in a folder of its own, "today" 21/08/2023 in Vietnam.
/// </summary>
public sealed class SampleHost : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dialogue-web-").FullName;

    public SampleHost()
    {
        Port = FreePort();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, Port));
        StartServer();
    }

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}/");

    public string Folder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Dialogue:Database", Path.Combine(_folder, "dialogue.db"));
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IClock>();
            services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2023, 8, 21, 2, 0)));
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
