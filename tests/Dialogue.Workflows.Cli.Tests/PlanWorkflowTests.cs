using System.Text.Json;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>A ward-chairman plan run end to end through the command line, one fresh run per command on one SQLite file.</summary>
public sealed class PlanWorkflowTests : IDisposable
{
    private static readonly string[] DistrictOffice = ["--unit", "office"];

    private static readonly string[] DistrictChairman = ["--as", "ct-hdnd", "--unit", "chairman", "--role", "head", "--as-title", "Chủ tịch HĐND huyện"];

    private readonly PlanStore _store = new();

    public void Dispose() => _store.Dispose();

    [Fact]
    public void WholePlan_FromNewToComplete_EachCommandAFreshRunOnTheSameFile_EachByWhomTheDocumentNames()
    {
        // The office drafts, the chairman signs and chairs, the city announces (II.4), the office records petitions and tasks (IV.3).
        var created = _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        Assert.Equal("p1", created.OutLines[0]);
        Assert.Contains("front-summary@session-1", created.Out, StringComparison.Ordinal);

        var plan = _store.Show("p1");
        Assert.Equal("draft", plan.GetProperty("status").GetString());
        Assert.Equal("2023-09-05", Step(plan, "front-summary@session-1").GetProperty("due").GetString());

        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND", "--signing", "TM").AssertOk();
        _store.AsCity("2023-08-25", "session", "announce", "p1").AssertOk();
        _store.On("2023-09-05", "task", "done", "p1", "front-summary").AssertOk();
        var petition = _store.On("2023-09-06", "petition", "add", "p1", "--subject", "Cống thoát nước tổ 3 bị tắc", "--petitioner", "Ông Nguyễn Văn A").AssertOk();
        Assert.Contains("P-001", petition.Out, StringComparison.Ordinal);

        var due = _store.On("2023-09-06", "due", "--json").AssertOk().Json().GetProperty("items").EnumerateArray().ToList();
        var notice = Assert.Single(due, i => i.GetProperty("task").GetString() == "city-notice@session-1");
        Assert.Equal(("overdue", "2023-09-05", -1), (notice.GetProperty("state").GetString(), notice.GetProperty("due").GetString(), notice.GetProperty("workingDays").GetInt32()));
        Assert.DoesNotContain(due, i => i.GetProperty("task").GetString() == "front-summary@session-1");

        _store.AsChairman("2023-09-15", "session", "hold", "p1").AssertOk();
        _store.On("2023-09-15", "petition", "classify", "p1", "P-001", "--category", "report").AssertOk();
        _store.On("2023-09-15", "petition", "assign", "p1", "P-001", "--to", "construction", "--unit", "Văn phòng phường").AssertOk();
        _store.AsChairman("2023-09-15", "petition", "answer", "p1", "P-001", "--mode", "at-session", "--summary", "Phường nạo vét cống trong tháng 9").AssertOk();
        _store.On("2023-09-16", "petition", "notify", "p1", "P-001", "--channel", "trực tiếp").AssertOk();
        _store.On("2023-09-16", "petition", "close", "p1", "P-001").AssertOk();
        _store.AsChairman("2023-09-18", "session", "conclude", "p1", "--doc", "12/TB-UBND").AssertOk();
        // The plan completes only once every task is done or waived; the office records each on its owner's behalf.
        var open = _store.Show("p1", "2023-09-19").GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("kind").GetString() == "task" && s.GetProperty("status").GetString() == "open")
            .Select(s => s.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(open);
        foreach (var task in open)
        {
            _store.On("2023-09-19", "task", "done", "p1", task).AssertOk();
        }

        _store.AsChairman("2023-09-20", "session", "close", "p1", "session-1").AssertOk();
        _store.AsChairman("2023-09-20", "plan", "complete", "p1").AssertOk();

        plan = _store.Show("p1", "2023-09-20");
        Assert.Equal("completed", plan.GetProperty("status").GetString());
        Assert.Equal("45/KH-UBND", plan.GetProperty("document").GetString());
        var session = plan.GetProperty("sessions")[0];
        Assert.Equal(("closed", "2023-09-15", "12/TB-UBND"),
            (session.GetProperty("status").GetString(), session.GetProperty("heldOn").GetString(), session.GetProperty("conclusionNotice").GetString()));
        Assert.Equal(["P-001"], plan.GetProperty("petitionsByOutcome").GetProperty("closed").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("construction", plan.GetProperty("petitions")[0].GetProperty("assignedTo").GetString());

        var history = _store.On("2023-09-20", "history", "p1", "--json").AssertOk().Json().GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(plan.GetProperty("version").GetInt32(), history.Count);
        Assert.Equal(("plan-created", "clerk-01", "Công chức Văn phòng", "office", "staff"),
            (history[0].GetProperty("type").GetString(), history[0].GetProperty("by").GetString(), history[0].GetProperty("role").GetString(),
                history[0].GetProperty("unit").GetString(), history[0].GetProperty("position").GetString()));
        var issued = Assert.Single(history, e => e.GetProperty("type").GetString() == "plan-issued");
        Assert.Equal(("chairman", "Chủ tịch UBND phường", "45/KH-UBND", "head", "TM."),
            (issued.GetProperty("by").GetString(), issued.GetProperty("role").GetString(), issued.GetProperty("document").GetString(),
                issued.GetProperty("position").GetString(), issued.GetProperty("signing").GetString()));
        // Recorded at the host's instant; acted on the day the clerk gave.
        Assert.StartsWith("2024-06-01 ", issued.GetProperty("localTime").GetString(), StringComparison.Ordinal);
        Assert.Equal("2023-08-21", issued.GetProperty("actedOn").GetString());
        Assert.EndsWith("+07:00", issued.GetProperty("at").GetString(), StringComparison.Ordinal);
        var assigned = Assert.Single(history, e => e.GetProperty("type").GetString() == "petition-assigned");
        Assert.Equal("Văn phòng phường", assigned.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, assigned.GetProperty("signing").ValueKind);
    }

    [Fact]
    public void SessionHold_RecordedAfterwardsWithDate_UsesThatDay()
    {
        NewIssuedAnnouncedPlan();

        // Without --date, "today" (the 18th) is not the session's day, and nothing is recorded.
        var before = _store.Version("p1");
        _store.AsChairman("2023-09-18", "session", "hold", "p1").AssertIllegalOrRejected("2023-09-15", "2023-09-18");
        Assert.Equal(before, _store.Version("p1"));

        _store.AsChairman("2023-09-18", "session", "hold", "p1", "--date", "2023-09-15").AssertOk();
        var session = _store.Show("p1", "2023-09-18").GetProperty("sessions")[0];
        Assert.Equal(("held", "2023-09-15"), (session.GetProperty("status").GetString(), session.GetProperty("heldOn").GetString()));
    }

    [Fact]
    public void TaskDone_AfterItsDueDate_IsShownLate()
    {
        NewIssuedAnnouncedPlan();

        _store.On("2023-09-07", "task", "done", "p1", "land-report").AssertOk();

        var step = Step(_store.Show("p1", "2023-09-07"), "land-report@session-1");
        Assert.True(step.GetProperty("late").GetBoolean());
        Assert.Contains("LATE", _store.On("2023-09-07", "plan", "show", "p1").AssertOk().Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_Text_MarksOverdueStepsAndListsPetitionsByOutcome()
    {
        NewIssuedAnnouncedPlan();
        _store.On("2023-09-06", "petition", "add", "p1", "--subject", "Đèn đường tổ 5", "--petitioner", "Bà B").AssertOk();

        var show = _store.On("2023-09-06", "plan", "show", "p1").AssertOk().Out;

        Assert.Contains("Sessions:", show, StringComparison.Ordinal);
        Assert.Contains("Open, OVERDUE", show, StringComparison.Ordinal);
        Assert.Contains("Petitions by outcome:", show, StringComparison.Ordinal);
        Assert.Contains("Received (1)", show, StringComparison.Ordinal);
        Assert.Contains("Đèn đường tổ 5", show, StringComparison.Ordinal);
    }

    [Fact]
    public void Postpone_WithADate_MovesTheSessionAndItsDeadlines()
    {
        NewIssuedAnnouncedPlan();

        _store.AsChairman("2023-08-28", "session", "reschedule", "p1", "--to", "2023-09-22", "--reason", "Trùng lịch họp thành phố").AssertOk();

        var plan = _store.Show("p1", "2023-08-28");
        Assert.Equal("2023-09-22", plan.GetProperty("sessions")[0].GetProperty("date").GetString());
        Assert.Equal("2023-09-12", Step(plan, "front-summary@session-1").GetProperty("due").GetString());
    }

    [Fact]
    public void Explain_PrintsVietnameseThenEnglish()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();

        var text = _store.On("2023-08-20", "explain", "p1", "front-summary").AssertOk().Out;

        var vietnamese = text.IndexOf("Hạn: hết ngày Thứ Ba 05/09/2023.", StringComparison.Ordinal);
        var english = text.IndexOf("Due: end of Tuesday 2023-09-05.", StringComparison.Ordinal);
        Assert.True(vietnamese >= 0 && english > vietnamese, text);
        Assert.Contains("trước 10 ngày tổ chức đối thoại", text, StringComparison.Ordinal);

        var json = _store.On("2023-08-20", "explain", "p1", "front-summary@session-1", "--json").AssertOk().Json();
        Assert.Equal("2023-09-05", json.GetProperty("due").GetString());
    }

    [Fact]
    public void Actions_DraftPlan_IssueAllowedWithItsCommand()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();

        var actions = _store.On("2023-08-20", "actions", "p1", "--json").AssertOk().Json().GetProperty("actions").EnumerateArray().ToList();

        var issue = Assert.Single(actions, a => a.GetProperty("entity").GetString() == "plan" && a.GetProperty("action").GetString() == "Issue");
        Assert.True(issue.GetProperty("allowed").GetBoolean());
        Assert.StartsWith("dialogue plan issue p1", issue.GetProperty("command").GetString(), StringComparison.Ordinal);
        Assert.Contains(actions, a => !a.GetProperty("allowed").GetBoolean() && a.GetProperty("blocked").GetArrayLength() > 0);
        Assert.Contains("allowed", _store.On("2023-08-20", "actions", "p1").AssertOk().Out, StringComparison.Ordinal);
    }

    [Fact]
    public void List_ShowsEveryPlan_AndAMissingFileIsNotCreated()
    {
        Assert.Contains("No plans yet", _store.On("2023-08-20", "plan", "list").AssertOk().Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_store.Database));

        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        _store.On("2023-08-20", "plan", "new", "party-committee", "--id", "p2", "--unit", "party-office").AssertOk();

        var plans = _store.On("2023-08-20", "plan", "list", "--json").AssertOk().Json().GetProperty("plans").EnumerateArray().ToList();
        Assert.Equal([("p1", "ward-chairman"), ("p2", "party-committee")], plans.Select(p => (p.GetProperty("id").GetString(), p.GetProperty("type").GetString())));
    }

    [Fact]
    public void Actor_DefaultsToTheEnvironmentThenTheOsUser()
    {
        _store.With(new Dictionary<string, string> { ["DIALOGUE_USER"] = "thu-ky", ["DIALOGUE_TODAY"] = "2023-08-20" },
            "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1", "--unit", "office").AssertOk();
        _store.With(new Dictionary<string, string> { ["DIALOGUE_TODAY"] = "2023-08-21", ["DIALOGUE_UNIT"] = "chairman", ["DIALOGUE_ROLE"] = "trưởng" },
            "plan", "issue", "p1").AssertOk();

        var history = _store.On("2023-08-21", "history", "p1", "--json").AssertOk().Json().GetProperty("events").EnumerateArray().ToList();
        Assert.Equal("thu-ky", history[0].GetProperty("by").GetString());
        Assert.Equal(Environment.UserName, history[1].GetProperty("by").GetString());
        Assert.Equal(("chairman", "head"), (history[1].GetProperty("unit").GetString(), history[1].GetProperty("position").GetString()));
        Assert.Equal("2023-08-21", history[1].GetProperty("actedOn").GetString());
        Assert.StartsWith("2024-06-01", history[1].GetProperty("localTime").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AdHocSession_OnAPlanThatAllowsThem_IsAdded()
    {
        _store.On("2024-03-01", ["plan", "new", "district-council", "--id", "d1", .. DistrictOffice]).AssertOk();
        _store.On("2024-03-02", ["plan", "issue", "d1", .. DistrictChairman]).AssertOk();

        _store.On("2024-03-04", ["session", "add", "d1", .. DistrictChairman, "--date", "2024-04-26", "--title", "Đối thoại đột xuất về giải phóng mặt bằng",
            "--scope", "Xã An Bá", "--topic", "Giải phóng mặt bằng"]).AssertOk();

        var sessions = _store.Show("d1", "2024-03-04").GetProperty("sessions").EnumerateArray().ToList();
        var adHoc = Assert.Single(sessions, s => s.GetProperty("adHoc").GetBoolean());
        Assert.Equal(("2024-04-26", "Xã An Bá"), (adHoc.GetProperty("date").GetString(), adHoc.GetProperty("scope")[0].GetString()));

        // With two planned sessions and an ad-hoc one, a session command must name the session.
        _store.On("2024-03-04", ["session", "announce", "d1", .. DistrictChairman]).AssertBadInput("has 3 sessions", "q2, q3, adhoc-1");
    }

    internal static JsonElement Step(JsonElement plan, string id) =>
        plan.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    private void NewIssuedAnnouncedPlan()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND").AssertOk();
        _store.AsCity("2023-08-25", "session", "announce", "p1").AssertOk();
    }
}

internal static class RejectionAssertions
{
    /// <summary>Asserts a refused command: exit 1, nothing on stdout, the reason on standard error.</summary>
    public static void AssertIllegalOrRejected(this CliRun run, params string[] fragments)
    {
        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}; stderr: {run.Error}; stdout: {run.Out}");
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, run.Error, StringComparison.Ordinal);
        }
    }
}
