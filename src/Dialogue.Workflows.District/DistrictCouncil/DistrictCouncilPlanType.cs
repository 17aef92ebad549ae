using System.Globalization;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.District.DistrictCouncil;

/// <summary>
/// The <c>district-council</c> plan type: direct meetings and dialogues of the chairman of a district
/// People's Council with citizens for a year (kế hoạch tiếp xúc, đối thoại trực tiếp … của đồng chí
/// Chủ tịch Hội đồng nhân dân huyện), after the plan of the Sơn Động district (Bắc Giang) Council for 2024.
/// </summary>
/// <remarks>
/// <para>
/// The plan holds two planned sessions, one in the second quarter and one in the third, each with
/// the communes and towns it is for (II.2), and lets sessions be added whenever an issue arises
/// (đối thoại đột xuất, II.2 and IV). Every session gets the same steps: the preparation the
/// district Council and People's Committee office leads (III.1, IV.1) with the communes' petitions
/// (IV.3), the programme (III.2), and after the session the conclusion notice, the follow-up, the
/// reports to the provincial Council's standing committee and the district Party standing
/// committee, the dossier, and the Front's supervision (III.3, IV.1).
/// </para>
/// <para>
/// The document sets no number of days for any step: preparation is "before" the session, the
/// after-session duties are "after" it or "theo quy định" (under Decision 1158-QĐ/TU). Those tasks
/// therefore carry no deadline rule, and the plan says so in its notes. Only the steps the document
/// places at the session itself ("tại hội nghị") are due on the session's day.
/// </para>
/// <para>
/// Who may act (<see cref="PlanDefinition.Authority"/>) follows the document, with these readings
/// where its words do not map one to one onto an action:
/// </para>
/// <list type="bullet">
/// <item><description>The preamble says the Council's standing committee "xây dựng Kế hoạch"; its
/// office drafts for it (III.1 "tham mưu"), so the office creates the plan, and the chairman, who signs
/// "TM. THƯỜNG TRỰC HĐND / CHỦ TỊCH", issues it (in person or TM.; a vice-chairman KT.). The standing
/// committee itself is not a unit: its signer is the chairman.</description></item>
/// <item><description>The document gives the chairman the sessions (II.3 "Chủ trì", III.3 "kết luận của
/// đồng chí Chủ tịch", IV "Chủ tịch HĐND huyện tổ chức tiếp xúc, đối thoại … đột xuất"), so scheduling,
/// adding, holding, concluding and closing are his; the office "thông tin thời gian" (III.1), so it
/// announces the session without a signature.</description></item>
/// <item><description>The report to the provincial Council's standing committee and the district Party
/// standing committee is the chairman's, drafted by the office (III.3 "Tham mưu báo cáo"): the chairman
/// signs it, the office may sign TL./TUQ.</description></item>
/// <item><description>Petitions: the office receives, classifies and assigns them (III.1) — the chairman
/// too, by the document the office drafts for him (IV.1) — the communes
/// compile theirs (IV.3); the chairman, the People's Committee's leaders and the agencies' heads answer
/// (III.2), each signing; the agencies and the office tell the citizens the result ("trả lời Nhân dân",
/// I.2). The document gives no one a right to refuse or refer a petition: rejecting, redirecting and
/// escalating (I.1 "đề nghị cấp có thẩm quyền") are kept to the chairman.</description></item>
/// <item><description>The office "theo dõi, đôn đốc, kiểm tra việc thực hiện các kết luận" and "tổng hợp báo
/// cáo" (IV.1), so it records any unit's task as done (<see cref="PlanAuthority.RecordingUnits"/>); as the
/// engine counts it, it may also take the other unsigned acts. Waivers, extensions and deviations fall to
/// the chairman who issued the plan.</description></item>
/// </list>
/// <para>
/// Rules: the Q2 session in the second quarter and the Q3 session in the third, in that order; sessions
/// added when an issue arises (II.2); each session's report goes to the two bodies III.3 names, and both
/// must have it before the session closes. The document sets no lead time and no yearly minimum.
/// </para>
/// </remarks>
public sealed class DistrictCouncilPlanType : IPlanType
{
    /// <summary>The plan type's key.</summary>
    public const string TypeKey = "district-council";

    /// <summary>Parameter: the Q2 session's and the Q3 session's dates or periods, in that order (default <c>2024-Q2</c>, <c>2024-Q3</c>).</summary>
    public const string SessionParameter = "session";

    /// <summary>Parameter: the year the plan runs in (default 2024).</summary>
    public const string YearParameter = "year";

    /// <summary>Parameter: the district's name (default "Sơn Động").</summary>
    public const string DistrictParameter = "district";

    /// <summary>Parameter: the province's name (default "Bắc Giang").</summary>
    public const string ProvinceParameter = "province";

    /// <summary>Parameter: the communes and towns of the Q2 session (default the four the document names).</summary>
    public const string SecondQuarterScopeParameter = "q2-scope";

    /// <summary>Parameter: the communes and towns of the Q3 session (default the four the document names).</summary>
    public const string ThirdQuarterScopeParameter = "q3-scope";

    /// <summary>Parameter: the plan's document number; the document leaves it blank ("Số: /KH-HĐND").</summary>
    public const string DocumentNumberParameter = "document-number";

    /// <summary>Parameter: the day the plan was issued; the document leaves the day blank ("ngày … tháng 01 năm 2024").</summary>
    public const string IssuedOnParameter = "issued-on";

    /// <inheritdoc />
    public string Key => TypeKey;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Tiếp xúc, đối thoại trực tiếp của Chủ tịch Hội đồng nhân dân huyện với Nhân dân";

    /// <inheritdoc />
    public string EnglishTitle => "Direct meetings and dialogues of the district People's Council chairman with citizens";

    /// <summary>
    /// The district-level local government, in force until 30/06/2025: the district People's Council and its chairman ended with
    /// the two-tier local government on 01/07/2025 (<see cref="LocalGovernmentReform"/>).
    /// </summary>
    /// <remarks>
    /// Kept for historical plans. A plan with a session on or after 01/07/2025 is refused when it is started
    /// (<see cref="LawNotInForceException"/>, naming the reform), a session cannot be moved to such a day
    /// (<c>session.law-not-in-force</c>), and the lint explains both; a commune's dialogue from then on is <c>commune-dialogue</c>.
    /// </remarks>
    public LegalBasis LegalBasis { get; } = new(
        "Chính quyền địa phương cấp huyện (Luật Tổ chức chính quyền địa phương 2015); Quyết định 1158-QĐ/TU của Tỉnh ủy Bắc Giang",
        "District-level local government (Law on the Organisation of Local Government 2015); Decision 1158-QĐ/TU of the Bắc Giang provincial Party committee")
    {
        InForceUntil = LocalGovernmentReform.DistrictLevelUntil,
        EndedBy = LocalGovernmentReform.Text,
        EnglishEndedBy = LocalGovernmentReform.EnglishText,
        SourceStatus = "SECONDARY: the end of the district level on 01/07/2025 is quoted by several public sources; the law numbers are CONFIRMED.",
    };

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new(SessionParameter, "Thời gian tiếp xúc, đối thoại Quý II và Quý III (ngày hoặc quý/tháng), theo thứ tự",
            "The Q2 and Q3 sessions' dates or periods, in that order", PlanParameterKind.DateOrPeriod)
        {
            Multiple = true, Defaults = ["2024-Q2", "2024-Q3"],
        },
        new(YearParameter, "Năm thực hiện kế hoạch (mặc định: năm của các buổi)", "The year the plan runs in (default: the sessions' year)", PlanParameterKind.Integer)
        {
            Minimum = 1995, Maximum = 2199,
        },
        new(DistrictParameter, "Tên huyện", "The district's name", PlanParameterKind.Text) { Defaults = ["Sơn Động"] },
        new(ProvinceParameter, "Tên tỉnh", "The province's name", PlanParameterKind.Text) { Defaults = ["Bắc Giang"] },
        new(SecondQuarterScopeParameter, "Các xã, thị trấn tiếp xúc, đối thoại Quý II", "The communes and towns of the Q2 session", PlanParameterKind.Text)
        {
            Multiple = true, Defaults = ["Thị trấn An Châu", "Xã An Bá", "Xã Vĩnh An", "Xã Lệ Viễn"],
        },
        new(ThirdQuarterScopeParameter, "Các xã, thị trấn tiếp xúc, đối thoại Quý III", "The communes and towns of the Q3 session", PlanParameterKind.Text)
        {
            Multiple = true, Defaults = ["Thị trấn Tây Yên Tử", "Xã Yên Định", "Xã Tuấn Đạo", "Xã Thanh Luận"],
        },
        new(DocumentNumberParameter, "Số kế hoạch (văn bản để trống số)", "The plan's number (left blank in the document)", PlanParameterKind.Text),
        new(IssuedOnParameter, "Ngày ban hành kế hoạch (văn bản để trống ngày)", "The day the plan was issued (left blank in the document)", PlanParameterKind.Date),
    ];

    /// <inheritdoc />
    /// <exception cref="InvalidPlanParameterException">
    /// Not exactly two sessions are given, a session is outside the plan's year, or the Q3 session
    /// does not come after the Q2 session.
    /// </exception>
    public PlanDefinition Define(PlanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var texts = parameters.Texts(SessionParameter);
        if (texts.Count != 2)
        {
            throw new InvalidPlanParameterException(Key, SessionParameter, string.Join(", ", texts),
                "two dates or periods, the Q2 session's then the Q3 session's (e.g. 2024-Q2 and 2024-Q3)");
        }

        var anchors = parameters.Anchors(SessionParameter, "ngày tổ chức tiếp xúc, đối thoại", "day of the session");
        var year = PlanYear.Resolve(parameters, YearParameter, SessionParameter, anchors);

        if (anchors[1].Period.Start <= anchors[0].Period.End)
        {
            throw new InvalidPlanParameterException(Key, SessionParameter, texts[1],
                $"a date or period after the Q2 session's ({texts[0]}): the Q3 session comes second");
        }

        var district = parameters.Text(DistrictParameter);
        var province = parameters.Text(ProvinceParameter);
        var issued = parameters.OptionalText(IssuedOnParameter) is null ? (LocalDate?)null : parameters.Date(IssuedOnParameter);
        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = string.Create(CultureInfo.InvariantCulture,
                $"Kế hoạch tiếp xúc, đối thoại trực tiếp và lắng nghe, giải quyết những phản ánh, kiến nghị của nhân dân với đồng chí Chủ tịch Hội đồng nhân dân huyện năm {year}"),
            EnglishTitle = string.Create(CultureInfo.InvariantCulture,
                $"Plan for the district People's Council chairman's direct meetings and dialogues with citizens, hearing and resolving their reports and petitions, {year}"),
            Issuer = $"Thường trực Hội đồng nhân dân huyện {district}",
            Year = year,
            DocumentNumber = parameters.OptionalText(DocumentNumberParameter),
            IssuedOn = issued,
            LegalBasis = LegalBasis,
            Basis = DistrictCouncilDocument.Basis,
            Units = DistrictCouncilDocument.Units,
            Sessions =
            [
                Session("q2", "Quý II", "Q2", anchors[0], parameters.Texts(SecondQuarterScopeParameter)),
                Session("q3", "Quý III", "Q3", anchors[1], parameters.Texts(ThirdQuarterScopeParameter)),
            ],
            Tasks = DistrictCouncilDocument.Tasks(year),
            Agenda = DistrictCouncilDocument.Agenda,
            Participants = DistrictCouncilDocument.Participants,
            Petitions = DistrictCouncilDocument.Petitions,
            Authority = DistrictCouncilDocument.Authority,
            Rules = new PlanRules
            {
                // "Tổ chức tiếp xúc, đối thoại đột xuất khi có phát sinh các vấn đề, vụ việc" (II.2; IV, last paragraph).
                AllowsAdHocSessions = true,
                RequiresAnnouncement = true,
                RequiresConclusionNotice = true,
            },
            ReportRecipients =
            [
                new($"Thường trực HĐND tỉnh {province}", $"Standing committee of the {province} provincial People's Council"),
                new($"Ban Thường vụ Huyện ủy {district}", $"Standing committee of the {district} district Party committee"),
            ],
            Notes = DistrictCouncilDocument.Notes,
        };
    }

    private static SessionDefinition Session(string key, string quarter, string englishQuarter, Anchor when, IReadOnlyList<string> scope) =>
        new(key,
            $"Tiếp xúc, đối thoại {quarter} với đại biểu HĐND các xã, thị trấn và bí thư chi bộ, tổ trưởng tổ dân phố và đại diện nhân dân của các đơn vị: {string.Join(", ", scope)}",
            $"{englishQuarter} meeting and dialogue with commune Council deputies, Party cell secretaries, residential group heads and citizens' representatives of {string.Join(", ", scope)}",
            when)
        {
            Scope = scope,
            Topic = DistrictCouncilDocument.Topic,
        };
}
