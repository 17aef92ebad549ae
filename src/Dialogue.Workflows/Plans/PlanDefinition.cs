using NodaTime;

namespace Dialogue.Workflows.Plans;

/// <summary>
/// Everything a plan fixes, as a plan type declares it from its parameters: sessions, units and
/// their tasks with deadline rules, the agenda, participants, petition policy and after-session duties.
/// </summary>
/// <remarks>
/// A definition is plain data. <see cref="Validate"/> checks that it hangs together (unique keys,
/// known owners, ordered agenda); the engine validates every definition before it runs a plan.
/// </remarks>
public sealed record PlanDefinition
{
    /// <summary>The plan type's key, e.g. <c>ward-chairman</c>.</summary>
    public required string TypeKey { get; init; }

    /// <summary>The plan type's version; an instance stays on the version it started with.</summary>
    public required int TypeVersion { get; init; }

    /// <summary>The plan's title, as the document writes it.</summary>
    public required string Title { get; init; }

    /// <summary>The plan's title in English.</summary>
    public required string EnglishTitle { get; init; }

    /// <summary>The issuing body ("UBND phường Chánh Lộ").</summary>
    public required string Issuer { get; init; }

    /// <summary>The year the plan runs in.</summary>
    public required int Year { get; init; }

    /// <summary>The document number ("151/KH-UBND"), when known.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The date the document was issued, when known.</summary>
    public LocalDate? IssuedOn { get; init; }

    /// <summary>The documents the plan rests on (căn cứ).</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    /// <summary>The law the plan's type follows and the days it is in force (see <see cref="IPlanType.LegalBasis"/>), or null.</summary>
    public LegalBasis? LegalBasis { get; init; }

    /// <summary>The units given tasks.</summary>
    public IReadOnlyList<ResponsibleUnit> Units { get; init; } = [];

    /// <summary>The sessions provided for.</summary>
    public IReadOnlyList<SessionDefinition> Sessions { get; init; } = [];

    /// <summary>The tasks, in the document's order.</summary>
    public IReadOnlyList<TaskDefinition> Tasks { get; init; } = [];

    /// <summary>The programme of each session, in order.</summary>
    public IReadOnlyList<AgendaItem> Agenda { get; init; } = [];

    /// <summary>Who takes part.</summary>
    public IReadOnlyList<ParticipantGroup> Participants { get; init; } = [];

    /// <summary>How petitions are taken and answered.</summary>
    public PetitionPolicy Petitions { get; init; } = new();

    /// <summary>Rules on sessions: minimum a year, announcement lead time, ad-hoc sessions.</summary>
    public PlanRules Rules { get; init; } = new();

    /// <summary>Who results are reported to (nơi nhận báo cáo).</summary>
    public IReadOnlyList<ReportRecipient> ReportRecipients { get; init; } = [];

    /// <summary>Who may do what: issue, chair, conclude, answer, report, complete; see <see cref="PlanAuthority"/>.</summary>
    public PlanAuthority Authority { get; init; } = new();

    /// <summary>The plan type's own rules on triggers, beyond the library's.</summary>
    public IReadOnlyList<PlanGuard> Guards { get; init; } = [];

    /// <summary>Other rules of the document kept in words: scope, form, funding.</summary>
    public IReadOnlyList<PolicyClause> Notes { get; init; } = [];

    /// <summary>Finds a unit by key.</summary>
    /// <param name="key">The unit's key.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="KeyNotFoundException">No unit has that key.</exception>
    public ResponsibleUnit Unit(string key) =>
        Units.FirstOrDefault(u => u.Key == key) ?? throw new KeyNotFoundException($"Plan '{TypeKey}' has no unit '{key}'.");

    /// <summary>Finds a unit by its key, or by its Vietnamese or English name (case and Unicode normalisation ignored).</summary>
    /// <param name="keyOrName">The key (<c>office</c>) or the name ("Văn phòng phường").</param>
    /// <returns>The unit, or null when the plan has none by that key or name.</returns>
    public ResponsibleUnit? FindUnit(string? keyOrName)
    {
        if (string.IsNullOrWhiteSpace(keyOrName))
        {
            return null;
        }

        var wanted = keyOrName.Trim().Normalize(System.Text.NormalizationForm.FormC);
        return Units.FirstOrDefault(u => u.Key == wanted)
            ?? Units.FirstOrDefault(u => string.Equals(u.Name.Normalize(System.Text.NormalizationForm.FormC), wanted, StringComparison.OrdinalIgnoreCase)
                || string.Equals(u.EnglishName, wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Checks the definition hangs together.</summary>
    /// <exception cref="PlanDefinitionException">Something is wrong; every problem is listed.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        Require(!string.IsNullOrWhiteSpace(TypeKey), "the type key is empty");
        Require(TypeVersion >= 1, $"the type version {TypeVersion} is not 1 or more");
        Require(Year is >= 1995 and <= 2199, $"the year {Year} is outside 1995..2199");
        Duplicates(Units.Select(u => u.Key), "unit");
        Duplicates(Sessions.Select(s => s.Key), "session");
        Duplicates(Tasks.Select(t => t.Key), "task");
        Require(Sessions.Count > 0 || Rules.AllowsAdHocSessions, "the plan has no session and allows no ad-hoc session");
        var units = Units.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var tasks = Tasks.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var task in Tasks)
        {
            Require(units.Contains(task.Owner), $"task '{task.Key}' is owned by unknown unit '{task.Owner}'");
            foreach (var supporting in task.Supporting)
            {
                Require(units.Contains(supporting), $"task '{task.Key}' names unknown supporting unit '{supporting}'");
            }

            if (task.Anchor == AnchorPoint.TaskDone)
            {
                Require(task.AnchorTask is not null && tasks.Contains(task.AnchorTask) && task.AnchorTask != task.Key,
                    $"task '{task.Key}' counts from task '{task.AnchorTask}', which is not another task of the plan");
            }

            Require(task.Anchor != AnchorPoint.PetitionAssigned, $"task '{task.Key}' counts from a petition's forwarding, which only the petition policy's answer proposal does");
            Require(task.Key != PetitionDuty.TaskKey || Petitions.AnswerProposal is null,
                $"task key '{PetitionDuty.TaskKey}' is taken by the petitions' answer proposal");
            Require(task.CompletedBy is null or PlanAction.AnnounceSession or PlanAction.HoldSession or PlanAction.ConcludeSession
                or PlanAction.ReportSession or PlanAction.CloseSession or PlanAction.AnswerSessionInWriting,
                $"task '{task.Key}' is completed by {task.CompletedBy}, which is not a session's step");
            Require(task.CompletedBy is null || task.PerSession, $"task '{task.Key}' is completed by a session's step but is not done per session");
            if (task.Deadline is { UsesAnchor: true })
            {
                Require(task.Anchor != AnchorPoint.None, $"task '{task.Key}' has a rule counted from an anchor but no anchor");
            }
        }

        for (var i = 0; i < Agenda.Count; i++)
        {
            Require(Agenda[i].Order == i + 1, $"agenda item '{Agenda[i].Title}' is numbered {Agenda[i].Order}, expected {i + 1}");
        }

        Require(Rules.MinimumSessionsPerYear >= 0, "the minimum number of sessions is negative");
        foreach (var grant in Authority.Grants)
        {
            Require(grant.Units.Count > 0, $"the grant for {grant.Action} names no unit");
            foreach (var unit in grant.Units.Concat(grant.Delegates))
            {
                Require(units.Contains(unit), $"the grant for {grant.Action} names unknown unit '{unit}'");
            }
        }

        foreach (var unit in Authority.RecordingUnits)
        {
            Require(units.Contains(unit), $"the recording unit '{unit}' is not a unit of the plan");
        }

        foreach (var route in Petitions.Routes.Where(r => r.Unit is not null))
        {
            Require(units.Contains(route.Unit!), $"the route for domain '{route.Domain}' names unknown unit '{route.Unit}'");
        }

        foreach (var prerequisite in Rules.SessionPrerequisites)
        {
            Require(tasks.Contains(prerequisite), $"the session prerequisite '{prerequisite}' is not a task of the plan");
        }
        if (problems.Count > 0)
        {
            throw new PlanDefinitionException(TypeKey, problems);
        }

        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }

        void Duplicates(IEnumerable<string> keys, string what)
        {
            foreach (var key in keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1))
            {
                problems.Add($"{what} key '{key.Key}' is used {key.Count()} times");
            }
        }
    }
}
