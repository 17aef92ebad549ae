using System.Globalization;
using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using NodaTime;
using NodaTime.Text;

namespace Dialogue.Workflows.Ward.AdministrativeProcedure;

/// <summary>
/// The dates of plan 151/KH-UBND's schedule (II.4, III) read from the parameters and checked to follow
/// the document's order: registration, the departments' answers, the office's compilation, the
/// conference, the report.
/// </summary>
/// <remarks>
/// The order is strict because each stage works on the previous one's output: the departments answer
/// forms the office forwarded, the office compiles the departments' answers, the conference uses the
/// compilation and the report is of the conference. Dates are otherwise kept as given — a window that
/// ends on a Saturday stays, and the engine's lint reports it.
/// </remarks>
internal sealed record AdministrativeProcedureSchedule
{
    private static readonly LocalDatePattern VietnameseDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/yyyy");

    private AdministrativeProcedureSchedule()
    {
    }

    public required int Year { get; init; }

    public required Anchor Session { get; init; }

    public required LocalDate IssuedOn { get; init; }

    public required LocalDate RegistrationFrom { get; init; }

    public required LocalDate RegistrationTo { get; init; }

    public required LocalDate AnswersFrom { get; init; }

    public required LocalDate AnswersTo { get; init; }

    public required LocalDate CompileFrom { get; init; }

    public required LocalDate CompileTo { get; init; }

    public required LocalDate ReportBefore { get; init; }

    /// <summary>"Dự kiến ngày 05/11/2021", or "Dự kiến tháng 11 năm 2021" for a session known only as a period.</summary>
    public string SessionPhrase => Session.Date is { } date ? $"Dự kiến ngày {Vi(date)}" : $"Dự kiến {Session.Label}";

    public static AdministrativeProcedureSchedule Read(PlanParameters parameters)
    {
        var session = parameters.Anchors(AdministrativeProcedurePlanType.SessionParameter, "ngày tổ chức Hội nghị đối thoại", "day of the dialogue conference")[0];
        var schedule = new AdministrativeProcedureSchedule
        {
            // The year follows the session when not given; one given that disagrees is refused naming both.
            Year = PlanYear.Resolve(parameters, AdministrativeProcedurePlanType.YearParameter, AdministrativeProcedurePlanType.SessionParameter, [session]),
            Session = session,
            IssuedOn = parameters.Date(AdministrativeProcedurePlanType.IssuedOnParameter),
            RegistrationFrom = parameters.Date(AdministrativeProcedurePlanType.RegistrationFromParameter),
            RegistrationTo = parameters.Date(AdministrativeProcedurePlanType.RegistrationToParameter),
            AnswersFrom = parameters.Date(AdministrativeProcedurePlanType.AnswersFromParameter),
            AnswersTo = parameters.Date(AdministrativeProcedurePlanType.AnswersToParameter),
            CompileFrom = parameters.Date(AdministrativeProcedurePlanType.CompileFromParameter),
            CompileTo = parameters.Date(AdministrativeProcedurePlanType.CompileToParameter),
            ReportBefore = parameters.Date(AdministrativeProcedurePlanType.ReportBeforeParameter),
        };
        schedule.Check();
        return schedule;
    }

    public static string Vi(LocalDate date) => VietnameseDate.Format(date);

    private void Check()
    {
        var period = Session.Period;
        if (period.Start.Year != Year || period.End.Year != Year)
        {
            Fail(AdministrativeProcedurePlanType.YearParameter, Year.ToString(CultureInfo.InvariantCulture),
                $"{period.Start.Year}, the year of the session ({Session.EnglishLabel}): the plan is for the year its conference is held in");
        }

        Require(RegistrationTo >= RegistrationFrom, AdministrativeProcedurePlanType.RegistrationToParameter, RegistrationTo,
            $"a date on or after {AdministrativeProcedurePlanType.RegistrationFromParameter} ({Iso(RegistrationFrom)})");
        Require(IssuedOn <= RegistrationFrom, AdministrativeProcedurePlanType.IssuedOnParameter, IssuedOn,
            $"a date on or before {AdministrativeProcedurePlanType.RegistrationFromParameter} ({Iso(RegistrationFrom)}): the plan is issued before registration opens");
        Require(AnswersFrom > RegistrationTo, AdministrativeProcedurePlanType.AnswersFromParameter, AnswersFrom,
            $"a date after {AdministrativeProcedurePlanType.RegistrationToParameter} ({Iso(RegistrationTo)}): the departments answer the forms once registration has closed (II.4)");
        Require(AnswersTo >= AnswersFrom, AdministrativeProcedurePlanType.AnswersToParameter, AnswersTo,
            $"a date on or after {AdministrativeProcedurePlanType.AnswersFromParameter} ({Iso(AnswersFrom)})");
        Require(CompileFrom > AnswersTo, AdministrativeProcedurePlanType.CompileFromParameter, CompileFrom,
            $"a date after {AdministrativeProcedurePlanType.AnswersToParameter} ({Iso(AnswersTo)}): the office compiles the departments' answers (II.4)");
        Require(CompileTo >= CompileFrom, AdministrativeProcedurePlanType.CompileToParameter, CompileTo,
            $"a date on or after {AdministrativeProcedurePlanType.CompileFromParameter} ({Iso(CompileFrom)})");
        if (period.Start <= CompileTo)
        {
            Fail(AdministrativeProcedurePlanType.SessionParameter, Session.EnglishLabel,
                $"a date or period after {AdministrativeProcedurePlanType.CompileToParameter} ({Iso(CompileTo)}): the conference follows the office's compilation (II.4)");
        }

        Require(ReportBefore > period.End, AdministrativeProcedurePlanType.ReportBeforeParameter, ReportBefore,
            $"a date after the session ({Session.EnglishLabel}): the report is of the conference's results (III.2)");
    }

    private static void Require(bool condition, string key, LocalDate value, string expected)
    {
        if (!condition)
        {
            Fail(key, Iso(value), expected);
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(string key, string value, string expected) =>
        throw new InvalidPlanParameterException(AdministrativeProcedurePlanType.TypeKey, key, value, expected);

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
