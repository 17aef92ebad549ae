using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Party.PartyCommittee;

/// <summary>
/// The bodies around the ward Party committee in a <c>party-committee</c> plan, by the structure of the conference's day: the
/// document's city Party organisation before 01/07/2025, the province's from then on (<see cref="LocalGovernmentReform"/>), or the
/// bodies the plan names.
/// </summary>
internal sealed record PartyCommitteeBodies(bool TwoTier, PlanBody Superior, PlanBody Announcer)
{
    /// <summary>The key of the unit added when the plan names an announcer other than the ward Party committee.</summary>
    public const string AnnouncerKey = "announcer";

    /// <summary>The announcer as a unit of its own, or nothing when the ward Party committee announces, as the document has it.</summary>
    public IReadOnlyList<ResponsibleUnit> AnnouncerUnit => Announcer.IsDocuments ? [] : [new(AnnouncerKey, Announcer.Name, Announcer.EnglishName)];

    public static PartyCommitteeBodies Read(PlanParameters parameters, Anchor session)
    {
        // A conference known only by its period is judged by the period's first day, as LegalBasis judges it.
        var twoTier = LocalGovernmentReform.IsTwoTier(session.Period.Start);
        var ward = parameters.Text(PartyCommitteePlanType.WardParameter);
        var province = parameters.Text(PartyCommitteePlanType.ProvinceParameter);
        var city = parameters.Text(PartyCommitteePlanType.CityParameter);
        var superior = PlanBody.ForDay(parameters.OptionalText(PartyCommitteePlanType.SuperiorParameter), session.Period.Start,
            new($"Đảng bộ {city}", $"the {city} Party organisation", IsDocuments: true),
            new($"Đảng bộ tỉnh {province}", $"the {province} provincial Party organisation"));
        // The ward Party committee announces in both eras; naming it again is naming the document's body.
        var own = new PlanBody($"Đảng ủy {ward}", $"the {ward} Party committee", IsDocuments: true);
        var named = parameters.OptionalText(PartyCommitteePlanType.AnnouncerParameter);
        var announcer = PlanBody.ForDay(named == own.Name ? null : named, session.Period.Start, own, own);
        return new(twoTier, superior, announcer);
    }

    /// <summary>The notes that record a body other than the document's, the reform, and the merged wards.</summary>
    public IEnumerable<PolicyClause> Notes(string ward, IReadOnlyList<string> formerWards)
    {
        if (!Superior.IsDocuments)
        {
            yield return TwoTier
                ? new($"Cấp ủy cấp trên: {Superior.Name} ({LocalGovernmentReform.Text}; cấp ủy cấp huyện cũng kết thúc; văn bản gốc: Đảng bộ thành phố).",
                    $"Superior Party organisation: {Superior.EnglishName} ({LocalGovernmentReform.EnglishText}; district Party committees ended too; the source plan: " +
                    "the city's).", "Nơi nhận")
                : new($"Cấp ủy cấp trên: {Superior.Name} (do kế hoạch nêu).", $"Superior Party organisation: {Superior.EnglishName} (as the plan names it).", "Nơi nhận");
        }

        if (TwoTier)
        {
            yield return new("Từ ngày 01/07/2025, Quy chế 1816-QĐ/TU của Ban Thường vụ Thành ủy và Quy chế làm việc nhiệm kỳ 2020 – 2025 không còn là căn cứ mặc định; " +
                "căn cứ mặc định chỉ giữ Quyết định 218-QĐ/TW mà văn bản gốc viện dẫn (hiệu lực hiện nay chưa kiểm tra); kế hoạch nêu căn cứ của mình (tham số basis).",
                "From 2025-07-01 the city standing board's regulation 1816-QĐ/TU and the 2020–2025 working rules are no longer the default basis; the default keeps only " +
                "Decision 218-QĐ/TW, which the source plan cites (whether it is still in force was not checked); the plan names its own (parameter basis).", "Căn cứ");
        }

        if (!Announcer.IsDocuments)
        {
            yield return new($"{Announcer.Name} thông báo, phát hành giấy mời dự hội nghị (văn bản gốc: Đảng ủy phường).",
                $"{Announcer.EnglishName} announces the conference and sends the invitations (the source plan: the ward Party committee).", "III.1");
        }

        if (LocalGovernmentReform.MergedUnitsNote(ward, ward, formerWards) is { } merged)
        {
            yield return merged;
        }
    }
}
