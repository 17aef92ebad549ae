using Dialogue.Workflows.Deadlines;

namespace Dialogue.Workflows.Plans;

/// <summary>How a plan takes and answers citizens' petitions (kiến nghị, phản ánh).</summary>
/// <remarks>
/// The engine enforces the structured parts: the registration window, the excluded categories,
/// the answer deadline and the outcomes a plan allows. <see cref="Clauses"/> keeps every rule of
/// the document in words, so reports can quote it.
/// </remarks>
public sealed record PetitionPolicy
{
    /// <summary>When registration forms are accepted (e.g. a window "từ ngày 18/10/2021 đến hết ngày 25/10/2021"), or null when petitions are taken at any time.</summary>
    public DeadlineRule? RegistrationWindow { get; init; }

    /// <summary>What the registration window counts from, when it is relative. Default: none (absolute dates).</summary>
    public AnchorPoint RegistrationAnchor { get; init; } = AnchorPoint.None;

    /// <summary>Whether petitions raised at the session itself are taken. Default: true.</summary>
    public bool AcceptsAtSession { get; init; } = true;

    /// <summary>Categories that are not dialogue topics here: "Hội nghị không đối thoại những nội dung liên quan đến khiếu nại, tố cáo".</summary>
    public IReadOnlyList<PetitionCategory> ExcludedCategories { get; init; } = [];

    /// <summary>The answer deadline, or null when the document sets none.</summary>
    public DeadlineRule? AnswerDeadline { get; init; }

    /// <summary>
    /// The duty each forwarded petition gives the unit it goes to, with its own deadline (the TTHC
    /// departments' "sau 03 ngày kể từ ngày nhận được văn bản"), or null. Unlike <see cref="AnswerDeadline"/>,
    /// which the final answer is measured against, it is a task of that unit in the timeline and the due list.
    /// </summary>
    public PetitionDuty? AnswerProposal { get; init; }

    /// <summary>What <see cref="AnswerDeadline"/> counts from.</summary>
    public PetitionAnswerAnchor AnswerAnchor { get; init; } = PetitionAnswerAnchor.Assigned;

    /// <summary>Who answers which domain; empty when one official answers everything.</summary>
    public IReadOnlyList<PetitionRoute> Routes { get; init; } = [];

    /// <summary>Whether a petition not answered at the session is answered in writing. Default: true.</summary>
    public bool AnswersInWritingWhenNotAnsweredAtSession { get; init; } = true;

    /// <summary>Whether a matter beyond the body's authority is reported to the level above (escalated). Default: true.</summary>
    public bool EscalatesBeyondAuthority { get; init; } = true;

    /// <summary>Whether a matter for another body is answered with guidance to the competent body (redirected). Default: true.</summary>
    public bool RedirectsOutsideAuthority { get; init; } = true;

    /// <summary>Whether, when no meeting can be held, every registrant is answered in writing. Default: false.</summary>
    public bool AnswersAllInWritingWhenNoMeeting { get; init; }

    /// <summary>Every rule about petitions in the document, in words with its clause.</summary>
    public IReadOnlyList<PolicyClause> Clauses { get; init; } = [];

    /// <summary>Whether a category is excluded from dialogue.</summary>
    /// <param name="category">The category.</param>
    /// <returns>True when it is not a dialogue topic under this policy.</returns>
    public bool Excludes(PetitionCategory category) => ExcludedCategories.Contains(category);
}
