using System.Text.Json;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// Who may act, rules set aside by recorded decisions, and refusals a script can read: the Chánh Lộ
/// ward chairman's 2023 plan (session 2023-09-15, or planned for Q3 2023) run through the command line.
/// </summary>
public sealed class AuthorityAndDeviationTests : IDisposable
{
    private static readonly string[] Deputy = ["--as", "pct", "--unit", "chairman", "--role", "phó", "--signing", "KT", "--as-title", "Phó Chủ tịch UBND phường"];

    private static readonly string[] Decision = ["--deviation-reason", "Lùi sang Quý IV do mưa bão", "--deviation-document", "12/QĐ-UBND ngày 21/08/2023"];

    private readonly PlanStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void ClerkIssuingThePlan_RefusedWrongUnit_NamesTheChairman_ExitsOneAndWritesNothing()
    {
        NewPlan();
        var before = _store.Version("p1");

        var run = _store.On("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND");

        var lines = run.AssertIllegal("[authorization.denied: authorization.wrong-unit]", "Ward office may not take this action.",
            "Văn phòng phường không có thẩm quyền thực hiện việc này.");
        Assert.Contains(lines, l => l.StartsWith("  may act: Chairman of the ward People's Committee: the head, in person or TM., a deputy as KT. — Chủ tịch UBND phường",
            StringComparison.Ordinal));
        Assert.Equal(before, _store.Version("p1"));
    }

    [Fact]
    public void ClerkIssuingThePlan_Json_OneObjectWithTheStableFields()
    {
        NewPlan();

        var run = _store.On("2023-08-21", "plan", "issue", "p1", "--json");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        var error = run.Json();
        Assert.Equal(("authorization.denied", "authorization.wrong-unit", "p1", "plan", "Draft"),
            (Text(error, "code"), Text(error, "reason"), Text(error, "plan"), Text(error, "entity"), Text(error, "state")));
        Assert.Equal("Ward office may not take this action.", error.GetProperty("message").GetProperty("en").GetString());
        Assert.Equal("Văn phòng phường không có thẩm quyền thực hiện việc này.", error.GetProperty("message").GetProperty("vi").GetString());
        Assert.StartsWith("Chairman of the ward People's Committee", error.GetProperty("mayAct").GetProperty("en")[0].GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Chủ tịch UBND phường", error.GetProperty("mayAct").GetProperty("vi")[0].GetString(), StringComparison.Ordinal);
        var issue = Assert.Single(error.GetProperty("permitted").EnumerateArray(), a => Text(a, "action") == "Issue");
        Assert.Equal("dialogue plan issue p1 [--doc <number>]", Text(issue, "command"));
        Assert.False(error.TryGetProperty("rule", out _));
    }

    [Fact]
    public void DeputySigningKT_IssuesThePlan_AndTheHistoryShowsPositionAndSigningForm()
    {
        NewPlan();

        _store.On("2023-08-21", ["plan", "issue", "p1", "--doc", "45/KH-UBND", .. Deputy]).AssertOk();

        var issued = _store.On("2023-08-21", "history", "p1", "--json").AssertOk().Json().GetProperty("events").EnumerateArray().Single(e => Text(e, "type") == "plan-issued");
        Assert.Equal(("pct", "chairman", "deputy", "KT."), (Text(issued, "by"), Text(issued, "unit"), Text(issued, "position"), Text(issued, "signing")));
        var text = _store.On("2023-08-21", "history", "p1").AssertOk().Out;
        Assert.Contains("deputy", text, StringComparison.Ordinal);
        Assert.Contains("KT.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeputySigningInHisOwnName_Refused_SigningForm()
    {
        NewPlan();

        var error = _store.On("2023-08-21", "plan", "issue", "p1", "--json", "--as", "pct", "--unit", "chairman", "--role", "deputy").Json();

        Assert.Equal(("authorization.denied", "authorization.signing-form"), (Text(error, "code"), Text(error, "reason")));
    }

    [Fact]
    public void IllegalTransition_Json_CodeStateAndPermittedCommands()
    {
        NewIssuedPlan();

        var run = _store.AsChairman("2023-08-22", "session", "conclude", "p1", "--json");

        Assert.Equal(1, run.ExitCode);
        var error = run.Json();
        Assert.Equal(("runtime.invalid-transition", "session", "session-1", "ConcludeSession", "Conclude", "Scheduled", "issued"),
            (Text(error, "code"), Text(error, "entity"), Text(error, "id"), Text(error, "action"), Text(error, "trigger"), Text(error, "state"), Text(error, "planStatus")));
        Assert.Contains("cannot Conclude", error.GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("Không thể thực hiện 'Conclude'", error.GetProperty("message").GetProperty("vi").GetString(), StringComparison.Ordinal);
        var announce = Assert.Single(error.GetProperty("permitted").EnumerateArray(), a => Text(a, "action") == "AnnounceSession");
        Assert.Equal("dialogue session announce p1 session-1", Text(announce, "command"));
        Assert.StartsWith("Quảng Ngãi city People's Committee", announce.GetProperty("mayAct").GetProperty("en")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void BlockedAction_Json_RuleBlockedReasonsAndNoDeviation()
    {
        NewIssuedPlan();
        _store.AsCity("2023-08-25", "session", "announce", "p1").AssertOk();

        var run = _store.AsChairman("2023-09-06", "plan", "complete", "p1", "--json");

        Assert.Equal(1, run.ExitCode);
        var error = run.Json();
        Assert.Equal(("runtime.action-blocked", "plan", "InProgress"), (Text(error, "code"), Text(error, "entity"), Text(error, "state")));
        Assert.False(error.GetProperty("allowsDeviation").GetBoolean());
        var blocked = error.GetProperty("blocked").EnumerateArray().ToList();
        Assert.NotEmpty(blocked);
        Assert.Equal(Text(error, "rule"), Text(blocked[0], "code"));
        Assert.Contains(blocked, b => Text(b, "en")!.Contains("session-1", StringComparison.Ordinal));
    }

    [Fact]
    public void LateAnnouncement_Json_RuleLeadTimeAllowsDeviation_SaysHow()
    {
        NewIssuedPlan();

        var run = _store.AsCity("2023-09-08", "session", "announce", "p1", "--json");

        Assert.Equal(1, run.ExitCode);
        var error = run.Json();
        Assert.Equal(("runtime.command-rejected", "session.lead-time", "session", "session-1", "Scheduled"),
            (Text(error, "code"), Text(error, "rule"), Text(error, "entity"), Text(error, "id"), Text(error, "state")));
        Assert.True(error.GetProperty("allowsDeviation").GetBoolean());
        Assert.Equal("--deviate session.lead-time --deviation-reason <text> --deviation-document <number>",
            error.GetProperty("deviation").GetProperty("options").GetString());
        Assert.Contains("the notice was due 2023-09-05", error.GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("chậm nhất ngày 05/09/2023", error.GetProperty("message").GetProperty("vi").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void LateAnnouncement_Text_SaysADeviationIsPossibleAndHow()
    {
        NewIssuedPlan();

        var lines = _store.AsCity("2023-09-08", "session", "announce", "p1").AssertIllegal("[session.lead-time]");

        Assert.Contains("  rule session.lead-time: a recorded deviation may set it aside — quy tắc này cho phép ghi nhận ngoại lệ (có lý do và văn bản)", lines);
        Assert.Contains("    to deviate, repeat the command with: --deviate session.lead-time --deviation-reason <text> --deviation-document <number>", lines);
        Assert.Contains(lines, l => l.StartsWith("    may deviate: Chairman of the ward People's Committee", StringComparison.Ordinal));
    }

    [Fact]
    public void Q3SessionMovedToOctober_RefusedOutsidePeriod_AcceptedWithTheDecision_ShownInHistoryAndReport()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-Q3", "--id", "p1").AssertOk();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND").AssertOk();
        var before = _store.Version("p1");

        _store.AsChairman("2023-08-22", "session", "schedule", "p1", "--date", "2023-10-20").AssertIllegal("[session.outside-period]", "Quý III/2023");
        Assert.Equal(before, _store.Version("p1"));

        var recorded = _store.AsChairman("2023-08-22", ["session", "schedule", "p1", "--date", "2023-10-20", "--deviate", "session.outside-period", .. Decision]).AssertOk();

        Assert.Equal("recorded rule-deviated: session.outside-period set aside for ScheduleSession session-1: Lùi sang Quý IV do mưa bão "
            + "(the rule: Session 'session-1' is planned for Q3 2023 (2023-07-01 to 2023-09-30), not 2023-10-20.) [12/QĐ-UBND ngày 21/08/2023]", recorded.OutLines[0]);
        Assert.Equal("recorded session-scheduled: session-1 on 2023-10-20", recorded.OutLines[1]);

        var history = _store.On("2023-08-22", "history", "p1", "--json").AssertOk().Json().GetProperty("events").EnumerateArray().ToList();
        var deviated = Assert.Single(history, e => Text(e, "type") == "rule-deviated");
        var deviation = deviated.GetProperty("deviation");
        Assert.Equal(("session.outside-period", "Lùi sang Quý IV do mưa bão", "12/QĐ-UBND ngày 21/08/2023", "ScheduleSession", "session-1"),
            (Text(deviation, "rule"), Text(deviation, "reason"), Text(deviation, "document"), Text(deviation, "command"), Text(deviation, "entity")));
        Assert.Equal(("chairman", "head"), (Text(deviated, "by"), Text(deviated, "position")));

        var text = _store.On("2023-08-22", "history", "p1").AssertOk().Out;
        Assert.Contains("Deviations (rules set aside by a recorded decision):", text, StringComparison.Ordinal);
        Assert.Contains("  session.outside-period: Lùi sang Quý IV do mưa bão [12/QĐ-UBND ngày 21/08/2023] by chairman (chairman, head) on 2023-08-22", text, StringComparison.Ordinal);

        var report = _store.On("2023-08-22", "export", "p1", "--format", "markdown").AssertOk().Out;
        Assert.Contains("## Ngoại lệ đã ghi nhận (recorded deviations)", report, StringComparison.Ordinal);
        Assert.Contains("| session.outside-period | Lùi sang Quý IV do mưa bão | 12/QĐ-UBND ngày 21/08/2023 | chairman (Chủ tịch UBND phường, chairman) | 22/08/2023 ",
            report, StringComparison.Ordinal);
    }

    [Fact]
    public void DeviationFromTheOffice_RefusedOnlyTheChairmanMaySetARuleAside()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-Q3", "--id", "p1").AssertOk();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1").AssertOk();

        // The office may not schedule at all; the refusal names the chairman, and nothing is recorded.
        var error = _store.On("2023-08-22", ["session", "schedule", "p1", "--date", "2023-10-20", "--deviate", "session.outside-period", "--json", .. Decision]).Json();

        Assert.Equal("authorization.denied", Text(error, "code"));
        Assert.DoesNotContain(_store.On("2023-08-22", "history", "p1", "--json").Json().GetProperty("events").EnumerateArray(), e => Text(e, "type") == "rule-deviated");
    }

    [Fact]
    public void Actions_ListWhoMayAct_AndWhetherTheGivenActorMay()
    {
        NewPlan();

        var asClerk = _store.On("2023-08-20", "actions", "p1", "--json").AssertOk().Json();
        var issue = asClerk.GetProperty("actions").EnumerateArray().Single(a => Text(a, "entity") == "plan" && Text(a, "action") == "Issue");
        Assert.StartsWith("Chairman of the ward People's Committee: the head, in person or TM.", issue.GetProperty("mayAct").GetProperty("en")[0].GetString(), StringComparison.Ordinal);
        Assert.True(issue.GetProperty("allowed").GetBoolean());
        Assert.False(issue.GetProperty("actorMay").GetBoolean());
        Assert.Equal("authorization.wrong-unit", Text(issue.GetProperty("actorRefused")[0], "code"));
        Assert.Equal(("clerk-01", "office", "staff"), (Text(asClerk.GetProperty("actor"), "user"), Text(asClerk.GetProperty("actor"), "unit"), Text(asClerk.GetProperty("actor"), "position")));

        var asChairman = _store.AsChairman("2023-08-20", "actions", "p1", "--json").AssertOk().Json();
        Assert.True(asChairman.GetProperty("actions").EnumerateArray().Single(a => Text(a, "entity") == "plan" && Text(a, "action") == "Issue").GetProperty("actorMay").GetBoolean());

        var text = _store.On("2023-08-20", "actions", "p1").AssertOk().Out;
        Assert.Contains("Who may act", text, StringComparison.Ordinal);
        Assert.Contains("as clerk-01 (office, staff)", text, StringComparison.Ordinal);
        Assert.Contains("no (authorization.wrong-unit)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_WithoutAnActor_ListWhoMayActOnly()
    {
        NewPlan();

        var json = Cli.RunWithEnvironment(new Dictionary<string, string>(), "actions", "p1", "--json", "--db", _store.Database, "--today", "2023-08-20").AssertOk().Json();

        Assert.Equal(JsonValueKind.Null, json.GetProperty("actor").ValueKind);
        Assert.All(json.GetProperty("actions").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("actorMay").ValueKind));
    }

    [Fact]
    public void PreviewAndShow_Text_ListTheRulesAuthorityAndChecks()
    {
        var preview = Cli.Run("plan", "preview", "ward-chairman", "--session", "2023-Q3").AssertOk().Out;

        Assert.Contains("Rules of the plan (quy định của kế hoạch):", preview, StringComparison.Ordinal);
        Assert.Contains("    session-1: Q3 2023 — Quý III/2023 (2023-07-01 … 2023-09-30)", preview, StringComparison.Ordinal);
        Assert.Contains("  Announcement lead time: at least 7 working days before the session — ít nhất 7 ngày làm việc trước ngày tổ chức đối thoại", preview, StringComparison.Ordinal);
        Assert.Contains("  Issue: Chairman of the ward People's Committee: the head, in person or TM., a deputy as KT. — Chủ tịch UBND phường", preview, StringComparison.Ordinal);
        Assert.Contains("  AnnounceSession: Quảng Ngãi city People's Committee", preview, StringComparison.Ordinal);
        Assert.Contains("  CompleteTask: Each task's owner unit; Ward office recording on its behalf", preview, StringComparison.Ordinal);
        Assert.Contains("  session.outside-period [deviation allowed]:", preview, StringComparison.Ordinal);
        Assert.Contains("  session.date-mismatch [no deviation]:", preview, StringComparison.Ordinal);

        NewPlan();
        var show = _store.On("2023-08-20", "plan", "show", "p1").AssertOk().Out;
        Assert.Contains("Authority (who may act — thẩm quyền):", show, StringComparison.Ordinal);
        Assert.Contains("  session.lead-time [deviation allowed]:", show, StringComparison.Ordinal);
    }

    [Fact]
    public void PreviewAndShow_Json_ListTheRulesAuthorityAndChecks()
    {
        var preview = Cli.Run("plan", "preview", "ward-chairman", "--session", "2023-Q3", "--json").AssertOk().Json();
        NewPlan();
        var show = _store.Show("p1");

        foreach (var plan in new[] { preview, show })
        {
            var rules = plan.GetProperty("rules");
            Assert.Equal("ít nhất 7 ngày làm việc trước", Text(rules.GetProperty("announcementLeadTime"), "text"));
            Assert.Equal("sessionDate", Text(rules.GetProperty("announcementLeadTime"), "anchor"));
            Assert.Equal(0, rules.GetProperty("minimumSessionsPerYear").GetInt32());
            var session = rules.GetProperty("sessions")[0];
            Assert.Equal("session-1", Text(session, "key"));
            var checks = rules.GetProperty("checks").EnumerateArray().ToDictionary(c => Text(c, "code")!, c => c.GetProperty("allowsDeviation").GetBoolean());
            Assert.True(checks["session.lead-time"]);
            Assert.False(checks["session.date-mismatch"]);
            var issue = plan.GetProperty("authority").GetProperty("actions").EnumerateArray().Single(a => Text(a, "action") == "Issue");
            Assert.StartsWith("Chủ tịch UBND phường", issue.GetProperty("mayAct").GetProperty("vi")[0].GetString(), StringComparison.Ordinal);
            Assert.Equal(["office"], plan.GetProperty("authority").GetProperty("recordingUnits").EnumerateArray().Select(u => u.GetString()));
        }

        Assert.Equal(("2023-07-01", "2023-09-30"), (Text(preview.GetProperty("rules").GetProperty("sessions")[0], "from"), Text(preview.GetProperty("rules").GetProperty("sessions")[0], "to")));
    }

    [Fact]
    public void PartyCommitteePreview_ListsRoutingByDomainAndTheAnsweringUnit()
    {
        var preview = Cli.Run("plan", "preview", "party-committee", "--json").AssertOk().Json();

        var routes = preview.GetProperty("rules").GetProperty("routes").EnumerateArray().ToList();
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.False(string.IsNullOrEmpty(Text(r, "answeredBy"))));
        Assert.Contains("Routing by domain:", Cli.Run("plan", "preview", "party-committee").AssertOk().Out, StringComparison.Ordinal);
    }

    private static string? Text(JsonElement element, string property) => element.GetProperty(property).GetString();

    private void NewPlan() => _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();

    private void NewIssuedPlan()
    {
        NewPlan();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND").AssertOk();
    }
}
