using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using static Dialogue.Workflows.Ward.AdministrativeProcedure.AdministrativeProcedureTasks;

namespace Dialogue.Workflows.Ward.AdministrativeProcedure;

/// <summary>
/// The ward People's Committee's direct dialogue with organisations and individuals on administrative
/// procedures (thủ tục hành chính, TTHC) and their handling, after plan 151/KH-UBND of 16/10/2021 of
/// the People's Committee of Ward 1, Tân Bình district, Hồ Chí Minh City: registration forms in a
/// window, answers prepared by the departments, one conference, written answers when no meeting can
/// be held, a report to the district.
/// </summary>
/// <remarks>
/// <para>
/// Every date of the document is a parameter with the document's value as its default, so the same
/// plan can be run in another year: the registration window (II.4, III.1), the departments' window
/// (II.4, III.3), the office's compilation window (II.4), the conference (II.4, "Dự kiến ngày
/// 05/11/2021") and the report's limit (III.2, "trước ngày 10/11/2021"). Windows are kept as written,
/// so the document's own slip — the compilation window ends on Saturday 30/10/2021 — is reported by
/// the engine's lint rather than silently moved.
/// </para>
/// <para>
/// Complaints and denunciations are not dialogue topics (II.3, "Ghi chú"): the engine refuses to
/// answer them and they are rejected. When COVID-19 rules out a meeting (II.4) the conference is
/// replaced by written answers to every registrant (<c>AnswerSessionInWriting</c>).
/// </para>
/// <para>
/// The conference follows the office's compilation of the departments' answers (II.4): besides
/// <see cref="Define"/> refusing such a date as a parameter, the plan names the compilation
/// (<see cref="AdministrativeProcedureTasks.CompileContent"/>) in <see cref="PlanRules.SessionPrerequisites"/>,
/// so the engine also refuses to schedule or move the conference on or before its last day — into the
/// registration window, for instance. The report goes to the district People's Committee only (III.2).
/// </para>
/// <para>
/// <b>Across the 2025 reform.</b> The district level ended on 01/07/2025 (SECONDARY, <see cref="LocalGovernmentReform"/>). For a
/// conference from that day the report goes by default to the province's People's Committee (<see cref="ProvinceParameter"/>,
/// <see cref="SuperiorParameter"/>), the district's plan is no longer the default basis, and the office's first task names the ward's
/// committee instead of the district's. Who announces is unchanged: the document already has the ward's committee send the
/// invitations, and <see cref="AnnouncerParameter"/> names another body only when a plan says so. A merged ward records its former
/// wards with <see cref="FormerWardsParameter"/>. Every other date of the document must be given for another year.
/// </para>
/// <para>
/// Who may act (<see cref="PlanDefinition.Authority"/>), and where it reads the document rather than
/// repeats it:
/// </para>
/// <list type="bullet">
/// <item><description>The plan is signed "CHỦ TỊCH" (Tôn Nữ Hồng Châu): the chairman is the head of the
/// unit <c>committee</c> (the ward People's Committee), so no unit was added for her. She issues,
/// completes or cancels the plan, fixes and moves the conference, sends the invitations or the written
/// answers (II.4 "Ủy ban nhân dân phường sẽ phát hành giấy mời … hoặc tổ chức gửi văn bản trả lời"),
/// reports and closes; a vice-chairman may sign KT.; the office, which drafts the invitations and the
/// report (III.2), may sign them TL./TUQ.</description></item>
/// <item><description>III.2 has the office "Tham mưu Ủy ban nhân dân quận xây dựng kế hoạch" — the
/// district, as written, though the plan is the ward's: the office creates (drafts) the plan.</description></item>
/// <item><description>"Lãnh đạo Ủy ban nhân dân phường chủ trì điều hành Hội nghị" (II.1): the head of
/// <c>leadership</c>, or a deputy KT., holds and concludes the conference; so may the chairman as head of
/// <c>committee</c>, since the leaders are the chairman and the vice-chairmen.</description></item>
/// <item><description>The office receives, classifies and forwards the forms (II.4, III.2). The departments
/// only draft ("tham mưu Thường trực Ủy ban nhân dân phường trả lời", III.3): every domain's route names
/// the committee (<see cref="PetitionRoute.Unit"/>), so its chairman, or a vice-chairman KT., answers;
/// a department's civil servant cannot. Redirecting, escalating and rejecting are the committee's
/// too (II.2, III.3), with the office signing TL. for a rejection (a complaint or denunciation is
/// outside the conference, II.3). Re-classifying a complaint or denunciation into an answerable
/// category needs a recorded deviation by the chairman, so the committee may classify as well as the
/// office: the office cannot deviate.</description></item>
/// <item><description>The office compiles the departments' answers (II.4) and so records any unit's
/// task as done (<see cref="PlanAuthority.RecordingUnits"/>); as the engine counts it, it may also take
/// the other unsigned acts.</description></item>
/// </list>
/// </remarks>
public sealed class AdministrativeProcedurePlanType : IPlanType
{
    /// <summary>The plan type's key: <c>administrative-procedure</c>.</summary>
    public const string TypeKey = "administrative-procedure";

    /// <summary>The key of the plan's single session, the dialogue conference (Hội nghị đối thoại).</summary>
    public const string SessionKey = "conference";

    /// <summary>Parameter: the conference's date or period (II.4 "Dự kiến ngày 05/11/2021"); default <c>2021-11-05</c>.</summary>
    public const string SessionParameter = "session";

    /// <summary>Parameter: the plan's year; default <c>2021</c>. The conference must fall in it.</summary>
    public const string YearParameter = "year";

    /// <summary>Parameter: the first day forms are received (II.4, III.1); default <c>2021-10-18</c>.</summary>
    public const string RegistrationFromParameter = "registration-from";

    /// <summary>Parameter: the last day forms are received, included (II.4, III.1); default <c>2021-10-25</c>.</summary>
    public const string RegistrationToParameter = "registration-to";

    /// <summary>Parameter: the first day of the departments' answers (II.4, III.3); default <c>2021-10-26</c>.</summary>
    public const string AnswersFromParameter = "answers-from";

    /// <summary>Parameter: the last day of the departments' answers, included (II.4, III.3); default <c>2021-10-28</c>.</summary>
    public const string AnswersToParameter = "answers-to";

    /// <summary>Parameter: the first day of the office's compilation (II.4); default <c>2021-10-29</c>.</summary>
    public const string CompileFromParameter = "compile-from";

    /// <summary>Parameter: the last day of the office's compilation, included (II.4); default <c>2021-10-30</c>, a Saturday, as written.</summary>
    public const string CompileToParameter = "compile-to";

    /// <summary>Parameter: the date the report to the superior (the district, in the document) must come before, excluded (III.2); default <c>2021-11-10</c>.</summary>
    public const string ReportBeforeParameter = "report-before";

    /// <summary>Parameter: the ward, as written after "Ủy ban nhân dân"; default <c>phường 1</c>.</summary>
    public const string WardParameter = "ward";

    /// <summary>Parameter: the district the ward reports to; default <c>quận Tân Bình</c>.</summary>
    public const string DistrictParameter = "district";

    /// <summary>
    /// Parameter: the province or centrally run city the ward belongs to, written with its kind as the document writes names
    /// (default <c>Thành phố Hồ Chí Minh</c>, the document's): its People's Committee is the ward's superior from 01/07/2025.
    /// </summary>
    public const string ProvinceParameter = "province";

    /// <summary>
    /// Parameter: the ward's superior body, which receives the conference's report (III.2). Default: the document's
    /// "Ủy ban nhân dân {district}" for a conference before 01/07/2025; from that day "Ủy ban nhân dân {province}", since the
    /// district level is gone and the ward reports to the province (<see cref="LocalGovernmentReform"/>).
    /// </summary>
    public const string SuperiorParameter = "superior";

    /// <summary>
    /// Parameter: the body that announces the conference by its invitations (II.4). Default: the ward People's Committee, in
    /// every year — the document already has the ward announce, so the reform changes nothing here. A body given here that is
    /// not the ward's committee becomes the unit <c>announcer</c>, which may announce the conference as the committee may.
    /// </summary>
    public const string AnnouncerParameter = "announcer";

    /// <summary>Parameter: the wards merged into the ward in an arrangement of administrative units, for the record (repeatable).</summary>
    public const string FormerWardsParameter = "former-wards";

    /// <summary>Parameter: the People's Committee's address, where forms go and the conference meets (II.4, III.1); default <c>số 291 đường Lê Văn Sỹ, phường 1, quận Tân Bình</c>.</summary>
    public const string AddressParameter = "address";

    /// <summary>Parameter: the e-mail address for electronic forms (III.1); default <c>p1.tanbinh@tphcm.gov.vn</c>.</summary>
    public const string EmailParameter = "email";

    /// <summary>Parameter: the office's telephone number (III.1); default <c>028.39913357</c>.</summary>
    public const string PhoneParameter = "phone";

    /// <summary>Parameter: the plan's document number; default <c>151/KH-UBND</c>.</summary>
    public const string NumberParameter = "number";

    /// <summary>Parameter: the plan's date of issue; default <c>2021-10-16</c>. On or before the first day of registration.</summary>
    public const string IssuedOnParameter = "issued-on";

    /// <summary>Parameter: who signs for the People's Committee (Chủ tịch); default <c>Tôn Nữ Hồng Châu</c>.</summary>
    public const string SignerParameter = "signer";

    /// <summary>
    /// Parameter: the documents the plan rests on (căn cứ), one per value. Default: the district's plan 264/KH-UBND-KSTT of 11/10/2021
    /// for a conference before 01/07/2025; none from that day, since the district that issued it is gone — a plan then names its own.
    /// </summary>
    public const string BasisParameter = "basis";

    private const string FormRule = "sau 03 ngày kể từ ngày nhận được văn bản từ Văn phòng Ủy ban nhân dân phường chuyển đến";

    /// <summary>
    /// The departments' time for each form the office forwards to them (III.3): "sau 03 ngày kể từ ngày
    /// nhận được văn bản từ Văn phòng Ủy ban nhân dân phường chuyển đến" — 3 calendar days after the day
    /// of receipt, ending on the next working day when the third day is a day off (Civil Code Art. 147–148).
    /// </summary>
    /// <remarks>
    /// This is the time to <em>prepare</em> the answer; the registrant is answered at the conference. It is
    /// therefore not the plan's <see cref="PetitionPolicy.AnswerDeadline"/>, which the engine compares with the
    /// final answer and would mark every form answered at the conference as late, but the plan's
    /// <see cref="PetitionPolicy.AnswerProposal"/>: each form forwarded to a department gives it the task
    /// <c>answer@P-…</c>, due 3 days after the day it was forwarded, in the timeline and the due list.
    /// The departments' task as a whole carries the window of II.4 as well.
    /// </remarks>
    public static WithinDaysAfterRule FormAnswerDeadline { get; } = DeadlineRule.WithinDaysAfter(3, FormRule);

    /// <inheritdoc />
    public string Key => TypeKey;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Đối thoại trực tiếp với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính";

    /// <inheritdoc />
    public string EnglishTitle => "Direct dialogue with organisations and individuals on administrative procedures and their handling";

    /// <summary>
    /// The basis the type follows: plan 151/KH-UBND of Ward 1 (Tân Bình), which rests on the district's plan 264/KH-UBND-KSTT. No
    /// period: the ward's own dialogue on administrative procedures did not end with the district level, so the type serves plans
    /// before and after 01/07/2025, its superior following the structure of the conference's day (<see cref="SuperiorParameter"/>).
    /// </summary>
    /// <remarks>
    /// Which source says what: the document (CONFIRMED, read) names the ward People's Committee as organiser and announcer and the
    /// district as the recipient of the report; the end of the district level on 01/07/2025 and the ward reporting to the province
    /// (SECONDARY, <see cref="LocalGovernmentReform"/>) set the defaults from that day. No statute fixing this dialogue's form was
    /// read (UNCONFIRMED), so none is cited as its basis.
    /// </remarks>
    public LegalBasis LegalBasis { get; } = new(
        "Kế hoạch số 151/KH-UBND ngày 16/10/2021 của UBND phường 1, quận Tân Bình (căn cứ Kế hoạch số 264/KH-UBND-KSTT của UBND quận Tân Bình)",
        "Plan 151/KH-UBND of 16/10/2021 of the Ward 1 People's Committee, Tân Bình district (under the district's plan 264/KH-UBND-KSTT)")
    {
        SourceStatus = "Văn bản gốc: CONFIRMED; cấp huyện kết thúc từ 01/07/2025, phường báo cáo tỉnh/thành phố: SECONDARY; luật riêng về hình thức đối thoại " +
            "này: UNCONFIRMED (chưa tìm thấy). The document: CONFIRMED; the district level ended on 01/07/2025 and wards report to the province: SECONDARY; " +
            "a statute fixing this dialogue's form: UNCONFIRMED (none found).",
    };

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new(SessionParameter, "Ngày tổ chức Hội nghị đối thoại (dự kiến)", "Date (or period) of the dialogue conference", PlanParameterKind.DateOrPeriod)
        {
            Defaults = ["2021-11-05"], Required = true,
        },
        new(YearParameter, "Năm (mặc định: năm của hội nghị)", "Year of the plan (default: the conference's year)", PlanParameterKind.Integer)
        {
            Minimum = 1995, Maximum = 2199,
        },
        new(RegistrationFromParameter, "Ngày bắt đầu tiếp nhận phiếu đăng ký tham gia đối thoại", "First day registration forms are received", PlanParameterKind.Date)
        {
            Defaults = ["2021-10-18"],
        },
        new(RegistrationToParameter, "Ngày cuối cùng tiếp nhận phiếu đăng ký (đến hết ngày)", "Last day registration forms are received (included)", PlanParameterKind.Date)
        {
            Defaults = ["2021-10-25"],
        },
        new(AnswersFromParameter, "Ngày bắt đầu các bộ phận tham mưu trả lời", "First day of the departments' answers", PlanParameterKind.Date)
        {
            Defaults = ["2021-10-26"],
        },
        new(AnswersToParameter, "Ngày cuối cùng các bộ phận tham mưu trả lời (đến hết ngày)", "Last day of the departments' answers (included)", PlanParameterKind.Date)
        {
            Defaults = ["2021-10-28"],
        },
        new(CompileFromParameter, "Ngày bắt đầu Văn phòng tổng hợp nội dung đối thoại", "First day of the office's compilation", PlanParameterKind.Date)
        {
            Defaults = ["2021-10-29"],
        },
        new(CompileToParameter, "Ngày cuối cùng Văn phòng tổng hợp nội dung đối thoại (đến hết ngày)", "Last day of the office's compilation (included)", PlanParameterKind.Date)
        {
            Defaults = ["2021-10-30"],
        },
        new(ReportBeforeParameter, "Báo cáo kết quả Hội nghị về cấp trên (UBND quận trong văn bản) trước ngày",
            "The report to the superior (the district in the document) is due before this date (excluded)", PlanParameterKind.Date)
        {
            Defaults = ["2021-11-10"],
        },
        new(WardParameter, "Tên phường", "The ward's name", PlanParameterKind.Text) { Defaults = ["phường 1"], DefaultPredatesReform = true },
        new(DistrictParameter, "Tên quận (cấp huyện, đến 30/06/2025)", "The district's name (district level, until 2025-06-30)", PlanParameterKind.Text)
        {
            Defaults = ["quận Tân Bình"],
        },
        new(ProvinceParameter, "Tỉnh, thành phố trực thuộc trung ương", "The province or centrally run city", PlanParameterKind.Text)
        {
            Defaults = ["Thành phố Hồ Chí Minh"],
        },
        new(SuperiorParameter, "Cơ quan cấp trên nhận báo cáo (mặc định: UBND quận trước 01/07/2025, UBND tỉnh/thành phố từ ngày đó)",
            "The superior body that receives the report (default: the district before 2025-07-01, the province from then on)", PlanParameterKind.Text),
        new(AnnouncerParameter, "Cơ quan phát hành giấy mời (mặc định: UBND phường)", "The body that sends the invitations (default: the ward People's Committee)",
            PlanParameterKind.Text),
        new(FormerWardsParameter, "Các phường cũ đã sắp xếp vào phường (để ghi nhận)", "The former wards merged into the ward (for the record)",
            PlanParameterKind.Text) { Multiple = true },
        new(AddressParameter, "Địa chỉ trụ sở Ủy ban nhân dân phường", "Address of the ward People's Committee", PlanParameterKind.Text)
        {
            Defaults = ["số 291 đường Lê Văn Sỹ, phường 1, quận Tân Bình"], DefaultPredatesReform = true,
        },
        new(EmailParameter, "Thư điện tử nhận phiếu đăng ký", "E-mail address for electronic forms", PlanParameterKind.Text)
        {
            Defaults = ["p1.tanbinh@tphcm.gov.vn"], DefaultPredatesReform = true,
        },
        new(PhoneParameter, "Điện thoại Văn phòng", "The office's telephone number", PlanParameterKind.Text) { Defaults = ["028.39913357"] },
        new(NumberParameter, "Số kế hoạch", "Document number of the plan", PlanParameterKind.Text) { Defaults = ["151/KH-UBND"] },
        new(IssuedOnParameter, "Ngày ban hành kế hoạch", "Date the plan is issued", PlanParameterKind.Date) { Defaults = ["2021-10-16"] },
        new(SignerParameter, "Chủ tịch Ủy ban nhân dân phường ký kế hoạch", "Chairman signing the plan", PlanParameterKind.Text) { Defaults = ["Tôn Nữ Hồng Châu"] },
        new(BasisParameter, "Căn cứ ban hành kế hoạch (mặc định: kế hoạch của quận trước 01/07/2025, không có từ ngày đó)",
            "Documents the plan rests on (default: the district's plan before 2025-07-01, none from then on)", PlanParameterKind.Text) { Multiple = true },
    ];

    private const string DocumentBasis =
        "Kế hoạch số 264/KH-UBND-KSTT ngày 11 tháng 10 năm 2021 của Ủy ban nhân dân quận Tân Bình về tổ chức đối thoại trực tiếp " +
        "với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính năm 2021";

    /// <inheritdoc />
    /// <exception cref="InvalidPlanParameterException">
    /// The dates do not follow the document's order (registration, departments' answers, compilation,
    /// conference, report), a window ends before it opens, the plan is issued after registration opens,
    /// or the conference is not in the plan's year.
    /// </exception>
    public PlanDefinition Define(PlanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var schedule = AdministrativeProcedureSchedule.Read(parameters);
        var ward = parameters.Text(WardParameter);
        var district = parameters.Text(DistrictParameter);
        var address = parameters.Text(AddressParameter);
        var committee = $"Ủy ban nhân dân {ward}";
        var bodies = AdministrativeProcedureBodies.Read(parameters, schedule.Session, committee);
        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = $"Kế hoạch tổ chức đối thoại trực tiếp với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính năm {schedule.Year}",
            EnglishTitle = $"Plan for a direct dialogue with organisations and individuals on administrative procedures and their handling, {schedule.Year}",
            Issuer = committee,
            Year = schedule.Year,
            DocumentNumber = parameters.Text(NumberParameter),
            IssuedOn = schedule.IssuedOn,
            LegalBasis = LegalBasis,
            Basis = parameters.Texts(BasisParameter) is { Count: > 0 } basis ? basis : bodies.TwoTier ? [] : [DocumentBasis],
            Units = [.. Units(committee), .. bodies.AnnouncerUnit],
            Sessions =
            [
                new SessionDefinition(SessionKey,
                    "Hội nghị đối thoại trực tiếp với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính",
                    "Conference for the direct dialogue on administrative procedures", schedule.Session)
                {
                    Venue = $"Hội trường Ủy ban nhân dân phường, {address}",
                    Scope = [$"Tổ chức, cá nhân trên địa bàn {ward}"],
                    Topic = "Thủ tục hành chính và giải quyết thủ tục hành chính lĩnh vực hộ tịch, chứng thực; thực hiện cơ chế một cửa, " +
                        "một cửa liên thông trong giải quyết thủ tục hành chính; dịch vụ công trực tuyến mức độ 3, 4 theo danh mục thủ tục " +
                        "hành chính đã được phê duyệt và dịch vụ bưu chính công",
                },
            ],
            Tasks = Tasks(schedule, bodies),
            Participants = Participants(),
            Petitions = Petitions(schedule, parameters, address),
            Authority = Authority(bodies.AnnouncerUnit.Count > 0),
            Rules = new PlanRules
            {
                // II.4: the conference follows the office's compilation of the departments' answers.
                SessionPrerequisites = [CompileContent],
                // The document provides for one conference, with no yearly minimum and no lead time for the invitations.
                MinimumSessionsPerYear = 0,
                AllowsAdHocSessions = false,
                AllowsWrittenAnswersInsteadOfSession = true,
                RequiresAnnouncement = true,
                RequiresConclusionNotice = false,
            },
            ReportRecipients = [bodies.Superior.IsDocuments
                ? new($"Ủy ban nhân dân {district} (thông qua Văn phòng Ủy ban nhân dân quận)",
                    "The district People's Committee (through the district People's Committee office)")
                : new(bodies.Superior.Name, bodies.Superior.EnglishName)],
            Notes = [.. Notes(schedule, parameters, address, bodies), .. bodies.Notes(ward, parameters.Texts(FormerWardsParameter))],
        };
    }

    private static PlanAuthority Authority(bool otherAnnouncer)
    {
        string[] committee = ["committee"];
        string[] office = ["office"];
        return new PlanAuthority
        {
            Grants =
            [
                new(PlanAction.Create, office) { Clause = "III.2, gạch đầu dòng 1" },
                new(PlanAction.Issue, committee) { Signed = true, Clause = "Chữ ký: CHỦ TỊCH" },
                new(PlanAction.Complete, committee) { Signed = true },
                new(PlanAction.Cancel, committee) { Signed = true },
                new(PlanAction.ScheduleSession, committee) { Signed = true, Clause = "II.4" },
                new(PlanAction.RescheduleSession, committee) { Signed = true, Clause = "II.4" },
                new(PlanAction.PostponeSession, committee) { Signed = true, Clause = "II.4" },
                new(PlanAction.CancelSession, committee) { Signed = true, Clause = "II.4" },
                new(PlanAction.AddSession, committee) { Signed = true },
                new(PlanAction.AnnounceSession, otherAnnouncer ? ["committee", AdministrativeProcedureBodies.AnnouncerKey] : committee)
                {
                    Signed = true, Delegates = office, Clause = "II.4; III.2, gạch đầu dòng 4",
                },
                new(PlanAction.AnswerSessionInWriting, committee) { Signed = true, Delegates = office, Clause = "II.4" },
                new(PlanAction.HoldSession, ["leadership", "committee"]) { Signed = true, Clause = "II.1" },
                new(PlanAction.ConcludeSession, ["leadership", "committee"]) { Signed = true, Clause = "II.1" },
                new(PlanAction.ReportSession, committee) { Signed = true, Delegates = office, Clause = "III.2, gạch đầu dòng 5" },
                new(PlanAction.CloseSession, committee) { Signed = true },
                new(PlanAction.ReceivePetition, office) { Clause = "II.4; III.1; III.2" },
                new(PlanAction.ClassifyPetition, ["office", "committee"]) { Clause = "III.2, gạch đầu dòng 3" },
                new(PlanAction.AssignPetition, office) { Clause = "III.2, gạch đầu dòng 3" },
                new(PlanAction.AnswerPetition, committee) { Signed = true, Clause = "I.2; III.3" },
                new(PlanAction.RedirectPetition, committee) { Signed = true, Clause = "III.3" },
                new(PlanAction.EscalatePetition, committee) { Signed = true, Clause = "II.2; III.3" },
                new(PlanAction.RejectPetition, committee) { Signed = true, Delegates = office, Clause = "II.3, Ghi chú" },
                new(PlanAction.NotifyPetitionResult, ["office", "committee"]) { Clause = "II.2" },
                new(PlanAction.ClosePetition, office) { Clause = "III.2" },
            ],
            RecordingUnits = office,
            Clauses =
            [
                new PolicyClause("Các bộ phận chuyên môn tham mưu Thường trực Ủy ban nhân dân phường trả lời: Chủ tịch (hoặc Phó Chủ tịch ký KT.) trả lời, " +
                    "công chức chỉ chuẩn bị nội dung.",
                    "The departments draft the answers for the standing members of the ward People's Committee: the chairman (or a vice-chairman, KT.) " +
                    "answers; civil servants only prepare them.", "III.3"),
                new PolicyClause("Văn phòng tiếp nhận, phân loại, chuyển phiếu và tổng hợp nội dung trả lời: Văn phòng ghi nhận thay các bộ phận.",
                    "The office receives, classifies and forwards the forms and compiles the answers: it records the departments' work on their behalf.",
                    "II.4; III.2"),
            ],
        };
    }

    private static List<ResponsibleUnit> Units(string committee) =>
    [
        new("office", "Văn phòng Ủy ban nhân dân phường (công chức Văn phòng – Thống kê)",
            "Ward People's Committee office (the office and statistics officer)"),
        new("departments", "Các bộ phận chuyên môn", "The ward's specialised departments"),
        new("committee", committee, "The ward People's Committee"),
        new("leadership", "Lãnh đạo Ủy ban nhân dân phường", "Leaders of the ward People's Committee"),
    ];

    private static List<TaskDefinition> Tasks(AdministrativeProcedureSchedule schedule, AdministrativeProcedureBodies bodies)
    {
        var registration = DeadlineRule.Window(schedule.RegistrationFrom, schedule.RegistrationTo,
            $"từ ngày {AdministrativeProcedureSchedule.Vi(schedule.RegistrationFrom)} đến hết ngày {AdministrativeProcedureSchedule.Vi(schedule.RegistrationTo)}");
        var answers = DeadlineRule.Window(schedule.AnswersFrom, schedule.AnswersTo,
            $"{FormRule} (từ ngày {AdministrativeProcedureSchedule.Vi(schedule.AnswersFrom)} đến hết ngày {AdministrativeProcedureSchedule.Vi(schedule.AnswersTo)})");
        var compile = DeadlineRule.Window(schedule.CompileFrom, schedule.CompileTo,
            $"từ ngày {AdministrativeProcedureSchedule.Vi(schedule.CompileFrom)} đến hết ngày {AdministrativeProcedureSchedule.Vi(schedule.CompileTo)}");

        // The invitations carry only the conference's expected date; holding them to that day at the
        // latest (0 days before, moved back off a day off) adds no lead time the document does not give.
        var invitation = DeadlineRule.CalendarDaysBefore(0, schedule.SessionPhrase);
        var report = DeadlineRule.Before(schedule.ReportBefore, $"trước ngày {AdministrativeProcedureSchedule.Vi(schedule.ReportBefore)}");
        return
        [
            // III.2 says "quận" though the plan is the ward's; from 01/07/2025 there is no district to advise, so the ward's committee is named.
            new(DraftPlan, bodies.TwoTier ? "Tham mưu Ủy ban nhân dân phường xây dựng kế hoạch" : "Tham mưu Ủy ban nhân dân quận xây dựng kế hoạch",
                bodies.TwoTier ? "Advise the ward People's Committee on drafting the plan"
                    : "Advise the district People's Committee on drafting the plan (as written; the plan is the ward's)", "office", TaskPhase.Before)
            {
                PerSession = false, Anchor = AnchorPoint.None, Clause = "III.2, gạch đầu dòng 1",
            },
            new(PublishPlan,
                "Đăng tải Kế hoạch tổ chức đối thoại trực tiếp với tổ chức, cá nhân về thủ tục hành chính và giải quyết thủ tục hành chính " +
                "trên Trang thông tin điện tử của phường",
                "Post the plan for the dialogue on administrative procedures on the ward's website", "office", TaskPhase.Before)
            {
                PerSession = false, Anchor = AnchorPoint.None, Clause = "III.2, gạch đầu dòng 2",
            },
            new(ReceiveForms,
                "Tiếp nhận, tổng hợp phiếu đăng ký tham gia đối thoại; phân loại nội dung, chuyển các bộ phận có liên quan",
                "Receive and collect the registration forms; classify their content and forward them to the departments concerned", "office", TaskPhase.Before)
            {
                Deadline = registration, Anchor = AnchorPoint.None, Clause = "III.2, gạch đầu dòng 3; II.4, gạch đầu dòng 1",
            },
            new(DepartmentAnswers,
                "Tham mưu Thường trực Ủy ban nhân dân phường trả lời, giải quyết những nội dung của tổ chức, cá nhân theo phiếu đăng ký " +
                "tham gia đối thoại do công chức Văn phòng – Thống kê chuyển đến",
                "Prepare, for the standing members of the ward People's Committee, the answers to the matters on the registration forms " +
                "forwarded by the office", "departments", TaskPhase.Before)
            {
                Deadline = answers, Anchor = AnchorPoint.None, Clause = "III.3; II.4, gạch đầu dòng 2", Supporting = ["office"],
            },
            new(DepartmentGuidance,
                "Trường hợp không thuộc trách nhiệm giải quyết, tham mưu văn bản hướng dẫn tổ chức, cá nhân liên hệ đúng cơ quan có thẩm quyền " +
                "giải quyết và kiến nghị cấp trên giải quyết đối với trường hợp không thuộc thẩm quyền",
                "For matters that are not theirs, draft the guidance sending the organisation or individual to the competent body, and " +
                "recommend that the level above resolve matters beyond the ward's authority", "departments", TaskPhase.Before)
            {
                Deadline = answers, Anchor = AnchorPoint.None, Clause = "III.3",
            },
            new(CompileContent, "Tổng hợp nội dung đối thoại", "Compile the content of the dialogue", "office", TaskPhase.Before)
            {
                Deadline = compile, Anchor = AnchorPoint.None, Clause = "II.4, gạch đầu dòng 3",
            },
            new(BuildProgramme, "Tổng hợp, xây dựng nội dung chương trình Hội nghị", "Compile and build the conference programme", "office", TaskPhase.Before)
            {
                Anchor = AnchorPoint.None, Clause = "III.2, gạch đầu dòng 5",
            },
            new(DraftInvitations,
                "Tham mưu Giấy mời tổ chức, cá nhân đăng ký tham gia đối thoại dự Hội nghị đối thoại",
                "Draft the invitations (giấy mời) for the registered organisations and individuals to attend the conference", "office", TaskPhase.Before)
            {
                Deadline = invitation, Anchor = AnchorPoint.SessionDate, Clause = "III.2, gạch đầu dòng 4",
            },
            new(InviteOrAnswerInWriting,
                "Căn cứ vào tình hình thực tế và diễn biến của dịch bệnh COVID-19, phát hành giấy mời tổ chức, cá nhân dự Hội nghị đối thoại " +
                "trực tiếp hoặc tổ chức gửi văn bản trả lời đến cá nhân, tổ chức",
                "Depending on the COVID-19 situation, issue the invitations to the conference, or send written answers to the registrants instead",
                "committee", TaskPhase.Before)
            {
                Deadline = invitation, Anchor = AnchorPoint.SessionDate, Clause = "II.4, gạch đầu dòng 4", Supporting = ["office"],
            },
            new(ChairConference, "Chủ trì điều hành Hội nghị", "Chair and run the conference", "leadership", TaskPhase.At)
            {
                Anchor = AnchorPoint.None, Clause = "II.1",
            },
            new(AnswerAtConference,
                "Trả lời, giải đáp trực tiếp tại Hội nghị đối thoại những phiếu đăng ký tham gia đối thoại đúng nội dung, gửi đúng thời gian quy định",
                "Answer at the conference the registration forms that are on topic and were sent on time", "committee", TaskPhase.At)
            {
                Anchor = AnchorPoint.None, Clause = "II.2, gạch đầu dòng 1", Supporting = ["departments"],
            },
            new(AnswerAbsent,
                "Gửi kết quả trả lời, giải đáp theo địa chỉ ghi trên phiếu đăng ký tham gia đối thoại cho tổ chức, cá nhân được mời " +
                "vắng mặt vì lý do khách quan có báo cáo Ban tổ chức Hội nghị",
                "Send the answers, to the address on the form, to invited registrants who reported to the organisers that they could not attend",
                "committee", TaskPhase.After)
            {
                Anchor = AnchorPoint.None, Clause = "II.2, gạch đầu dòng 1",
            },
            new(AnswerInWriting,
                "Trả lời bằng văn bản cụ thể những phản ánh, kiến nghị trực tiếp tại Hội nghị đối thoại chưa thể giải đáp ngay",
                "Answer in writing the petitions raised at the conference that could not be answered on the spot", "committee", TaskPhase.After)
            {
                Anchor = AnchorPoint.None, Clause = "II.2, gạch đầu dòng 2",
            },
            new(ReportBeyondAuthority,
                "Tiếp thu, tổng hợp báo cáo cấp trên xem xét giải quyết những phản ánh, kiến nghị vượt thẩm quyền",
                "Take up the petitions beyond the ward's authority and report them to the level above for resolution", "committee", TaskPhase.After)
            {
                Anchor = AnchorPoint.None, Clause = "II.2, gạch đầu dòng 2",
            },
            new(ReportToDistrict,
                bodies.Superior.IsDocuments
                    ? "Báo cáo kết quả Hội nghị đối thoại về Ủy ban nhân dân quận (thông qua Văn phòng Ủy ban nhân dân quận)"
                    : $"Báo cáo kết quả Hội nghị đối thoại về {bodies.Superior.Name}",
                bodies.Superior.IsDocuments
                    ? "Report the conference's results to the district People's Committee (through the district People's Committee office)"
                    : $"Report the conference's results to {bodies.Superior.EnglishName}",
                "office", TaskPhase.After)
            {
                Deadline = report, Anchor = AnchorPoint.None, Clause = "III.2, gạch đầu dòng 5",
            },
        ];
    }

    private static List<ParticipantGroup> Participants() =>
    [
        new("Lãnh đạo Ủy ban nhân dân phường", "Leaders of the ward People's Committee", ParticipantRole.Chair)
        {
            Condition = "chủ trì điều hành Hội nghị",
        },
        new("Công chức đầu mối thực hiện công tác kiểm soát thủ tục hành chính",
            "The civil servant in charge of administrative-procedure control", ParticipantRole.Invited),
        new("Công chức, người hoạt động không chuyên trách tham mưu giải quyết thủ tục hành chính",
            "Civil servants and part-time workers who handle administrative procedures", ParticipantRole.Invited),
        new("Tổ chức, cá nhân trên địa bàn phường có yêu cầu đối thoại trực tiếp",
            "Organisations and individuals in the ward who ask for a direct dialogue", ParticipantRole.Citizens)
        {
            Condition = "có yêu cầu đối thoại trực tiếp",
        },
    ];

    private static PetitionPolicy Petitions(AdministrativeProcedureSchedule schedule, PlanParameters parameters, string address)
    {
        var window = $"từ ngày {AdministrativeProcedureSchedule.Vi(schedule.RegistrationFrom)} đến hết ngày {AdministrativeProcedureSchedule.Vi(schedule.RegistrationTo)}";
        const string Chairman = "Chủ tịch Ủy ban nhân dân phường";
        const string EnglishChairman = "Chairman of the ward People's Committee";
        return new PetitionPolicy
        {
            RegistrationWindow = DeadlineRule.Window(schedule.RegistrationFrom, schedule.RegistrationTo, window),
            RegistrationAnchor = AnchorPoint.None,
            AcceptsAtSession = true,
            ExcludedCategories = [PetitionCategory.Complaint, PetitionCategory.Denunciation],
            // III.3's 3 days are for preparing the answer, not for answering (see FormAnswerDeadline): the
            // document sets no deadline for the answer itself, which is given at the conference.
            AnswerDeadline = null,
            AnswerProposal = new PetitionDuty(
                "Tham mưu Thường trực Ủy ban nhân dân phường trả lời, giải quyết nội dung phiếu đăng ký tham gia đối thoại",
                "Propose to the ward People's Committee's standing members the answer to the registration form", FormAnswerDeadline)
            {
                Clause = "III.3",
            },
            Routes =
            [
                new("civil-status", "Thủ tục hành chính lĩnh vực hộ tịch", "Civil-status registration procedures", Chairman, EnglishChairman) { Unit = "committee" },
                new("certification", "Thủ tục hành chính lĩnh vực chứng thực", "Certification procedures", Chairman, EnglishChairman) { Unit = "committee" },
                new("one-stop", "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
                    "The one-stop and inter-agency one-stop mechanism for administrative procedures", Chairman, EnglishChairman) { Unit = "committee" },
                new("online-services", "Dịch vụ công trực tuyến mức độ 3, 4 theo danh mục thủ tục hành chính đã được phê duyệt",
                    "Level 3 and 4 online public services on the approved list of procedures", Chairman, EnglishChairman) { Unit = "committee" },
                new("public-postal", "Dịch vụ bưu chính công", "The public postal service for administrative procedures", Chairman, EnglishChairman) { Unit = "committee" },
                new("improvement", "Sáng kiến, giải pháp, kiến nghị, đề xuất nâng cao chất lượng, hiệu quả công tác giải quyết thủ tục hành chính",
                    "Initiatives and proposals to improve the handling of administrative procedures", Chairman, EnglishChairman) { Unit = "committee" },
            ],
            AnswersInWritingWhenNotAnsweredAtSession = true,
            EscalatesBeyondAuthority = true,
            RedirectsOutsideAuthority = true,
            AnswersAllInWritingWhenNoMeeting = true,
            Clauses =
            [
                new($"Gửi phiếu đăng ký tham gia đối thoại (bản giấy hoặc bản điện tử) theo mẫu ban hành kèm theo kế hoạch đến Văn phòng Ủy ban nhân dân phường, " +
                    $"{address}; email: {parameters.Text(EmailParameter)}; điện thoại: {parameters.Text(PhoneParameter)}. " +
                    $"Thời gian tiếp nhận phiếu đăng ký tham gia đối thoại: {window}.",
                    $"Registration forms (paper or electronic), on the form attached to the plan, go to the ward People's Committee office, {address}; " +
                    $"e-mail {parameters.Text(EmailParameter)}; telephone {parameters.Text(PhoneParameter)}. Forms are received {window} (both days included).",
                    "III.1; II.4, gạch đầu dòng 1"),
                new("Những phiếu đăng ký tham gia đối thoại đúng nội dung, gửi đúng thời gian quy định, được trả lời, giải đáp trực tiếp tại Hội nghị đối thoại.",
                    "Forms that are on topic and sent within the registration window are answered directly at the conference.", "II.2, gạch đầu dòng 1"),
                new("Trường hợp tổ chức, cá nhân được mời dự Hội nghị đối thoại, vì lý do khách quan có báo cáo Ban tổ chức Hội nghị vắng mặt, " +
                    "Ủy ban nhân dân phường sẽ gửi kết quả trả lời, giải đáp theo địa chỉ ghi trên phiếu đăng ký tham gia đối thoại.",
                    "An invited registrant who, for objective reasons, reported to the organisers that they would be absent is sent the answer at the " +
                    "address on their form.", "II.2, gạch đầu dòng 1"),
                new("Những phản ánh, kiến nghị trực tiếp tại Hội nghị đối thoại nếu chưa thể giải đáp ngay, Ủy ban nhân dân phường sẽ trả lời bằng văn bản cụ thể.",
                    "Petitions raised at the conference that cannot be answered on the spot are answered by the ward People's Committee in writing.",
                    "II.2, gạch đầu dòng 2"),
                new("Những phản ánh, kiến nghị vượt thẩm quyền, Ủy ban nhân dân phường tiếp thu, tổng hợp báo cáo cấp trên xem xét giải quyết.",
                    "Petitions beyond the ward's authority are taken up, compiled and reported to the level above for resolution (escalated).",
                    "II.2, gạch đầu dòng 2"),
                new("Trường hợp không thuộc trách nhiệm giải quyết, các bộ phận chuyên môn tham mưu văn bản hướng dẫn tổ chức, cá nhân liên hệ đúng cơ quan " +
                    "có thẩm quyền giải quyết và kiến nghị cấp trên giải quyết đối với trường hợp không thuộc thẩm quyền.",
                    "A matter that is not the ward's to resolve gets written guidance sending the petitioner to the competent body (redirected), and " +
                    "a recommendation to the level above where it is beyond the ward's authority.", "III.3"),
                new($"Các bộ phận chuyên môn tham mưu trả lời, giải quyết nội dung theo phiếu đăng ký do Văn phòng chuyển đến; thời gian hoàn thành, {FormRule}.",
                    "The departments prepare the answer to each form the office forwards to them within 3 days of receiving it " +
                    "(Civil Code Art. 147–148: the day of receipt is not counted; a last day off moves to the next working day); " +
                    "the registrant is answered at the conference.", "III.3"),
                new("Hội nghị không đối thoại những nội dung liên quan đến khiếu nại, tố cáo.",
                    "Complaints and denunciations are not dialogue topics: they are not answered at the conference and are rejected as excluded.",
                    "II.3, Ghi chú"),
                new("Căn cứ vào tình hình thực tế và diễn biến của dịch bệnh COVID-19, Ủy ban nhân dân phường sẽ phát hành giấy mời tổ chức, cá nhân dự " +
                    "Hội nghị đối thoại trực tiếp hoặc tổ chức gửi văn bản trả lời đến cá nhân, tổ chức.",
                    "Depending on the COVID-19 situation, the ward People's Committee either invites the registrants to the conference or answers every " +
                    "registrant in writing instead.", "II.4, gạch đầu dòng 4"),
                new("Cán bộ, công chức và người hoạt động không chuyên trách chịu trách nhiệm tham mưu Chủ tịch Ủy ban nhân dân phường về việc trả lời, " +
                    "giải đáp những nội dung tổ chức, cá nhân đăng ký đối thoại.",
                    "Officials and part-time workers advise the chairman of the ward People's Committee, who answers the registered matters.", "I.2"),
                new("Đảm bảo mọi phản ánh, kiến nghị của tổ chức, cá nhân về thủ tục hành chính phải được tiếp nhận đầy đủ, xử lý kịp thời, hiệu quả, " +
                    "đúng quy định.",
                    "Every petition about administrative procedures must be received in full and handled promptly, effectively and lawfully.", "I.2"),
            ],
        };
    }

    // The document's notes; those that speak of the district are kept only while the district is the plan's (before 01/07/2025, or as named).
    private static List<PolicyClause> Notes(AdministrativeProcedureSchedule schedule, PlanParameters parameters, string address, AdministrativeProcedureBodies bodies) =>
    [
        new("Mục đích: cung cấp thông tin, tuyên truyền, giải thích chủ trương, chính sách của Đảng, pháp luật của Nhà nước về thủ tục hành chính, " +
            "giải quyết thủ tục hành chính; nắm bắt khó khăn, vướng mắc của tổ chức, cá nhân, kịp thời tháo gỡ, giải quyết hoặc kiến nghị cấp trên " +
            "giải quyết đối với trường hợp không thuộc thẩm quyền; nâng cao vai trò, trách nhiệm của người đứng đầu cơ quan, công chức tham mưu " +
            "giải quyết thủ tục hành chính.",
            "Purpose: inform about and explain the Party's and the State's policies and law on administrative procedures; learn the difficulties " +
            "organisations and individuals meet and resolve them, or ask the level above where they are beyond the ward's authority; strengthen " +
            "the responsibility of the head and of the officials who handle procedures.", "I.1"),
        new("Yêu cầu: bảo đảm tính dân chủ, công khai, minh bạch, khách quan, thẳng thắn, trung thực, cởi mở, hợp tác, tạo điều kiện thuận lợi để " +
            "tổ chức, cá nhân được tham gia phát biểu ý kiến về những vướng mắc trong quá trình thực hiện thủ tục hành chính.",
            "Requirements: democratic, public, transparent, objective, frank, honest, open and cooperative, so that organisations and individuals " +
            "can speak about the difficulties they meet with procedures.", "I.2"),
        new("Hình thức: Hội nghị đối thoại trực tiếp; nếu tình hình dịch bệnh COVID-19 không cho phép, gửi văn bản trả lời đến từng tổ chức, cá nhân.",
            "Form: a direct dialogue conference; if COVID-19 rules it out, a written answer to every registrant instead.", "II.2; II.4"),
        new($"Thời gian, địa điểm: {schedule.SessionPhrase}; Hội trường Ủy ban nhân dân phường, {address}.",
            $"Time and place: expected {schedule.Session.EnglishLabel}; the hall of the ward People's Committee, {address}.", "II.4, gạch đầu dòng 4"),
        new("Phạm vi: II.1 ghi \"tổ chức, cá nhân trên địa bàn phường\", III.1 ghi \"trên địa bàn quận\"; kế hoạch là của phường nên phạm vi là phường.",
            "Scope: II.1 says organisations and individuals in the ward, III.1 says in the district; the plan is the ward's, so the ward is the scope.",
            "II.1; III.1"),
        .. bodies.TwoTier ? Array.Empty<PolicyClause>() :
        [
            new("III.2 ghi \"Tham mưu Ủy ban nhân dân quận xây dựng kế hoạch\"; kế hoạch do Ủy ban nhân dân phường ban hành. Giữ nguyên lời văn bản.",
                "III.2 says the office advises the district People's Committee on drafting the plan; the plan is issued by the ward. The words are kept.",
                "III.2, gạch đầu dòng 1"),
        ],
        new("Văn bản không ấn định thời hạn cho việc đăng tải kế hoạch, xây dựng chương trình Hội nghị, gửi văn bản trả lời sau Hội nghị và báo cáo " +
            "cấp trên những kiến nghị vượt thẩm quyền: các nhiệm vụ này không có hạn. Giấy mời chỉ ghi ngày dự kiến của Hội nghị, nên chỉ được coi là " +
            "chậm nhất vào ngày Hội nghị; không đặt thêm thời gian báo trước.",
            "The document sets no date for posting the plan, building the programme, the written answers after the conference or the report of " +
            "matters beyond the ward's authority: those tasks have no deadline. The invitations carry only the conference's expected date, so they " +
            "are held to that day at the latest; no notice period is invented.", "II.4; III.2"),
        new("Thời gian các bộ phận tham mưu trả lời (II.4) là khung chung của giai đoạn; mỗi phiếu được chuyển đến có thời hạn riêng 03 ngày kể từ " +
            "ngày nhận được (III.3). Các ngày giữ nguyên như văn bản ghi; ngày rơi vào ngày nghỉ được báo khi kiểm tra kế hoạch.",
            "The departments' window (II.4) frames the stage; each forwarded form has its own 3 days from receipt (III.3). Dates are kept as " +
            "written; any that falls on a day off is reported when the plan is linted.", "II.4; III.3"),
        new("Văn bản không nói về phiếu gửi quá thời hạn: phiếu đó không được trả lời tại Hội nghị (II.2) nhưng vẫn phải được tiếp nhận, xử lý " +
            "(I.2), nên được trả lời bằng văn bản.",
            "The document says nothing of forms sent after the window: such a form is not answered at the conference (II.2) but must still be " +
            "received and handled (I.2), so it is answered in writing.", "I.2; II.2"),
        .. bodies.Superior.IsDocuments ?
        [
            new PolicyClause("Không có thông báo kết luận: sau Hội nghị, Văn phòng báo cáo kết quả về Ủy ban nhân dân quận. Giấy mời là việc thông báo Hội nghị.",
                "No conclusion notice: after the conference the office reports the results to the district. The invitations are the conference's announcement.",
                "III.2"),
        ] : Array.Empty<PolicyClause>(),
        new("Kế hoạch không có mục kinh phí.", "The plan has no funding section.", null),
        .. bodies.TwoTier ? Array.Empty<PolicyClause>() :
        [
            new("Nơi nhận: VP HĐND-UBND/Q; Tổ TH: CCHC; TT UBND phường; Lưu: VT.",
                "Distribution: the district People's Council and Committee office; the administrative-reform team; the ward's standing members; archive.", null),
        ],
        new($"Chủ tịch Ủy ban nhân dân phường ký: {parameters.Text(SignerParameter)}.",
            $"Signed by the chairman of the ward People's Committee, {parameters.Text(SignerParameter)}.", null),
    ];
}
