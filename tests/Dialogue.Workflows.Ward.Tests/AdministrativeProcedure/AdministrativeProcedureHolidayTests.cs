using Dialogue.Workflows.Deadlines;
using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Dialogue.Workflows.Runtime.Commands;
using Dialogue.Workflows.Ward.AdministrativeProcedure;
using NodaTime;
using static Dialogue.Workflows.Ward.AdministrativeProcedure.AdministrativeProcedureTasks;
using static Dialogue.Workflows.Ward.Tests.AdministrativeProcedure.AdministrativeProcedureFixture;

namespace Dialogue.Workflows.Ward.Tests.AdministrativeProcedure;

/// <summary>
/// The same plan moved by its parameters across Tết, 30/4–1/5 and 2/9, with every date worked out by hand
/// from the civil servants' official schedules (Tết 2024: TB 5014/TB-LĐTBXH; 30/4–1/5 2024: CV 2450/VPCP-KGVX;
/// 2/9 2023: CV 8056/VPCP-KGVX).
/// </summary>
public sealed class AdministrativeProcedureHolidayTests
{
    // Tết Giáp Thìn 2024: days off Thu 08/02 to Wed 14/02 (weekdays 08, 09, 12, 13, 14 February); Mùng 1 Tết is Sat 10/02.
    private static readonly (string, string)[] Tet2024 =
    [
        ("year", "2024"), ("issued-on", "2024-01-26"),
        ("registration-from", "2024-01-29"), ("registration-to", "2024-02-07"),
        ("answers-from", "2024-02-08"), ("answers-to", "2024-02-15"),
        ("compile-from", "2024-02-16"), ("compile-to", "2024-02-17"),
        ("session", "2024-02-23"), ("report-before", "2024-03-01"),
    ];

    // 2024: Giỗ Tổ Hùng Vương Thu 18/04; Mon 29/04 off, swapped with Sat 04/05 (a working day); 30/04 and 01/05 holidays.
    private static readonly (string, string)[] LateApril2024 =
    [
        ("year", "2024"), ("issued-on", "2024-04-05"),
        ("registration-from", "2024-04-08"), ("registration-to", "2024-04-18"),
        ("answers-from", "2024-04-19"), ("answers-to", "2024-04-23"),
        ("compile-from", "2024-04-24"), ("compile-to", "2024-04-25"),
        ("session", "2024-04-26"), ("report-before", "2024-05-06"),
    ];

    // 2/9/2023 is a Saturday: days off Fri 01/09 (the adjacent day) to Mon 04/09 (compensatory day for Quốc khánh).
    private static readonly (string, string)[] EarlySeptember2023 =
    [
        ("year", "2023"), ("issued-on", "2023-08-10"),
        ("registration-from", "2023-08-14"), ("registration-to", "2023-08-25"),
        ("answers-from", "2023-08-28"), ("answers-to", "2023-08-30"),
        ("compile-from", "2023-08-31"), ("compile-to", "2023-09-01"),
        ("session", "2023-09-04"), ("report-before", "2023-09-06"),
    ];

    [Fact]
    public void Timeline_AroundTet2024_KeepsWindowsAsWrittenAndCountsTheReportBackOverNoHoliday()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2024, 1, 26));
        var plan = fixture.Preview(Tet2024);

        var lines = fixture.Engine.Timeline(plan).ToDictionary(l => l.Id);

        // Windows are kept as written (II.4): the departments' window opens on 29 Tết (Thu 08/02), a day off.
        Assert.Equal((D(2024, 1, 29), D(2024, 2, 7)), (lines[AtConference(ReceiveForms)].Opens, lines[AtConference(ReceiveForms)].Due));
        Assert.Equal((D(2024, 2, 8), D(2024, 2, 15)), (lines[AtConference(DepartmentAnswers)].Opens, lines[AtConference(DepartmentAnswers)].Due));
        Assert.Equal((D(2024, 2, 16), D(2024, 2, 17)), (lines[AtConference(CompileContent)].Opens, lines[AtConference(CompileContent)].Due));
        // Invitations dated with the conference, Fri 23/02; "trước ngày 01/03/2024" (Fri) → Thu 29/02, the leap day.
        Assert.Equal(D(2024, 2, 23), lines[AtConference(DraftInvitations)].Due);
        Assert.Equal(D(2024, 2, 29), lines[AtConference(ReportToDistrict)].Due);
    }

    [Fact]
    public void Lint_AroundTet2024_FindsTheDepartmentsWindowOpeningOnTetAndTheCompilationEndingOnSaturday()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2024, 1, 26));

        var warnings = fixture.Engine.Lint(fixture.Preview(Tet2024)).Select(w => (w.Code, w.Subject, w.Date)).ToList();

        Assert.Equal(
        [
            (DeadlineWarningCodes.WindowOpensOnDayOff, AtConference(DepartmentAnswers), (LocalDate?)D(2024, 2, 8)),
            (DeadlineWarningCodes.WindowOpensOnDayOff, AtConference(DepartmentGuidance), D(2024, 2, 8)),
            (DeadlineWarningCodes.WindowEndsOnDayOff, AtConference(CompileContent), D(2024, 2, 17)),
        ], warnings);
    }

    [Fact]
    public async Task FormAnswerDeadline_ForwardedTheDayBeforeTet2024_IsTheFirstWorkingDayAfterIt()
    {
        // III.3 "sau 03 ngày kể từ ngày nhận được văn bản": forwarded Wed 07/02, the 3 days end Sat 10/02 (Mùng 1 Tết);
        // Sun 11/02 and the Tết days off 12–14/02 follow, so the period ends on Thu 15/02 (Civil Code Art. 148(5)).
        var due = await PreparationDueAsync(Tet2024, D(2024, 2, 7));

        Assert.Equal(D(2024, 2, 15), due);
    }

    [Fact]
    public void Timeline_LateApril2024_ReportBeforeSixthMayIsDueOnTheMakeUpSaturday()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2024, 4, 5));
        var plan = fixture.Preview(LateApril2024);

        var lines = fixture.Engine.Timeline(plan).ToDictionary(l => l.Id);

        Assert.Equal((D(2024, 4, 8), D(2024, 4, 18)), (lines[AtConference(ReceiveForms)].Opens, lines[AtConference(ReceiveForms)].Due));
        Assert.Equal(D(2024, 4, 26), lines[Conference].Due);
        Assert.Equal(D(2024, 4, 26), lines[AtConference(InviteOrAnswerInWriting)].Due);
        // "trước ngày 06/05/2024" (Mon): Sun 05/05 is off, Sat 04/05 is the make-up working day for Mon 29/04 → due Sat 04/05.
        Assert.True(fixture.Engine.Calendar.IsWorkingDay(D(2024, 5, 4)));
        Assert.Equal(D(2024, 5, 4), lines[AtConference(ReportToDistrict)].Due);
    }

    [Fact]
    public void Lint_LateApril2024_FindsTheRegistrationWindowEndingOnGioToHungVuong()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2024, 4, 5));

        var warnings = fixture.Engine.Lint(fixture.Preview(LateApril2024));

        // The office's task and the citizens' registration window both close on Thu 18/04, Giỗ Tổ Hùng Vương.
        Assert.Equal([AtConference(ReceiveForms), "registration"], warnings.Select(w => w.Subject));
        Assert.All(warnings, w => Assert.Equal((DeadlineWarningCodes.WindowEndsOnDayOff, (LocalDate?)D(2024, 4, 18)), (w.Code, w.Date)));
    }

    [Fact]
    public async Task FormAnswerDeadline_ForwardedOnFriday26April2024_IsThursdaySecondMay()
    {
        // Forwarded Fri 26/04: the 3 days end Mon 29/04, swapped off for Sat 04/05; 30/04 and 01/05 are holidays → Thu 02/05.
        var due = await PreparationDueAsync(LateApril2024, D(2024, 4, 26));

        Assert.Equal(D(2024, 5, 2), due);
    }

    [Fact]
    public void Timeline_EarlySeptember2023_InvitationsMoveBackOverTheWholeNationalDayBreak()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2023, 8, 10));
        var plan = fixture.Preview(EarlySeptember2023);

        var lines = fixture.Engine.Timeline(plan).ToDictionary(l => l.Id);

        // The conference on Mon 04/09 (a day off): invitations dated that day move back over Sun 03, Sat 02 (Quốc khánh)
        // and Fri 01/09 to Thu 31/08.
        Assert.Equal(D(2023, 9, 4), lines[Conference].Due);
        Assert.Equal(D(2023, 8, 31), lines[AtConference(DraftInvitations)].Due);
        Assert.Equal(D(2023, 8, 31), lines[AtConference(InviteOrAnswerInWriting)].Due);
        // "trước ngày 06/09/2023" (Wed) → Tue 05/09.
        Assert.Equal(D(2023, 9, 5), lines[AtConference(ReportToDistrict)].Due);
        Assert.Equal((D(2023, 8, 31), D(2023, 9, 1)), (lines[AtConference(CompileContent)].Opens, lines[AtConference(CompileContent)].Due));
    }

    [Fact]
    public void Lint_EarlySeptember2023_FindsTheCompilationEndingOnFirstSeptemberAndTheConferenceOnTheCompensatoryDay()
    {
        var fixture = new AdministrativeProcedureFixture(new LocalDate(2023, 8, 10));

        var warnings = fixture.Engine.Lint(fixture.Preview(EarlySeptember2023)).Select(w => (w.Code, w.Subject, w.Date)).ToList();

        Assert.Equal(
        [
            (DeadlineWarningCodes.WindowEndsOnDayOff, AtConference(CompileContent), (LocalDate?)D(2023, 9, 1)),
            ("session.on-day-off", Conference, D(2023, 9, 4)),
        ], warnings);
    }

    [Fact]
    public async Task FormAnswerDeadline_ForwardedWednesday30August2023_IsTuesdayFifthSeptember()
    {
        // Forwarded Wed 30/08: the 3 days end Sat 02/09 (Quốc khánh); Sun 03 and Mon 04/09 (compensatory day) follow → Tue 05/09.
        var due = await PreparationDueAsync(EarlySeptember2023, D(2023, 8, 30));

        Assert.Equal(D(2023, 9, 5), due);
    }

    [Fact]
    public void Timeline_DocumentsOwnYear_HasNoHolidayInItsSpan()
    {
        // Control: 16/10–10/11/2021 holds no public holiday, so only weekends move anything on the document's own dates.
        var calendar = new AdministrativeProcedureFixture(new LocalDate(2021, 10, 16)).Engine.Calendar;

        var daysOff = calendar.NonWorkingDays(D(2021, 10, 16), D(2021, 11, 10));

        Assert.All(daysOff, d => Assert.True(d.Date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday, d.Name));
    }

    /// <summary>
    /// Creates the plan, receives a form, classifies it and forwards it to the departments on the given day through the
    /// engine, and reads the departments' task for that form (III.3's 3 days), checked against the rule counted by hand.
    /// </summary>
    private static async Task<LocalDate?> PreparationDueAsync((string, string)[] parameters, LocalDate forwardedOn)
    {
        var fixture = new AdministrativeProcedureFixture(forwardedOn);
        await fixture.CreateAsync(parameters);
        await fixture.RunAsync(new ReceivePetition
        {
            By = Clerk, Session = Conference, Subject = "Đăng ký khai sinh", Petitioner = "Bà Nguyễn Thị H", Channel = PetitionChannel.Paper,
        });
        await fixture.RunAsync(new ClassifyPetition { By = Clerk, Petition = "P-001", Category = PetitionCategory.Question, Domain = "civil-status" });
        var plan = await fixture.RunAsync(new AssignPetition { By = Clerk, Petition = "P-001", Unit = "departments" });
        var forwarded = Anchor.On(plan.Petition("P-001").AssignedOn!.Value, "ngày nhận được văn bản", "day the form was forwarded");
        var duty = plan.Task("answer@P-001");
        Assert.Equal("departments", duty.Definition.Owner);
        Assert.Equal(AdministrativeProcedurePlanType.FormAnswerDeadline.Compute(forwarded, fixture.Engine.Calendar).Due, duty.Due);
        Assert.Contains(fixture.Engine.Timeline(plan), l => l.Id == "answer@P-001" && l.Due == duty.Due);
        return duty.Due;
    }

    private static LocalDate D(int year, int month, int day) => new(year, month, day);
}
