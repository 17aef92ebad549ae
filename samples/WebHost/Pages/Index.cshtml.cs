using Dialogue.Workflows.AspNetCore.Identity;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Storage;
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
    /// <summary>How many plans a page shows.</summary>
    public const int PageSize = 50;

    /// <summary>A page of plans, oldest first, from the read model: open and overdue tasks and the next due date, without loading the plans.</summary>
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    /// <summary>Where the next page starts (<c>?after=</c>); null on the last page.</summary>
    public long? Next { get; private set; }

    /// <summary>The English title of a plan's type, shown under its Vietnamese title.</summary>
    /// <param name="plan">The plan's row.</param>
    /// <returns>The type's English title, or nothing when this host does not know the type.</returns>
    public string EnglishTitle(PlanSummary plan) =>
        engine.PlanTypes.All.FirstOrDefault(t => t.Key == plan.TypeKey && t.Version == plan.TypeVersion)?.EnglishTitle ?? string.Empty;

    /// <summary>The plan types one may create.</summary>
    public IReadOnlyList<IPlanType> Types => engine.PlanTypes.Latest;

    /// <summary>The session date the form proposes: thirty days from today.</summary>
    public string DefaultSession => LocalDatePattern.Iso.Format(VietnamTime.Today(clock).PlusDays(30));

    /// <summary>Why the last create failed.</summary>
    public string? Error { get; private set; }

    /// <summary>Lists a page of plans.</summary>
    /// <param name="after">Where the page starts: the previous page's <see cref="Next"/>; null for the first.</param>
    /// <returns>The page.</returns>
    public async Task OnGetAsync(long? after) => await LoadAsync(after);

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
                Parameters = Parameters(session),
            }, HttpContext.RequestAborted);
            return Redirect($"/plan/{Uri.EscapeDataString(plan.Id)}");
        }
        catch (DialogueWorkflowException e)
        {
            Error = PlanModel.Describe(e);
            await LoadAsync(null);
            return Page();
        }
    }

    // Every type takes the plan's year from its session, so the session is all the form asks for.
    private static List<KeyValuePair<string, string>> Parameters(string? session) =>
        string.IsNullOrWhiteSpace(session) ? [] : [new("session", session)];

    private async Task LoadAsync(long? after)
    {
        var page = await engine.ListPlansAsync(new PlanQuery { Limit = PageSize, After = after, Today = VietnamTime.Today(clock) }, HttpContext.RequestAborted);
        Plans = page.Plans;
        Next = page.Next;
    }
}
