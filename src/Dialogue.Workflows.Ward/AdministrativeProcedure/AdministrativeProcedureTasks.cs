namespace Dialogue.Workflows.Ward.AdministrativeProcedure;

/// <summary>
/// The keys of the tasks the <c>administrative-procedure</c> plan gives its units, for hosts that
/// complete or waive them. A task repeated for the conference has the id <c>key@conference</c>
/// (<see cref="AdministrativeProcedurePlanType.SessionKey"/>); the two plan-wide tasks keep their key.
/// </summary>
/// <remarks>Listed in the document's order of work; the clause of plan 151/KH-UBND is given for each.</remarks>
public static class AdministrativeProcedureTasks
{
    /// <summary>III.2, first bullet: the office advises on drafting the plan. Plan-wide; no deadline.</summary>
    public const string DraftPlan = "draft-plan";

    /// <summary>III.2, second bullet: the office posts the plan on the ward's website. Plan-wide; no deadline.</summary>
    public const string PublishPlan = "publish-plan";

    /// <summary>III.2, third bullet and II.4: the office receives, classifies and forwards the registration forms, within the registration window.</summary>
    public const string ReceiveForms = "receive-forms";

    /// <summary>III.3 and II.4: the departments prepare the answers to the forms forwarded to them, within their window.</summary>
    public const string DepartmentAnswers = "department-answers";

    /// <summary>III.3: for matters not theirs, the departments draft guidance to the competent body and recommendations to the level above, within the same window.</summary>
    public const string DepartmentGuidance = "department-guidance";

    /// <summary>II.4: the office compiles the content of the dialogue, within its window.</summary>
    public const string CompileContent = "compile-content";

    /// <summary>III.2, fifth bullet: the office builds the conference programme. No deadline in the document.</summary>
    public const string BuildProgramme = "build-programme";

    /// <summary>III.2, fourth bullet: the office drafts the invitations (giấy mời), dated with the conference.</summary>
    public const string DraftInvitations = "draft-invitations";

    /// <summary>II.4, fourth bullet: the People's Committee issues the invitations, or written answers instead when COVID-19 rules out a meeting.</summary>
    public const string InviteOrAnswerInWriting = "invite-or-answer-in-writing";

    /// <summary>II.1: the ward's leaders chair and run the conference. At the conference.</summary>
    public const string ChairConference = "chair-conference";

    /// <summary>II.2, first bullet: the forms that are on topic and on time are answered at the conference.</summary>
    public const string AnswerAtConference = "answer-at-conference";

    /// <summary>II.2, first bullet: invited registrants who reported their absence get the answers at the address on their form.</summary>
    public const string AnswerAbsent = "answer-absent";

    /// <summary>II.2, second bullet: petitions raised at the conference and not answerable at once are answered in writing.</summary>
    public const string AnswerInWriting = "answer-in-writing";

    /// <summary>II.2, second bullet: petitions beyond the ward's authority are compiled and reported to the level above.</summary>
    public const string ReportBeyondAuthority = "report-beyond-authority";

    /// <summary>III.2, fifth bullet: the office reports the conference's results to the district People's Committee, before the date the document fixes.</summary>
    public const string ReportToDistrict = "report-district";
}
