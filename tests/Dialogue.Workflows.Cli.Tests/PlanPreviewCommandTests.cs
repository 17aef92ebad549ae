using System.Text.Json;

namespace Dialogue.Workflows.Cli.Tests;

public sealed class PlanPreviewCommandTests
{
    public static TheoryData<string, string> TypesAndSessions => new()
    {
        { "ward-chairman", "session-1" },
        { "administrative-procedure", "conference" },
        { "urban-government", "session-2" },
        { "district-council", "q3" },
        { "party-committee", "conference" },
        { "commune-dialogue", "session-1" },
    };

    [Fact]
    public void Preview_OnItsDefaults_CoversEveryRegisteredType()
    {
        var registered = Cli.Run("plan", "types", "--json").Json().GetProperty("types").EnumerateArray().Select(t => t.GetProperty("key").GetString()!);

        Assert.Equal(registered.Order(StringComparer.Ordinal), TypesAndSessions.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Preview_CommuneDialogueBare_IsAnExampleThatSaysSo()
    {
        var run = Cli.Run("plan", "preview", "commune-dialogue");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("xã Ví Dụ với Nhân dân năm 2027 (ví dụ, không phải dữ liệu của một văn bản)", run.Out, StringComparison.Ordinal);
        Assert.Contains("(an example, not a document's data)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_CommuneDialogueWithItsPlace_IsNotMarkedAsAnExample()
    {
        var run = Cli.Run("plan", "preview", "commune-dialogue", "--param", "session=2027-03-26", "--param", "commune=Tân Phú", "--param", "province=Đồng Nai");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.DoesNotContain("ví dụ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_Json_ListsTheSixPlanTypesWithTheirSessionParameter()
    {
        var run = Cli.Run("plan", "types", "--json");

        Assert.Equal(0, run.ExitCode);
        var types = run.Json().GetProperty("types").EnumerateArray().ToList();
        Assert.Equal(["administrative-procedure", "commune-dialogue", "district-council", "party-committee", "urban-government", "ward-chairman"],
            types.Select(t => t.GetProperty("key").GetString()).Order(StringComparer.Ordinal));
        Assert.All(types, t =>
        {
            Assert.Equal(1, t.GetProperty("version").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("englishTitle").GetString()));
            Assert.Contains(t.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("key").GetString() == "session");
        });
        var wardSession = types.Single(t => t.GetProperty("key").GetString() == "ward-chairman").GetProperty("parameters").EnumerateArray()
            .Single(p => p.GetProperty("key").GetString() == "session");
        Assert.Equal(["2023-Q3"], wardSession.GetProperty("defaults").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public void Types_Json_GivesEachTypesLegalBasisAndPeriod()
    {
        var types = Cli.Run("plan", "types", "--json").Json().GetProperty("types").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);

        var district = types["district-council"].GetProperty("legalBasis");
        Assert.Equal("2025-06-30", district.GetProperty("inForceUntil").GetString());
        Assert.Contains("72/2025/QH15", district.GetProperty("endedBy").GetString(), StringComparison.Ordinal);
        var commune = types["commune-dialogue"].GetProperty("legalBasis");
        Assert.Equal("2025-07-01", commune.GetProperty("inForceFrom").GetString());
        Assert.Equal(JsonValueKind.Null, commune.GetProperty("inForceUntil").ValueKind);
    }

    [Fact]
    public void Types_Text_ShowsTheLegalBasisAndItsPeriod()
    {
        var run = Cli.Run("plan", "types");

        Assert.Contains("Luật Tổ chức chính quyền địa phương số 72/2025/QH15, Điều 43", run.Out, StringComparison.Ordinal);
        Assert.Contains("hiệu lực từ 01/07/2025", run.Out, StringComparison.Ordinal);
        Assert.Contains("hiệu lực đến hết 30/06/2025", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_CommuneDialogue2027_ShowsTheLawItFollows()
    {
        var run = Cli.Run("plan", "preview", "commune-dialogue", "--param", "session=2027-03-26", "--param", "commune=Tân Phú", "--param", "province=Đồng Nai");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Legal basis: Luật Tổ chức chính quyền địa phương số 72/2025/QH15", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_DistrictCouncil2027_WarnsThatTheLawEnded()
    {
        var run = Cli.Run("plan", "preview", "district-council", "--session", "2027-Q2", "--session", "2027-Q3", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains(run.Json().GetProperty("warnings").EnumerateArray(), w => w.GetProperty("code").GetString() == "plan.law-not-in-force");
    }

    [Fact]
    public void Types_Text_NamesEachTypeWithBothTitles()
    {
        var run = Cli.Run("plan", "types");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ward-chairman (version 1)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Đối thoại giữa Chủ tịch UBND phường với Nhân dân trên địa bàn phường", run.Out, StringComparison.Ordinal);
        Assert.Contains("2023-Q3", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TypesAndSessions))]
    public void Preview_DocumentsDefaults_PrintsStepsSessionsAgendaParticipantsAndWarnings(string type, string session)
    {
        var run = Cli.Run("plan", "preview", type, "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var plan = run.Json();
        Assert.Equal(type, plan.GetProperty("type").GetProperty("key").GetString());
        Assert.Contains(plan.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("key").GetString() == session);
        var steps = plan.GetProperty("steps").EnumerateArray().ToList();
        Assert.True(steps.Count > 5, $"{steps.Count} steps");
        Assert.All(steps, step =>
        {
            Assert.False(string.IsNullOrWhiteSpace(step.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(step.GetProperty("owner").GetString()));
            Assert.True(step.TryGetProperty("phase", out _));
            // A step has a date, or the dates a pending one can take, or no deadline at all: never a half.
            var due = step.GetProperty("due");
            if (due.ValueKind == JsonValueKind.String)
            {
                Assert.Equal(due.GetString(), step.GetProperty("dueLatest").GetString());
            }

            Assert.Equal(step.GetProperty("dueEarliest").ValueKind, step.GetProperty("dueLatest").ValueKind);
        });
        // Not every document has a programme (the ward-chairman and TTHC plans set none).
        Assert.Equal(JsonValueKind.Array, plan.GetProperty("agenda").ValueKind);
        Assert.NotEmpty(plan.GetProperty("participants").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, plan.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public void Preview_WardChairmanOnItsDate_FrontsSummaryIsDueTenDaysBefore()
    {
        var run = Cli.Run("plan", "preview", "ward-chairman", "--session", "2023-09-15", "--json");

        Assert.Equal(0, run.ExitCode);
        var steps = run.Json().GetProperty("steps").EnumerateArray().ToList();
        var summary = steps.Single(s => s.GetProperty("id").GetString() == "front-summary@session-1");
        Assert.Equal("2023-09-05", summary.GetProperty("due").GetString());
        Assert.Equal("before", summary.GetProperty("phase").GetString());
        Assert.Equal("Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể phường", summary.GetProperty("owner").GetString());
        Assert.Contains("05/09/2023", summary.GetProperty("explanation").GetProperty("summary").GetString(), StringComparison.Ordinal);
        var session = steps.Single(s => s.GetProperty("kind").GetString() == "session");
        Assert.Equal("2023-09-15", session.GetProperty("due").GetString());
        // Steps come in the engine's order: everything before the session precedes it.
        Assert.True(steps.IndexOf(summary) < steps.IndexOf(session));
    }

    [Fact]
    public void Preview_WardChairmanOnAQuarter_StepsArePendingWithTheirRange()
    {
        var run = Cli.Run("plan", "preview", "ward-chairman", "--session", "2023-Q3", "--json");

        var summary = run.Json().GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "front-summary@session-1");
        Assert.Equal(JsonValueKind.Null, summary.GetProperty("due").ValueKind);
        Assert.Equal("2023-06-21", summary.GetProperty("dueEarliest").GetString());
        Assert.Equal("2023-09-20", summary.GetProperty("dueLatest").GetString());
    }

    [Fact]
    public void Preview_AdministrativeProcedure_RegistrationWindowAnswersAndSaturdayWarning()
    {
        var run = Cli.Run("plan", "preview", "administrative-procedure", "--session", "2021-11-05", "--json");

        Assert.Equal(0, run.ExitCode);
        var plan = run.Json();
        var steps = plan.GetProperty("steps").EnumerateArray().ToDictionary(s => s.GetProperty("id").GetString()!);
        var forms = steps["receive-forms@conference"];
        Assert.Equal(("2021-10-18", "2021-10-25"), (forms.GetProperty("opens").GetString(), forms.GetProperty("due").GetString()));
        Assert.Equal("2021-10-28", steps["department-answers@conference"].GetProperty("due").GetString());
        var saturday = Assert.Single(plan.GetProperty("warnings").EnumerateArray(), w => w.GetProperty("date").GetString() == "2021-10-30");
        Assert.Equal("window.ends-on-day-off", saturday.GetProperty("code").GetString());
        Assert.Contains("30/10/2021", saturday.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_Text_ShowsTimelineAgendaParticipantsAndWarnings()
    {
        var run = Cli.Run("plan", "preview", "administrative-procedure");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2021-10-18 – 2021-10-25", run.Out, StringComparison.Ordinal);
        Assert.Contains("Agenda:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Participants:", run.Out, StringComparison.Ordinal);
        Assert.Contains("[window.ends-on-day-off]", run.Out, StringComparison.Ordinal);
        // The type declares its basis: the 2021 plan, with no period, since the ward's dialogue outlived the district.
        Assert.Contains("Legal basis: Kế hoạch số 151/KH-UBND", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_WardChairman2027WithFormerWards_ListsThemAndTheProvinceInItsNotes()
    {
        var run = Cli.Run("plan", "preview", "ward-chairman", "--session", "2027-05-14", "--param", "ward=Cẩm Thành",
            "--param", "former-wards=Phường Chánh Lộ", "--param", "former-wards=Phường Nghĩa Chánh", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var notes = run.Json().GetProperty("notes").EnumerateArray().Select(n => n.GetProperty("text").GetString()).ToList();
        Assert.Contains("Phường Cẩm Thành được sắp xếp từ: Phường Chánh Lộ, Phường Nghĩa Chánh.", notes);
        Assert.Contains(notes, n => n!.StartsWith("Cơ quan cấp trên: UBND tỉnh Quảng Ngãi", StringComparison.Ordinal));
    }

    [Fact]
    public void Preview_PartyCommitteeSuperiorGivenTwice_IsBadInput()
    {
        var run = Cli.Run("plan", "preview", "party-committee", "--param", "superior=Đảng bộ tỉnh Tây Ninh", "--param", "superior=Tỉnh ủy");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Tham số 'superior' không hợp lệ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_Explain_PrintsEachFullExplanationInBothLanguages()
    {
        var run = Cli.Run("plan", "preview", "ward-chairman", "--session", "2023-09-15", "--explain");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("== front-summary@session-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("Căn cứ:", run.Out, StringComparison.Ordinal);
        Assert.Contains("Legal basis:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Preview_ParamChangesTheDefinition()
    {
        var run = Cli.Run("plan", "preview", "ward-chairman", "--session", "2023-09-15", "--param", "groups=2", "--json");

        var ids = run.Json().GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("id").GetString()).ToList();
        Assert.Contains("group-2-report@session-1", ids);
        Assert.DoesNotContain("group-3-report@session-1", ids);
    }

    [Theory]
    [InlineData(new[] { "plan", "preview", "nope" }, "'nope'")]
    [InlineData(new[] { "plan", "preview", "ward-chairman", "--session", "next-week" }, "'next-week'")]
    [InlineData(new[] { "plan", "preview", "ward-chairman", "--param", "groups" }, "--param: 'groups' is not key=value")]
    [InlineData(new[] { "plan", "preview", "ward-chairman", "--param", "groups=many" }, "'many'")]
    [InlineData(new[] { "plan", "preview", "ward-chairman", "--param", "colour=red" }, "'colour'")]
    [InlineData(new[] { "plan", "preview", "ward-chairman", "--today", "2023-02-30" }, "--today: '2023-02-30' is not a date")]
    public void Preview_BadInput_ExitsTwoNamingTheValue(string[] args, string fragment) =>
        Cli.Run(args).AssertBadInput(fragment);
}
