using Dialogue.Workflows.AspNetCore.Identity;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Samples.WebHost.Pages;

/// <summary>The plans, and a form that creates one.</summary>
/// <param name="engine">The engine.</param>
/// <param name="actors">Who the signed-in user is.</param>
/// <param name="clock">The clock.</param>
public sealed class IndexModel(DialogueEngine engine, IActorMapper actors, IClock clock) : PageModel
{
    /// <summary>The plans, oldest first, with how many of their tasks are overdue.</summary>
    public IReadOnlyList<(PlanInstance Plan, int Overdue)> Plans { get; private set; } = [];

    /// <summary>The plan types one may create.</summary>
    public IReadOnlyList<IPlanType> Types => engine.PlanTypes.Latest;

    /// <summary>The session date the form proposes: thirty days from today.</summary>
    public string DefaultSession => LocalDatePattern.Iso.Format(VietnamTime.Today(clock).PlusDays(30));

    /// <summary>Why the last create failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Lists the plans.</summary>
    /// <returns>The page.</returns>
    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>Creates a plan as the signed-in user.</summary>
    /// <param name="type">The plan type.</param>
    /// <param name="session">The session date.</param>
    /// <param name="id">The plan id, or empty to make one.</param>
    /// <returns>The new plan's page, or this page with the error.</returns>
    public async Task<IActionResult> OnPostAsync(string type, string? session, string? id)
    {
        var actor = actors.Map(User);
        if (actor is null)
        {
            return Forbid();
        }

        try
        {
            var plan = await engine.CreateAsync(new CreatePlan
            {
                TypeKey = type,
                By = actor,
                PlanId = string.IsNullOrWhiteSpace(id) ? null : id.Trim(),
                Parameters = Parameters(type, session),
            }, HttpContext.RequestAborted);
            return Redirect($"/plan/{Uri.EscapeDataString(plan.Id)}");
        }
        catch (DialogueWorkflowException e)
        {
            Error = PlanModel.Describe(e);
            await LoadAsync();
            return Page();
        }
    }

    // The session date also sets the plan's year, for the types that have one.
    private List<KeyValuePair<string, string>> Parameters(string type, string? session)
    {
        if (string.IsNullOrWhiteSpace(session))
        {
            return [];
        }

        var parameters = new List<KeyValuePair<string, string>> { new("session", session) };
        if (engine.PlanTypes.Get(type).Parameters.Any(p => p.Key == "year") && session.Length >= 4)
        {
            parameters.Add(new("year", session[..4]));
        }

        return parameters;
    }

    private async Task LoadAsync()
    {
        var now = clock.GetCurrentInstant();
        Plans = [.. (await engine.ListAsync(HttpContext.RequestAborted)).Select(p => (p, engine.Due(p, now).Count(d => d.State == DueState.Overdue)))];
    }
}
