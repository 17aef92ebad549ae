using NodaTime;

namespace Dialogue.Workflows.Storage;

/// <summary>An open step of a plan with a due date: a row of the read model's index of what falls due.</summary>
/// <param name="PlanId">The plan.</param>
/// <param name="EntityId">The step's id within the plan (a task id such as <c>notice@s1</c>).</param>
/// <param name="Kind">What the step is: <c>task</c>.</param>
/// <param name="Owner">The key of the unit that owns the step.</param>
/// <param name="Due">The step's due date, computed with the calendar named by the plan's <see cref="PlanSummary.Calendar"/>.</param>
/// <param name="State">The step's state by name (<c>Open</c>).</param>
public sealed record DatedItem(string PlanId, string EntityId, string Kind, string Owner, LocalDate Due, string State)
{
    /// <summary>The owning unit's name.</summary>
    public string OwnerName { get; init; } = string.Empty;

    /// <summary>The step's official title.</summary>
    public string Title { get; init; } = string.Empty;

    /// <summary>The step's title in English.</summary>
    public string EnglishTitle { get; init; } = string.Empty;

    /// <summary>The session the step belongs to; null for a plan-wide step.</summary>
    public string? Session { get; init; }

    /// <summary>The plan's tenant, so that a tenant's steps are found without its plans.</summary>
    public string? TenantId { get; init; }

    /// <summary>The date the working calendar last moved the deadline from, when it did; null otherwise.</summary>
    public LocalDate? MovedFrom { get; init; }

    /// <summary>The date the working calendar last moved the deadline to, when it did; null otherwise.</summary>
    public LocalDate? MovedTo { get; init; }
}
