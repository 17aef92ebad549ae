namespace Dialogue.Workflows.Cli.Tests;

/// <summary>Every way a plan command fails: exit 1 for what the plan does not allow, exit 2 for malformed input; nothing written either way.</summary>
public sealed class PlanErrorTests : IDisposable
{
    private readonly PlanStore _store = new();

    public PlanErrorTests()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND").AssertOk();
        _store.On("2023-09-06", "petition", "add", "p1", "--subject", "Cống tổ 3", "--petitioner", "Ông A").AssertOk();
    }

    public static TheoryData<string[], string[]> MalformedInput => new()
    {
        { ["session", "hold", "p1", "--date", "2023-02-30"], ["--date: '2023-02-30' is not a date; expected yyyy-MM-dd"] },
        { ["session", "schedule", "p1"], ["--date", "is required"] },
        { ["session", "cancel", "p1"], ["--reason", "is required"] },
        { ["session", "cancel", "p1", "--reason", "  "], ["--reason: the value is empty"] },
        { ["session", "announce", "p1", "session-9"], ["'session-9'", "session-1"] },
        { ["session", "announce", "nope"], ["'nope'"] },
        { ["task", "done", "p1", "no-such-task"], ["'no-such-task'"] },
        { ["task", "extend", "p1", "front-summary", "--due", "next week", "--reason", "x"], ["--due: 'next week' is not a date"] },
        { ["petition", "classify", "p1", "P-001", "--category", "gossip"], ["--category: 'gossip' is not one of petition, report, question, proposal, complaint, denunciation"] },
        { ["petition", "answer", "p1", "P-001", "--mode", "by-pigeon", "--summary", "x"], ["--mode: 'by-pigeon' is not one of at-session, in-writing"] },
        { ["petition", "reject", "p1", "P-001", "--reason", "boring", "--explanation", "x"], ["--reason: 'boring' is not one of out-of-scope, late, excluded-category, duplicate"] },
        { ["petition", "add", "p1", "--subject", "x", "--petitioner", "y", "--channel", "fax"], ["--channel: 'fax' is not one of paper, electronic, at-session, collected"] },
        { ["petition", "close", "p1", "P-404"], ["'P-404'", "P-001"] },
        { ["petition", "assign", "p1", "P-001"], ["--to", "is required"] },
        { ["plan", "issue", "p1", "--role", "boss"], ["--role: 'boss' is not a position", "head (trưởng), deputy (phó), staff"] },
        { ["plan", "issue", "p1", "--signing", "XY"], ["--signing: 'XY' is not a signing form", "TM, KT, TL, TUQ"] },
        { ["plan", "issue", "p1", "--unit", "treasury"], ["--unit: 'treasury' is not a unit of the plan", "office (Ward office)"] },
        { ["session", "schedule", "p1", "--date", "2023-09-20", "--deviate", "session.outside-period"], ["--deviate", "--deviation-reason <text>", "--deviation-document <number>"] },
        { ["session", "schedule", "p1", "--date", "2023-09-20", "--deviation-reason", "x"], ["--deviation-reason: name the rule set aside with --deviate"] },
        { ["session", "schedule", "p1", "--date", "2023-09-20", "--deviate", "session.whenever", "--deviation-reason", "x", "--deviation-document", "1/QĐ"], ["'session.whenever' is not a rule's code", "session.outside-period"] },
        { ["plan", "new", "no-such-type"], ["'no-such-type'"] },
        { ["plan", "new", "ward-chairman", "--session", "sometime"], ["'sometime'"] },
        { ["due", "--within", "-3"], ["--within: '-3'"] },
        { ["export", "p1", "--format", "pdf"], ["--format: 'pdf' is not one of ics, mermaid, markdown"] },
        { ["export", "p1"], ["--format", "is required"] },
    };

    public void Dispose() => _store.Dispose();

    [Theory]
    [MemberData(nameof(MalformedInput))]
    public void MalformedInput_ExitsTwoWithOneLineAndWritesNothing(string[] args, string[] fragments)
    {
        var before = _store.Version("p1");

        _store.On("2023-09-06", args).AssertBadInput(fragments);

        Assert.Equal(before, _store.Version("p1"));
    }

    [Fact]
    public void IllegalTransition_PrintsStateAndPermittedActions_ExitsOneAndWritesNothing()
    {
        var before = _store.Version("p1");

        var lines = _store.AsChairman("2023-09-06", "session", "conclude", "p1").AssertIllegal("session session-1: Scheduled", "it cannot Conclude");

        Assert.Contains(lines, l => l.Contains("Announce: dialogue session announce p1 session-1", StringComparison.Ordinal));
        Assert.Equal(before, _store.Version("p1"));
    }

    [Fact]
    public void BlockedAction_PrintsItsReasonsInBothLanguages_ExitsOneAndWritesNothing()
    {
        var before = _store.Version("p1");

        var lines = _store.AsChairman("2023-09-06", "plan", "complete", "p1").AssertIllegal("plan p1 (ward-chairman): Issued");

        // Complete is not a move from Issued; after the announcement it is a move, blocked by the unfinished session.
        _store.AsCity("2023-08-25", "session", "announce", "p1").AssertOk();
        lines = _store.AsChairman("2023-09-06", "plan", "complete", "p1").AssertIllegal("blocked: Sessions not finished yet: session-1.", "Còn buổi đối thoại chưa kết thúc");
        Assert.Contains(lines, l => l.Contains("Cancel: dialogue plan cancel p1", StringComparison.Ordinal));
        Assert.Equal(before + 2, _store.Version("p1"));
    }

    [Fact]
    public void RejectedValue_ExitsOneWithTheRuleAndWritesNothing()
    {
        _store.AsCity("2023-08-25", "session", "announce", "p1").AssertOk();
        var before = _store.Version("p1");

        // A new date too close to announce seven working days ahead.
        _store.AsChairman("2023-09-06", "session", "reschedule", "p1", "--to", "2023-09-08", "--reason", "x")
            .AssertIllegalOrRejected("[session.lead-time]", "can no longer be announced in time");

        Assert.Equal(before, _store.Version("p1"));
    }

    [Fact]
    public void PetitionTriggerInTheWrongState_ExitsOneWithThePetitionsState()
    {
        var lines = _store.On("2023-09-06", "petition", "close", "p1", "P-001").AssertIllegal("petition P-001: Received");

        Assert.Contains(lines, l => l.Contains("Classify: dialogue petition classify p1 P-001", StringComparison.Ordinal));
    }

    [Fact]
    public void MissingDatabaseFolder_ExitsTwoNamingIt()
    {
        var missing = Path.Combine(_store.Folder, "no-such-folder", "plans.db");

        Cli.RunWithEnvironment(PlanStore.Clerk, "plan", "new", "ward-chairman", "--db", missing).AssertBadInput("--db", "does not exist");

        Assert.False(Directory.Exists(Path.GetDirectoryName(missing)));
    }

    [Fact]
    public void BadTodayInTheEnvironment_ExitsTwoNamingTheVariable() =>
        Cli.RunWithEnvironment(new Dictionary<string, string> { ["DIALOGUE_TODAY"] = "tomorrow" }, "plan", "list", "--db", _store.Database)
            .AssertBadInput("DIALOGUE_TODAY: 'tomorrow' is not a date");

    [Fact]
    public void UnknownPlanOnAMissingFile_ExitsTwoAndCreatesNoFile()
    {
        var file = Path.Combine(_store.Folder, "other.db");

        Cli.RunWithEnvironment(PlanStore.Clerk, "session", "hold", "p1", "--db", file).AssertBadInput("'p1'");

        Assert.False(File.Exists(file));
    }

    [Fact]
    public void DuplicateId_ExitsTwo() =>
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--id", "p1").AssertBadInput("'p1' already exists");

    [Fact]
    public void TooLongId_ExitsTwoNamingTheOptionAndCreatesNoPlan()
    {
        var id = new string('x', 201);

        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--id", id).AssertBadInput("--id", "at most 200");

        Assert.DoesNotContain(id, _store.On("2023-08-20", "plan", "list").Out, StringComparison.Ordinal);
    }
}
