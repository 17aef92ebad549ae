namespace Dialogue.Workflows.Runtime.Rules;

/// <summary>The rules the library checks on every plan, whatever its type.</summary>
internal static class LibraryRules
{
    public static IReadOnlyList<CommandRule> All { get; } =
    [
        new SessionDateInRangeRule(),
        new SessionDateNotPastRule(),
        new SessionSameDateRule(),
        new SessionWithinPeriodRule(),
        new SessionOrderRule(),
        new SessionPrerequisitesRule(),
        new AnnouncementLeadTimeRule(),
        new AdHocSessionRule(),
        new SessionHeldOnItsDateRule(),
        new MinimumSessionsOnCancelRule(),
        new ReportRecipientsRule(),
        new AllRecipientsReportedRule(),
        new MinimumSessionsHeldRule(),
        new TaskAfterSessionRule(),
        new ExtensionInRangeRule(),
        new ExtensionLaterRule(),
        new PetitionSessionOpenRule(),
        new PetitionIntakeRule(),
        new PetitionDomainRule(),
        new ExcludedCategoryReclassificationRule(),
        new AssignedUnitRule(),
        new WrittenAnswersRule(),
        new AnswerAtHeldSessionRule(),
        new AnswerAtSessionReceivedBeforeRule(),
        new AnswerAtSessionOnTimeRule(),
        new SessionLawInForceRule(),
    ];
}
