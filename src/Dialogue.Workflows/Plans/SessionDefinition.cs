using Dialogue.Workflows.Deadlines;

namespace Dialogue.Workflows.Plans;

/// <summary>A session (buổi đối thoại, hội nghị) a plan provides for.</summary>
/// <param name="Key">A stable key, unique in the plan, e.g. <c>q2</c>, <c>session-1</c>.</param>
/// <param name="Title">The session, in Vietnamese.</param>
/// <param name="EnglishTitle">The session, in English.</param>
/// <param name="When">Its date, or the period it is planned in ("Quý III/2023") until it gets a date.</param>
public sealed record SessionDefinition(string Key, string Title, string EnglishTitle, Anchor When)
{
    /// <summary>The place, when the document names it.</summary>
    public string? Venue { get; init; }

    /// <summary>Who the session is for: communes, residential groups, or the whole ward.</summary>
    public IReadOnlyList<string> Scope { get; init; } = [];

    /// <summary>What the session is about, in Vietnamese.</summary>
    public string? Topic { get; init; }
}
