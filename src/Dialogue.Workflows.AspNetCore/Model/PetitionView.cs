namespace Dialogue.Workflows.AspNetCore.Model;

/// <summary>A petition (kiến nghị) received for a plan.</summary>
/// <param name="Id">Its id: <c>P-001</c>.</param>
/// <param name="Status">Its state, camel case: <c>received</c>, <c>classified</c>, <c>answered</c> ….</param>
/// <param name="Subject">What it is about.</param>
/// <param name="Petitioner">Who filed it.</param>
/// <param name="Channel">How it came: <c>inPerson</c>, <c>written</c> ….</param>
/// <param name="ReceivedOn">The day it was received.</param>
public sealed record PetitionView(string Id, string Status, string Subject, string Petitioner, string Channel, DateOnly ReceivedOn)
{
    /// <summary>The session it was received for.</summary>
    public string? Session { get; init; }

    /// <summary>Its category, camel case, once classified.</summary>
    public string? Category { get; init; }

    /// <summary>Its domain, once classified.</summary>
    public string? Domain { get; init; }

    /// <summary>The unit it is assigned to.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>The day its answer is due.</summary>
    public DateOnly? AnswerDue { get; init; }

    /// <summary>Its result, once it has one.</summary>
    public string? Outcome { get; init; }

    /// <summary>The day it was resolved.</summary>
    public DateOnly? ResolvedOn { get; init; }
}
