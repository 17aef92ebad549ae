using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Ward.AdministrativeProcedure;

/// <summary>
/// The bodies around the ward in an <c>administrative-procedure</c> plan, by the structure of the conference's day: the document's
/// district before 01/07/2025, the province from then on (<see cref="LocalGovernmentReform"/>), or the bodies the plan names.
/// </summary>
internal sealed record AdministrativeProcedureBodies(bool TwoTier, PlanBody Superior, PlanBody Announcer)
{
    /// <summary>The key of the unit added when the plan names an announcer other than the ward's committee.</summary>
    public const string AnnouncerKey = "announcer";

    /// <summary>The announcer as a unit of its own, or nothing when the ward's committee announces, as the document has it.</summary>
    public IReadOnlyList<ResponsibleUnit> AnnouncerUnit => Announcer.IsDocuments ? [] : [new(AnnouncerKey, Announcer.Name, Announcer.EnglishName)];

    public static AdministrativeProcedureBodies Read(PlanParameters parameters, Anchor session, string committee)
    {
        // A conference known only by its period is judged by the period's first day, as LegalBasis judges it.
        var twoTier = LocalGovernmentReform.IsTwoTier(session.Period.Start);
        var province = parameters.Text(AdministrativeProcedurePlanType.ProvinceParameter);
        var superior = PlanBody.ForDay(parameters.OptionalText(AdministrativeProcedurePlanType.SuperiorParameter), session.Period.Start,
            new($"Ủy ban nhân dân {parameters.Text(AdministrativeProcedurePlanType.DistrictParameter)}", "the district People's Committee", IsDocuments: true),
            new($"Ủy ban nhân dân {province}", $"the People's Committee of {province}"));
        // The document's ward committee announces in both eras; naming it again is naming the document's body.
        var own = new PlanBody(committee, "the ward People's Committee", IsDocuments: true);
        var named = parameters.OptionalText(AdministrativeProcedurePlanType.AnnouncerParameter);
        var announcer = PlanBody.ForDay(named == committee ? null : named, session.Period.Start, own, own);
        return new(twoTier, superior, announcer);
    }

    /// <summary>The notes that record a body other than the document's, the reform, and the merged wards.</summary>
    public IEnumerable<PolicyClause> Notes(string ward, IReadOnlyList<string> formerWards)
    {
        if (!Superior.IsDocuments)
        {
            yield return TwoTier
                ? new($"Cơ quan cấp trên nhận báo cáo: {Superior.Name} ({LocalGovernmentReform.Text}; văn bản gốc báo cáo Ủy ban nhân dân quận).",
                    $"Superior body receiving the report: {Superior.EnglishName} ({LocalGovernmentReform.EnglishText}; the source plan reports to the district).",
                    "III.2, gạch đầu dòng 5")
                : new($"Cơ quan cấp trên nhận báo cáo: {Superior.Name} (do kế hoạch nêu).", $"Superior body receiving the report: {Superior.EnglishName} (as the plan names it).",
                    "III.2, gạch đầu dòng 5");
        }

        if (TwoTier)
        {
            yield return new("Từ ngày 01/07/2025 không còn cấp huyện: kế hoạch của Ủy ban nhân dân quận không còn là căn cứ mặc định; kế hoạch nêu căn cứ của mình (tham số basis).",
                "From 2025-07-01 there is no district level: the district's plan is no longer the default basis; the plan names its own (parameter basis).", "Căn cứ");
        }

        if (!Announcer.IsDocuments)
        {
            yield return new($"{Announcer.Name} phát hành giấy mời dự Hội nghị (văn bản gốc: Ủy ban nhân dân phường).",
                $"{Announcer.EnglishName} sends the invitations to the conference (the source plan: the ward People's Committee).", "II.4, gạch đầu dòng 4");
        }

        var name = ward.Length == 0 ? ward : char.ToUpperInvariant(ward[0]) + ward[1..];
        if (LocalGovernmentReform.MergedUnitsNote(name, name, formerWards) is { } merged)
        {
            yield return merged;
        }
    }
}
