using Dialogue.Workflows.AspNetCore;
using Dialogue.Workflows.District;
using Dialogue.Workflows.Hosting;
using Dialogue.Workflows.Party;
using Dialogue.Workflows.Samples.WebHost;
using Dialogue.Workflows.Sqlite;
using Dialogue.Workflows.Ward;
using Microsoft.AspNetCore.Authentication.Cookies;

var builder = WebApplication.CreateBuilder(args);

// Plans live in a SQLite file: Dialogue:Database, or App_Data/dialogue.db in the content root.
var database = builder.Configuration["Dialogue:Database"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data", "dialogue.db");
Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(database))!);
builder.Services.AddDialogueWorkflows(w => w.UseSqlite(database).AddWardPlans().AddDistrictPlans().AddPartyPlans());
builder.Services.AddDialogueWorkflowsApi();

// A development sign-in: pick a user on /login. A real host puts its own scheme here (OpenID Connect, JWT …).
builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(cookie =>
{
    cookie.LoginPath = "/login";
    cookie.Events.OnRedirectToLogin = context => DevelopmentSignIn.ApiAware(context, StatusCodes.Status401Unauthorized);
    cookie.Events.OnRedirectToAccessDenied = context => DevelopmentSignIn.ApiAware(context, StatusCodes.Status403Forbidden);
});
builder.Services.AddAuthorization();
builder.Services.AddRazorPages(pages =>
{
    pages.Conventions.AuthorizeFolder("/");
    pages.Conventions.AllowAnonymousToPage("/Login");
});
builder.Services.AddOpenApi();

var app = builder.Build();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApi();
app.MapDialogueWorkflows("/api/plans");
app.MapRazorPages();
app.Run();

/// <summary>The sample host's entry point, named so that tests can start it.</summary>
public partial class Program;
