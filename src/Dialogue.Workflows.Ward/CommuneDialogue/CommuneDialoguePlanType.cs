using System.Globalization;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using NodaTime;

namespace Dialogue.Workflows.Ward.CommuneDialogue;

/// <summary>
/// <c>commune-dialogue</c>: the dialogue every commune-level unit (xã, phường, đặc khu) holds with its people under the
/// two-tier local government, from Luật Tổ chức chính quyền địa phương số 72/2025/QH15 Art. 43, with Luật Thực hiện dân
/// chủ ở cơ sở số 10/2022/QH15 Art. 32 as the duty's basis — in force from 01/07/2025.
/// </summary>
/// <remarks>
/// <para><b>What the law says, and how sure the sources are.</b></para>
/// <list type="bullet">
/// <item>Art. 43 of Law 72/2025 (SECONDARY: quoted by several public sources; the primary text was not read): the commune
/// holds a dialogue at least once a year, or when at least 10% of the commune's voters ask, or when necessary; the commune
/// People's Committee organises it with the Fatherland Front committee; its chairman co-chairs with a representative of the
/// commune People's Council Standing Committee; the Party committee is invited; the time, place and content are announced on
/// the mass media at least 7 days before; the results are published within 10 days after.</item>
/// <item>Art. 32 of Law 10/2022 (CONFIRMED): the commune chairman holds at least one dialogue a year; its details follow the
/// local-government law. Nghị định 59/2023/NĐ-CP does not regulate it.</item>
/// </list>
/// <para><b>Choices where the sources leave a point open</b> (each is a parameter, so a province's own reading can be set):</para>
/// <list type="bullet">
/// <item><see cref="DayCountingParameter"/> (UNCONFIRMED: the text says "ngày"): calendar days by default, see
/// <see cref="CommuneDialogueDayCounting"/>. The notice is due the 7th day before the session, moved back to a working day
/// (a deadline counted backwards never becomes later); the results are due by the 10th day after the session was held,
/// moved forward past days off as the Civil Code moves a period's last day.</item>
/// <item><see cref="AnswerDaysParameter"/> (UNCONFIRMED: no source found fixes when a petition not answered at the session
/// is answered in writing): 10 working days from the session by default, borrowed from the nearest rule found on a head's
/// written answer to a citizen — a Party committee head answers within 10 working days of receipt (Quy định 11-QĐi/TW as
/// amended by Kết luận 215-KL/TW, SECONDARY).</item>
/// <item>The law sets no deadline for the report to the province and no time within which a voter-requested session must
/// follow the request: the report has no due date, and a requested session need only come after its request.</item>
/// </list>
/// <para><b>Steps that do tasks.</b> Announcing the session does the notice task (<c>notice</c>); concluding it does the
/// results' publication (<c>publish-results</c>) — the conclusion notice is what the commune publishes, and the 10 days run
/// from the session, not from a report; reporting it does the report to the province (<c>province-report</c>).</para>
/// <para><b>Who may act</b> (<see cref="PlanDefinition.Authority"/>), reading the law's words: the People's Committee
/// organises, so its chairman issues the plan, schedules, announces and reports (signed; the office may sign TL./TUQ. for the
/// notice and the report), answers for deviations and completes the plan; the co-chairs — the chairman and the People's
/// Council Standing Committee's representative — both may open and conclude the session; the Front, which organises with the
/// committee, and the Council's Standing Committee take voters' petitions, as does the office, which drafts the plan, records
/// every unit's task and routes petitions. Petitions are answered by the chairman, or within their remit by the heads of the
/// committee's specialist departments: the law gives the answers to the body that organises, not to the co-chair. The Party
/// committee is invited and takes no step.</para>
/// <para><b>Defaults.</b> The type follows the law, not one commune's document, so its defaults for the session (26/03/2027), the
/// commune and the province ("<see cref="ExampleName"/>") make an example: a bare preview shows a valid plan whose title and first
/// note say it is an example, not a document's data. A real plan gives all three: a plan that names its commune or province
/// but not its session is refused, so the example's date never passes for a real commune's.</para>
/// <para><b>Units after the mergers.</b> <see cref="CommuneParameter"/> is the post-reform name; <see cref="FormerUnitsParameter"/>
/// lists the units merged into it and <see cref="MergerDocumentParameter"/> the resolution that merged them, kept in the plan's
/// notes so that a 2027 plan reads right in every export.</para>
/// </remarks>
/// <example>
/// <code>
/// var plan = await engine.CreateAsync(new CreatePlan
/// {
///     TypeKey = "commune-dialogue", By = clerk,
///     Parameters = [new("session", "2027-03-26"), new("commune", "Tân Phú"), new("province", "Đồng Nai")],
/// });
/// </code>
/// </example>
public sealed class CommuneDialoguePlanType : IPlanType
{
    /// <summary>The type's key: <c>commune-dialogue</c>.</summary>
    public const string TypeKey = "commune-dialogue";

    /// <summary>The session's date or planned period (<c>2027-03-26</c>, <c>2027-Q2</c>); the example's <c>2027-03-26</c> when not given.</summary>
    public const string SessionParameter = "session";

    /// <summary>The plan's year; when not given, the session's year.</summary>
    public const string YearParameter = "year";

    /// <summary>Why the session is held: <c>yearly</c> (default), <c>voter-request</c> or <c>ad-hoc</c> (<see cref="CommuneDialogueTrigger"/>).</summary>
    public const string TriggerParameter = "trigger";

    /// <summary>For <c>voter-request</c>: the day the voters' request was received.</summary>
    public const string RequestDateParameter = "request-date";

    /// <summary>For <c>voter-request</c>: how many voters signed the request.</summary>
    public const string RequestingVotersParameter = "requesting-voters";

    /// <summary>For <c>voter-request</c>: how many voters the commune has (the request needs at least 10% of them).</summary>
    public const string VotersParameter = "voters";

    /// <summary>For <c>ad-hoc</c>: why the session is necessary.</summary>
    public const string ReasonParameter = "reason";

    /// <summary>The commune-level unit's name after the 2025 arrangement (<c>Tân Phú</c>); the example's <see cref="ExampleName"/> when not given.</summary>
    public const string CommuneParameter = "commune";

    /// <summary>The kind of unit: <c>xã</c> (default), <c>phường</c> or <c>đặc khu</c>.</summary>
    public const string KindParameter = "kind";

    /// <summary>The province (or centrally run city) the commune reports to; the example's <see cref="ExampleName"/> when not given.</summary>
    public const string ProvinceParameter = "province";

    /// <summary>The units merged into the commune, for the record (repeatable).</summary>
    public const string FormerUnitsParameter = "former-units";

    /// <summary>The resolution that arranged the commune-level units, for the record.</summary>
    public const string MergerDocumentParameter = "merger-document";

    /// <summary>Calendar or working days for the notice and the publication (<see cref="CommuneDialogueDayCounting"/>): <c>calendar</c> (default) or <c>working</c>.</summary>
    public const string DayCountingParameter = "day-counting";

    /// <summary>The notice's lead time in days, at least the law's 7 (<c>7</c>).</summary>
    public const string NoticeDaysParameter = "notice-days";

    /// <summary>The days within which the results are published, at most the law's 10 (<c>10</c>).</summary>
    public const string ResultsDaysParameter = "results-days";

    /// <summary>Working days after the session within which a petition not answered there is answered in writing (<c>10</c>, a documented choice).</summary>
    public const string AnswerDaysParameter = "answer-days";

    /// <summary>The venue.</summary>
    public const string VenueParameter = "venue";

    /// <summary>The chairman who signs the plan.</summary>
    public const string SignerParameter = "signer";

    /// <summary>The plan's number.</summary>
    public const string DocumentNumberParameter = "document-number";

    /// <summary>The plan's date of issue.</summary>
    public const string IssuedOnParameter = "issued-on";

    /// <summary>The key of the only session.</summary>
    public const string SessionKey = "session-1";

    /// <summary>
    /// The commune's and the province's name in the type's defaults, "Ví Dụ" (example). The type follows a law, not one commune's
    /// document, so its defaults are an example, not a document's data: while the commune or the province is this name, the plan's
    /// title and notes say it is an example. The default session, 26/03/2027, belongs to the same example; a real plan names all three.
    /// </summary>
    public const string ExampleName = "Ví Dụ";

    /// <summary>The share of voters a request needs, in percent (Art. 43: "ít nhất 10% tổng số cử tri").</summary>
    public const int RequestShareMinimumPercent = 10;

    /// <summary>The day the two-tier local government began and Law 72/2025/QH15 took effect.</summary>
    public static readonly LocalDate InForceFrom = new(2025, 7, 1);

    private const string Article43 = "Luật 72/2025/QH15, Điều 43";
    private const string Article32 = "Luật 10/2022/QH15, Điều 32";

    /// <inheritdoc />
    public string Key => TypeKey;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public string Title => "Đối thoại giữa Chủ tịch UBND cấp xã với Nhân dân (Luật 72/2025/QH15, Điều 43)";

    /// <inheritdoc />
    public string EnglishTitle => "Dialogue between the commune People's Committee chairman and the people (Law 72/2025/QH15, Art. 43)";

    /// <inheritdoc />
    public LegalBasis LegalBasis { get; } = new(
        "Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 43; Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15, Điều 32",
        "Law on the Organisation of Local Government No. 72/2025/QH15, Art. 43; Law on Grassroots Democracy No. 10/2022/QH15, Art. 32")
    {
        InForceFrom = InForceFrom,
        SourceStatus = "Điều 43: SECONDARY (được nhiều nguồn công khai trích dẫn, chưa đọc văn bản gốc); Điều 32 Luật 10/2022: CONFIRMED. " +
            "Art. 43: SECONDARY (quoted by several public sources, primary text not read); Art. 32 of Law 10/2022: CONFIRMED.",
    };

    /// <inheritdoc />
    public IReadOnlyList<PlanParameter> Parameters { get; } =
    [
        new(SessionParameter, "Thời gian tổ chức đối thoại: một ngày, hoặc quý, tháng dự kiến", "When the session is held: a date, or the quarter or month planned",
            PlanParameterKind.DateOrPeriod) { Defaults = ["2027-03-26"] },
        new(YearParameter, "Năm của kế hoạch (mặc định: năm của buổi đối thoại)", "The plan's year (default: the session's year)", PlanParameterKind.Integer)
        {
            Minimum = 1995, Maximum = 2199,
        },
        new(TriggerParameter, "Căn cứ tổ chức: 'yearly' (định kỳ hằng năm), 'voter-request' (theo yêu cầu của ít nhất 10% cử tri), 'ad-hoc' (khi cần thiết)",
            "Why it is held: 'yearly', 'voter-request' (at least 10% of voters asked) or 'ad-hoc' (when necessary)", PlanParameterKind.Text) { Defaults = ["yearly"] },
        new(RequestDateParameter, "Ngày nhận yêu cầu của cử tri", "The day the voters' request was received", PlanParameterKind.Date),
        new(RequestingVotersParameter, "Số cử tri ký yêu cầu", "Voters who signed the request", PlanParameterKind.Integer) { Minimum = 1, Maximum = 10_000_000 },
        new(VotersParameter, "Tổng số cử tri của xã", "The commune's voters", PlanParameterKind.Integer) { Minimum = 1, Maximum = 10_000_000 },
        new(ReasonParameter, "Lý do tổ chức đối thoại đột xuất", "Why the ad-hoc session is necessary", PlanParameterKind.Text),
        new(CommuneParameter, "Tên đơn vị hành chính cấp xã (sau sắp xếp; mặc định là ví dụ)", "The commune-level unit's name (after the arrangement; the default is an example)",
            PlanParameterKind.Text) { Defaults = [ExampleName] },
        new(KindParameter, "Loại đơn vị: 'xã', 'phường' hoặc 'đặc khu'", "The kind of unit: 'xã', 'phường' or 'đặc khu'", PlanParameterKind.Text) { Defaults = ["xã"] },
        new(ProvinceParameter, "Tỉnh, thành phố trực thuộc trung ương (mặc định là ví dụ)", "The province or centrally run city (the default is an example)",
            PlanParameterKind.Text) { Defaults = [ExampleName] },
        new(FormerUnitsParameter, "Các đơn vị hành chính cấp xã cũ đã sắp xếp vào (để ghi nhận)", "The former units merged into it (for the record)",
            PlanParameterKind.Text) { Multiple = true },
        new(MergerDocumentParameter, "Nghị quyết sắp xếp đơn vị hành chính cấp xã", "The resolution that arranged the commune-level units", PlanParameterKind.Text),
        new(DayCountingParameter, "Cách tính '07 ngày' thông báo và '10 ngày' công khai kết quả: 'calendar' (ngày lịch, mặc định) hoặc 'working' (ngày làm việc)",
            "How the notice's 7 days and the publication's 10 days are counted: 'calendar' (default) or 'working'", PlanParameterKind.Text) { Defaults = ["calendar"] },
        new(NoticeDaysParameter, "Số ngày thông báo trước (ít nhất 07)", "Days of notice (at least 7)", PlanParameterKind.Integer) { Defaults = ["7"], Minimum = 7, Maximum = 60 },
        new(ResultsDaysParameter, "Thời hạn công khai kết quả (không quá 10 ngày)", "Days to publish the results (at most 10)", PlanParameterKind.Integer)
        {
            Defaults = ["10"], Minimum = 1, Maximum = 10,
        },
        new(AnswerDaysParameter, "Số ngày làm việc trả lời bằng văn bản sau buổi đối thoại (lựa chọn, nguồn chưa xác nhận)",
            "Working days after the session to answer in writing (a choice; no source confirmed)", PlanParameterKind.Integer) { Defaults = ["10"], Minimum = 1, Maximum = 90 },
        new(VenueParameter, "Địa điểm", "Venue", PlanParameterKind.Text),
        new(SignerParameter, "Chủ tịch UBND ký kế hoạch", "The chairman who signs the plan", PlanParameterKind.Text),
        new(DocumentNumberParameter, "Số kế hoạch", "The plan's number", PlanParameterKind.Text),
        new(IssuedOnParameter, "Ngày ban hành", "Date of issue", PlanParameterKind.Date),
    ];

    /// <inheritdoc />
    /// <exception cref="InvalidPlanParameterException">
    /// The commune or province is named but the session is not; the year disagrees with the session; the trigger, kind or day counting is not one of its values; a voter request lacks its
    /// date or counts, falls after the session or has less than 10% of the voters; an ad-hoc session has no reason; or the plan
    /// would be issued after its session.
    /// </exception>
    public PlanDefinition Define(PlanParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!parameters.IsGiven(SessionParameter) && (parameters.IsGiven(CommuneParameter) || parameters.IsGiven(ProvinceParameter)))
        {
            // The default date belongs to the example; a named commune gives its own.
            throw new InvalidPlanParameterException(Key, SessionParameter, null,
                "the session's date or planned period: the default 2027-03-26 belongs to the example, and a plan that names its commune or province gives its own");
        }

        var session = parameters.Anchors(SessionParameter, "ngày tổ chức đối thoại", "day of the session")[0];
        var year = PlanYear.Resolve(parameters, YearParameter, SessionParameter, [session]);
        var trigger = Trigger(parameters);
        var kind = Choice(parameters, KindParameter, ["xã", "phường", "đặc khu"]);
        var counting = Choice(parameters, DayCountingParameter, ["calendar", "working"]) == "working"
            ? CommuneDialogueDayCounting.Working
            : CommuneDialogueDayCounting.Calendar;
        var commune = parameters.Text(CommuneParameter);
        var province = parameters.Text(ProvinceParameter);
        var place = $"{kind} {commune}";
        var example = commune == ExampleName || province == ExampleName;
        var triggerNote = TriggerNote(parameters, trigger, session);
        var issuedOn = parameters.OptionalText(IssuedOnParameter) is null ? (LocalDate?)null : parameters.Date(IssuedOnParameter);
        if (issuedOn is { } issued && issued > session.Period.End)
        {
            throw new InvalidPlanParameterException(Key, IssuedOnParameter, parameters.Text(IssuedOnParameter),
                $"a date on or before the session's last possible day {session.Period.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        var notice = NoticeRule(parameters.Integer(NoticeDaysParameter), counting);
        var results = ResultsRule(parameters.Integer(ResultsDaysParameter), counting);
        var answerDays = parameters.Integer(AnswerDaysParameter);
        var (sessionTitle, sessionEnglish) = trigger switch
        {
            CommuneDialogueTrigger.VoterRequest => ("Đối thoại theo yêu cầu của cử tri", "Dialogue requested by the voters"),
            CommuneDialogueTrigger.AdHoc => ("Đối thoại khi cần thiết", "Dialogue held as necessary"),
            _ => ($"Đối thoại định kỳ năm {year}", $"Yearly dialogue, {year}"),
        };

        return new PlanDefinition
        {
            TypeKey = Key,
            TypeVersion = Version,
            Title = $"Tổ chức đối thoại giữa Chủ tịch UBND {place} với Nhân dân năm {year}{(example ? " (ví dụ, không phải dữ liệu của một văn bản)" : "")}",
            EnglishTitle = $"Dialogue between the chairman of the {commune} {English(kind)} People's Committee and the people, {year}" +
                (example ? " (an example, not a document's data)" : ""),
            Issuer = $"UBND {place}",
            Year = year,
            DocumentNumber = parameters.OptionalText(DocumentNumberParameter),
            IssuedOn = issuedOn,
            LegalBasis = LegalBasis,
            Basis =
            [
                "Luật Tổ chức chính quyền địa phương số 72/2025/QH15 ngày 16/06/2025 (Điều 43)",
                "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 (Điều 32)",
            ],
            Units = Units(place, commune, kind, province),
            Sessions =
            [
                new SessionDefinition(SessionKey, sessionTitle, sessionEnglish, session)
                {
                    Venue = parameters.OptionalText(VenueParameter) ?? $"Hội trường UBND {place}",
                    Scope = [$"Nhân dân trên địa bàn {place}"],
                    Topic = trigger == CommuneDialogueTrigger.AdHoc ? parameters.Text(ReasonParameter) : null,
                },
            ],
            Tasks = Tasks(notice, results),
            Participants = Participants(place),
            Petitions = Petitions(answerDays),
            Authority = Authority(),
            Rules = new PlanRules
            {
                MinimumSessionsPerYear = 1,
                AnnouncementLeadTime = notice,
                // "hoặc khi cần thiết": a further session may be added to a plan as the need arises.
                AllowsAdHocSessions = true,
                RequiresAnnouncement = true,
                RequiresConclusionNotice = true,
            },
            ReportRecipients = [new ReportRecipient($"UBND tỉnh {province}", $"{province} provincial People's Committee")],
            Notes = Notes(parameters, place, counting, answerDays, triggerNote),
        };
    }

    private CommuneDialogueTrigger Trigger(PlanParameters parameters) => Choice(parameters, TriggerParameter, ["yearly", "voter-request", "ad-hoc"]) switch
    {
        "voter-request" => CommuneDialogueTrigger.VoterRequest,
        "ad-hoc" => CommuneDialogueTrigger.AdHoc,
        _ => CommuneDialogueTrigger.Yearly,
    };

    private string Choice(PlanParameters parameters, string key, string[] allowed)
    {
        var value = parameters.Text(key);
        return allowed.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new InvalidPlanParameterException(Key, key, value, $"one of {string.Join(", ", allowed.Select(a => $"'{a}'"))}");
    }

    /// <summary>Checks the trigger's own facts and says them in words for the notes.</summary>
    private PolicyClause TriggerNote(PlanParameters parameters, CommuneDialogueTrigger trigger, Anchor session)
    {
        string[] voterOnly = [RequestDateParameter, RequestingVotersParameter, VotersParameter];
        if (trigger != CommuneDialogueTrigger.VoterRequest && voterOnly.FirstOrDefault(k => parameters.OptionalText(k) is not null) is { } stray)
        {
            throw new InvalidPlanParameterException(Key, stray, parameters.Text(stray), "no value: it belongs to trigger=voter-request");
        }

        if (trigger != CommuneDialogueTrigger.AdHoc && parameters.OptionalText(ReasonParameter) is { } reason)
        {
            throw new InvalidPlanParameterException(Key, ReasonParameter, reason, "no value: it belongs to trigger=ad-hoc");
        }

        switch (trigger)
        {
            case CommuneDialogueTrigger.VoterRequest:
                var date = parameters.OptionalText(RequestDateParameter) is null
                    ? throw new InvalidPlanParameterException(Key, RequestDateParameter, null, "the day the voters' request was received (trigger=voter-request)")
                    : parameters.Date(RequestDateParameter);
                if (date > session.Period.Start)
                {
                    throw new InvalidPlanParameterException(Key, RequestDateParameter, parameters.Text(RequestDateParameter),
                        $"a day on or before the session's earliest day {session.Period.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
                }

                var requesting = Count(parameters, RequestingVotersParameter);
                var voters = Count(parameters, VotersParameter);
                if (requesting > voters || requesting * 100L < voters * (long)RequestShareMinimumPercent)
                {
                    throw new InvalidPlanParameterException(Key, RequestingVotersParameter, requesting.ToString(CultureInfo.InvariantCulture),
                        $"at least {RequestShareMinimumPercent}% of the {voters} voters and no more than them: {Share(requesting, voters)} " +
                        $"(Điều 43: ít nhất 10% tổng số cử tri; {requesting}/{voters} cử tri)");
                }

                return new($"Tổ chức theo yêu cầu của {requesting}/{voters} cử tri ({Share(requesting, voters)}), nhận ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}.",
                    $"Held at the request of {requesting} of {voters} voters ({Share(requesting, voters)}), received {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.", Article43);
            case CommuneDialogueTrigger.AdHoc:
                var why = parameters.OptionalText(ReasonParameter)
                    ?? throw new InvalidPlanParameterException(Key, ReasonParameter, null, "why the session is necessary (trigger=ad-hoc)");
                return new($"Tổ chức khi cần thiết: {why}", $"Held as necessary: {why}", Article43);
            default:
                return new("Đối thoại định kỳ: ít nhất mỗi năm một lần.", "The yearly dialogue: at least once a year.", $"{Article43}; {Article32}");
        }
    }

    private int Count(PlanParameters parameters, string key) => parameters.OptionalText(key) is null
        ? throw new InvalidPlanParameterException(Key, key, null, "a number of voters (trigger=voter-request)")
        : parameters.Integer(key);

    private static string Share(int requesting, int voters) =>
        (requesting * 100m / voters).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string English(string kind) => kind switch
    {
        "phường" => "ward",
        "đặc khu" => "special zone",
        _ => "commune",
    };

    private static DeadlineRule NoticeRule(int days, CommuneDialogueDayCounting counting) => counting == CommuneDialogueDayCounting.Working
        ? DeadlineRule.WorkingDaysBefore(days, WorkingDaysBeforeConvention.ExcludeBothEnds, $"thông báo trước ít nhất {days:00} ngày làm việc")
        : DeadlineRule.CalendarDaysBefore(days, $"thông báo trên phương tiện thông tin đại chúng ít nhất {days:00} ngày trước ngày đối thoại");

    private static DeadlineRule ResultsRule(int days, CommuneDialogueDayCounting counting) => counting == CommuneDialogueDayCounting.Working
        ? DeadlineRule.WithinWorkingDaysAfter(days, $"công khai kết quả đối thoại trong thời hạn {days:00} ngày làm việc")
        : DeadlineRule.WithinDaysAfter(days, $"công khai kết quả đối thoại trong thời hạn {days:00} ngày kể từ ngày đối thoại");

    private static List<ResponsibleUnit> Units(string place, string commune, string kind, string province) =>
    [
        new("chairman", $"Chủ tịch UBND {place}", $"Chairman of the {commune} {English(kind)} People's Committee"),
        new("council", $"Thường trực HĐND {place}", $"Standing Committee of the {commune} {English(kind)} People's Council"),
        new("front", $"Ủy ban Mặt trận Tổ quốc Việt Nam {place}", $"{commune} {English(kind)} Vietnam Fatherland Front committee"),
        new("party", $"Đảng ủy {place}", $"{commune} {English(kind)} Party committee"),
        new("office", $"Văn phòng HĐND và UBND {place}", $"Office of the {commune} {English(kind)} People's Council and People's Committee"),
        new("departments", $"Các phòng chuyên môn thuộc UBND {place}", $"Specialist departments of the {commune} {English(kind)} People's Committee"),
        new("province", $"UBND tỉnh {province}", $"{province} provincial People's Committee"),
    ];

    private static List<TaskDefinition> Tasks(DeadlineRule notice, DeadlineRule results) =>
    [
        new("front-gather", "Phối hợp tổ chức; tập hợp ý kiến, kiến nghị của cử tri và Nhân dân gửi UBND trước buổi đối thoại",
            "Organise with the committee; gather the voters' and people's opinions and petitions and send them to the committee before the session",
            "front", TaskPhase.Before) { Anchor = AnchorPoint.None, Clause = Article43 },
        new("office-compile", "Tiếp nhận, tổng hợp, phân loại kiến nghị gửi trước buổi đối thoại; chuyển các phòng chuyên môn chuẩn bị nội dung trả lời",
            "Receive, compile and classify the petitions sent before the session; pass them to the departments to prepare the answers",
            "office", TaskPhase.Before) { Anchor = AnchorPoint.None, Clause = Article43, Supporting = ["front", "council"] },
        new("departments-prepare", "Chuẩn bị nội dung trả lời các kiến nghị thuộc lĩnh vực phụ trách",
            "Prepare the answers to the petitions within their remit", "departments", TaskPhase.Before) { Anchor = AnchorPoint.None, Clause = Article43 },
        new("notice", "Thông báo thời gian, địa điểm, nội dung đối thoại trên phương tiện thông tin đại chúng",
            "Announce the session's time, place and content on the mass media", "chairman", TaskPhase.Before)
        {
            Deadline = notice, Anchor = AnchorPoint.SessionDate, Clause = Article43, CompletedBy = PlanAction.AnnounceSession, Supporting = ["office", "front"],
        },
        new("invite-party", "Mời đại diện Đảng ủy dự đối thoại", "Invite the Party committee's representative", "office", TaskPhase.Before)
        {
            Anchor = AnchorPoint.None, Clause = Article43,
        },
        new("publish-results", "Công khai kết quả đối thoại (thông báo kết luận) trên phương tiện thông tin đại chúng",
            "Publish the session's results (its conclusion notice) on the mass media", "chairman", TaskPhase.After)
        {
            Deadline = results, Anchor = AnchorPoint.SessionHeld, Clause = Article43, CompletedBy = PlanAction.ConcludeSession, Supporting = ["office"],
        },
        new("province-report", "Báo cáo kết quả đối thoại về UBND tỉnh", "Report the session's results to the provincial People's Committee",
            "chairman", TaskPhase.After) { Anchor = AnchorPoint.None, Clause = Article32, CompletedBy = PlanAction.ReportSession, Supporting = ["office"] },
    ];

    private static List<ParticipantGroup> Participants(string place) =>
    [
        new($"Chủ tịch UBND {place}", "The commune People's Committee chairman", ParticipantRole.Chair),
        new($"Đại diện Thường trực HĐND {place}", "A representative of the commune People's Council Standing Committee", ParticipantRole.CoChair),
        new($"Ủy ban Mặt trận Tổ quốc Việt Nam {place}", "The commune Fatherland Front committee (organises with the People's Committee)", ParticipantRole.Invited),
        new($"Đại diện Đảng ủy {place}", "A representative of the commune Party committee", ParticipantRole.Invited),
        new($"Các phòng chuyên môn thuộc UBND {place}", "The committee's specialist departments", ParticipantRole.Invited),
        new($"Cử tri và Nhân dân trên địa bàn {place}", "The commune's voters and people", ParticipantRole.Citizens),
    ];

    private static PetitionPolicy Petitions(int answerDays) => new()
    {
        // Petitions come before the session (through the Front, the Council's Standing Committee or the office) and at it.
        RegistrationWindow = null,
        AcceptsAtSession = true,
        ExcludedCategories = [],
        AnswerDeadline = DeadlineRule.WithinWorkingDaysAfter(answerDays, $"trả lời bằng văn bản trong {answerDays:00} ngày làm việc sau buổi đối thoại (lựa chọn)"),
        AnswerAnchor = PetitionAnswerAnchor.SessionHeld,
        AnswersInWritingWhenNotAnsweredAtSession = true,
        Clauses =
        [
            new("Kiến nghị của cử tri, Nhân dân được tiếp nhận trước và tại buổi đối thoại; nội dung chưa trả lời tại buổi đối thoại được trả lời bằng văn bản.",
                "The voters' and people's petitions are taken before and at the session; those not answered there are answered in writing.", Article43),
            new($"Thời hạn trả lời bằng văn bản: {answerDays:00} ngày làm việc kể từ ngày đối thoại. Chưa tìm thấy nguồn quy định (UNCONFIRMED); mặc định 10 ngày làm việc " +
                "theo quy định gần nhất về trả lời bằng văn bản của người đứng đầu cấp ủy (Quy định 11-QĐi/TW, sửa đổi bởi Kết luận 215-KL/TW, SECONDARY).",
                $"Written answers are due {answerDays} working days after the session. No source fixing it was found (UNCONFIRMED); the default of 10 working days " +
                "follows the nearest rule on a head's written answer, the Party committee head's (Quy định 11-QĐi/TW as amended by Kết luận 215-KL/TW, SECONDARY).",
                "answer-days"),
        ],
    };

    private static PlanAuthority Authority()
    {
        string[] chairman = ["chairman"];
        string[] coChairs = ["chairman", "council"];
        string[] office = ["office"];
        return new PlanAuthority
        {
            Grants =
            [
                new(PlanAction.Create, office),
                new(PlanAction.Issue, chairman) { Signed = true, Clause = "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH" },
                new(PlanAction.Complete, chairman) { Signed = true },
                new(PlanAction.Cancel, chairman) { Signed = true },
                new(PlanAction.ScheduleSession, chairman) { Signed = true, Clause = Article43 },
                new(PlanAction.RescheduleSession, chairman) { Signed = true },
                new(PlanAction.PostponeSession, chairman) { Signed = true },
                new(PlanAction.CancelSession, chairman) { Signed = true },
                new(PlanAction.AddSession, chairman) { Signed = true, Clause = Article43 },
                new(PlanAction.AnnounceSession, chairman) { Signed = true, Delegates = office, Clause = Article43 },
                new(PlanAction.HoldSession, coChairs) { Signed = true, Clause = Article43 },
                new(PlanAction.AnswerSessionInWriting, chairman) { Signed = true },
                new(PlanAction.ConcludeSession, coChairs) { Signed = true, Clause = Article43 },
                new(PlanAction.ReportSession, chairman) { Signed = true, Delegates = office },
                new(PlanAction.CloseSession, chairman) { Signed = true },
                new(PlanAction.ReceivePetition, ["office", "front", "council"]) { Clause = Article43 },
                new(PlanAction.ClassifyPetition, office),
                new(PlanAction.AssignPetition, office),
                new(PlanAction.AnswerPetition, chairman) { Signed = true, Clause = Article43 },
                new(PlanAction.AnswerPetition, ["departments"]) { Signed = true },
                new(PlanAction.RedirectPetition, chairman) { Signed = true, Delegates = office },
                new(PlanAction.EscalatePetition, chairman) { Signed = true, Delegates = office },
                new(PlanAction.RejectPetition, chairman) { Signed = true, Delegates = office },
                new(PlanAction.NotifyPetitionResult, office),
                new(PlanAction.ClosePetition, office),
                new(PlanAction.Deviate, chairman) { Signed = true },
            ],
            RecordingUnits = office,
            Clauses =
            [
                new("UBND cấp xã chủ trì tổ chức, phối hợp với Ủy ban MTTQ; Chủ tịch UBND cùng đại diện Thường trực HĐND đồng chủ trì; mời Đảng ủy.",
                    "The commune People's Committee organises with the Front committee; its chairman co-chairs with a representative of the People's Council " +
                    "Standing Committee; the Party committee is invited.", Article43),
            ],
        };
    }

    private static List<PolicyClause> Notes(PlanParameters parameters, string place, CommuneDialogueDayCounting counting, int answerDays, PolicyClause trigger)
    {
        var notes = new List<PolicyClause>();
        if (parameters.Text(CommuneParameter) == ExampleName || parameters.Text(ProvinceParameter) == ExampleName)
        {
            notes.Add(new($"Ví dụ: tên xã, tỉnh \"{ExampleName}\" và ngày mặc định là giá trị minh họa của loại kế hoạch (theo luật, không theo văn bản của một xã); " +
                "kế hoạch thật nêu session, commune và province.",
                $"An example: the commune and province \"{ExampleName}\" and the default date illustrate the plan type (which follows the law, not one commune's " +
                "document); a real plan gives session, commune and province.", "Ví dụ"));
        }

        notes.AddRange(
        [
            trigger,
            new("Đối thoại ít nhất mỗi năm một lần; hoặc khi có ít nhất 10% tổng số cử tri của xã yêu cầu; hoặc khi cần thiết.",
                "At least once a year; or when at least 10% of the commune's voters ask; or when necessary.", Article43),
            new($"Thông báo thời gian, địa điểm, nội dung trên phương tiện thông tin đại chúng ít nhất {parameters.Integer(NoticeDaysParameter):00} ngày trước; " +
                $"công khai kết quả trong thời hạn {parameters.Integer(ResultsDaysParameter):00} ngày sau buổi đối thoại.",
                $"The time, place and content are announced on the mass media at least {parameters.Integer(NoticeDaysParameter)} days before; the results are " +
                $"published within {parameters.Integer(ResultsDaysParameter)} days after the session.", Article43),
            counting == CommuneDialogueDayCounting.Working
                ? new("Cách tính ngày: ngày làm việc (lựa chọn của địa phương; văn bản ghi \"ngày\", chưa xác nhận là ngày lịch hay ngày làm việc).",
                    "Day counting: working days (the locality's choice; the text says \"ngày\" and whether calendar or working days is UNCONFIRMED).", "day-counting")
                : new("Cách tính ngày: ngày lịch (mặc định; văn bản ghi \"ngày\", chưa xác nhận là ngày lịch hay ngày làm việc). Hạn thông báo rơi vào ngày nghỉ được " +
                    "lùi về ngày làm việc liền trước; hạn công khai kết quả rơi vào ngày nghỉ được chuyển sang ngày làm việc tiếp theo (Bộ luật Dân sự 2015, Điều 148).",
                    "Day counting: calendar days (the default; the text says \"ngày\" and whether calendar or working days is UNCONFIRMED). A notice due on a day off " +
                    "moves back to the working day before; a publication due on a day off moves to the next working day (Civil Code 2015, Art. 148).", "day-counting"),
            new($"Kết quả đối thoại được báo cáo UBND tỉnh; pháp luật không quy định thời hạn báo cáo. Trả lời bằng văn bản trong {answerDays:00} ngày làm việc (lựa chọn).",
                $"The results are reported to the province; the law sets no deadline for it. Written answers within {answerDays} working days (a choice).", Article32),
        ]);
        if (LocalGovernmentReform.MergedUnitsNote(Capitalised(place), Capitalised(place), parameters.Texts(FormerUnitsParameter),
            parameters.OptionalText(MergerDocumentParameter)) is { } merged)
        {
            notes.Add(merged);
        }

        if (parameters.OptionalText(SignerParameter) is { } signer)
        {
            notes.Add(new($"Chủ tịch UBND {place} {signer} ký kế hoạch.", $"Signed by the chairman, {signer}.", "Thể thức"));
        }

        return notes;
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
