namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A plan in a list.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Type">Its plan type's key.</param>
/// <param name="TypeVersion">Its plan type's version.</param>
/// <param name="Title">Its title. In a list, the English is its plan type's English title (a plan's own view has the plan's).</param>
/// <param name="Status">Its state, camel case: <c>draft</c>, <c>issued</c>, <c>inProgress</c>, <c>completed</c>, <c>cancelled</c>.</param>
/// <param name="Version">Its version (the number of its events), as the <c>ETag</c> carries it.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record PlanSummaryView(string Id, string Type, int TypeVersion, LocalizedText Title, string Status, long Version, DateTimeOffset CreatedAt)
{
    /// <summary>The issued plan's document number: <c>45/KH-UBND</c>.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>The tenant it belongs to.</summary>
    public string? TenantId { get; init; }

    /// <summary>Who issues it: <c>UBND phường Chánh Lộ</c>.</summary>
    public string? Issuer { get; init; }

    /// <summary>Its year.</summary>
    public int? Year { get; init; }

    /// <summary>How many of its open tasks have a due date.</summary>
    public int OpenItems { get; init; }

    /// <summary>How many of them are overdue today.</summary>
    public int OverdueItems { get; init; }

    /// <summary>The earliest due date of an open task; null when none is dated.</summary>
    public DateOnly? NextDue { get; init; }
}
