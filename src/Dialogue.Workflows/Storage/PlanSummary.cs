using NodaTime;

namespace Dialogue.Workflows.Storage;

/// <summary>
/// A plan's row in the read model: what lists and filters of plans need, kept by the store with every append
/// so that listing plans never replays them.
/// </summary>
/// <remarks>
/// The engine computes the row from the plan after each command; the store writes it in the transaction of the
/// events it derives from. <see cref="OverdueItems"/> depends on the day it is asked for, so queries fill it;
/// it is not stored.
/// </remarks>
/// <param name="PlanId">The plan's id.</param>
/// <param name="TypeKey">The plan type's key.</param>
/// <param name="TypeVersion">The plan type's version.</param>
/// <param name="Title">The plan's official title.</param>
/// <param name="Issuer">The body that issues the plan.</param>
/// <param name="Year">The plan's year.</param>
/// <param name="TenantId">The tenant, when the host has several.</param>
/// <param name="Status">The plan's status, by name (<c>Draft</c>, <c>Issued</c>, <c>InProgress</c>, <c>Completed</c>, <c>Cancelled</c>); <c>Damaged</c> for a plan that cannot be read.</param>
/// <param name="Version">The plan's version the row was computed from.</param>
public sealed record PlanSummary(string PlanId, string TypeKey, int TypeVersion, string Title, string Issuer, int Year, string? TenantId, string Status, long Version)
{
    /// <summary>The status name of a plan whose history cannot be read.</summary>
    public const string DamagedStatus = "Damaged";

    /// <summary>The issued plan's document number.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>When the plan was created.</summary>
    public Instant CreatedAt { get; init; }

    /// <summary>How many open steps with a due date the plan has.</summary>
    public int OpenItems { get; init; }

    /// <summary>How many of them are overdue on the day a query asked about; 0 in rows handed to a store.</summary>
    public int OverdueItems { get; init; }

    /// <summary>The earliest due date of an open step; null when none is dated.</summary>
    public LocalDate? NextDue { get; init; }

    /// <summary>The fingerprint of the working calendar the due dates were computed with.</summary>
    public string Calendar { get; init; } = string.Empty;

    /// <summary>Lower-case text the plan is found by (id, title, issuer, document number); computed by the engine.</summary>
    public string SearchText { get; init; } = string.Empty;

    /// <summary>Why the plan cannot be read, for a <see cref="DamagedStatus"/> row; null otherwise.</summary>
    public string? Problem { get; init; }

    /// <summary>The store's creation order of the plan: the cursor of <see cref="PlanQuery.After"/>. Filled by queries.</summary>
    public long Sequence { get; init; }
}
