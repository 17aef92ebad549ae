using System.Text.Json;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// Commands land exactly once and hostile input changes nothing: command ids, output that lists only a
/// command's own events, arguments taken literally, and terminal output with nothing a terminal would act on.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly PlanStore _store = new();

    public HostileInputTests()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        _store.AsChairman("2023-08-21", "plan", "issue", "p1", "--doc", "45/KH-UBND").AssertOk();
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public void PetitionAdd_RepeatedWithItsCommandId_PrintsTheSamePetitionAndRecordsItOnce()
    {
        var first = _store.On("2023-09-06", "petition", "add", "p1", "--subject", "Cống tổ 3", "--petitioner", "Ông A", "--command-id", "desk-1/0906/1", "--json").AssertOk().Json();
        var again = _store.On("2023-09-06", "petition", "add", "p1", "--subject", "Cống tổ 3", "--petitioner", "Ông A", "--command-id", "desk-1/0906/1", "--json").AssertOk().Json();

        Assert.False(first.GetProperty("repeated").GetBoolean());
        Assert.True(again.GetProperty("repeated").GetBoolean());
        Assert.Equal(first.GetProperty("recorded").GetRawText(), again.GetProperty("recorded").GetRawText());
        Assert.Single(_store.Show("p1").GetProperty("petitions").EnumerateArray());
    }

    [Fact]
    public void PlanNew_RepeatedWithItsCommandIdAndNoPlanId_FindsTheSamePlan()
    {
        var first = _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-29", "--command-id", "create-0929").AssertOk();
        var again = _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-29", "--command-id", "create-0929").AssertOk();

        Assert.Equal(first.OutLines[0], again.OutLines[0]);
        Assert.Equal(2, _store.On("2023-08-20", "plan", "list", "--json").AssertOk().Json().GetProperty("plans").GetArrayLength());
    }

    [Fact]
    public void Record_FromEightWritersAtOnce_EachOutputListsOnlyItsOwnPetition()
    {
        const int writers = 8;
        var runs = Enumerable.Range(0, writers).AsParallel().WithDegreeOfParallelism(writers)
            .Select(w => (Writer: w, Run: _store.On("2023-09-06", "petition", "add", "p1", "--subject", $"subject-{w}", "--petitioner", $"writer-{w}", "--json")))
            .ToList();

        var ids = new List<string>();
        foreach (var (writer, run) in runs)
        {
            var json = run.AssertOk().Json();
            var received = Assert.Single(json.GetProperty("recorded").EnumerateArray(), e => e.GetProperty("type").GetString() == "petition-received");
            Assert.Contains($"subject-{writer}", received.GetProperty("details").GetString(), StringComparison.Ordinal);
            Assert.All(json.GetProperty("recorded").EnumerateArray(), e => Assert.DoesNotContain("subject-", e.GetProperty("details").GetString()!.Replace($"subject-{writer}", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal));
            ids.Add(received.GetProperty("details").GetString()!);
        }

        Assert.Equal(writers, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(writers, _store.Show("p1").GetProperty("petitions").GetArrayLength());
    }

    // The fuzz corpus: values a citizen or a clerk may type, each of which once changed what was stored or shown.
    public static TheoryData<string> HostileText => new()
    {
        "@nguyenvana",
        "@/etc/hostname",
        "Ông A\n# Tiêu đề giả",
        "x\u001B[2J\u001B]0;owned\u0007",
        "\u009B31mđỏ",
        "abc\u202Eevil",
        "<script>alert(1)</script>",
        "a | b | c",
        "Nguye\u0302\u0303n",
        "line\r\nrecorded plan-issued",
    };

    [Theory]
    [MemberData(nameof(HostileText))]
    public void PetitionAdd_HostileSubjectAndPetitioner_AreStoredLiterallyAndPrintedInert(string text)
    {
        var run = _store.On("2023-09-06", "petition", "add", "p1", "--subject", text, "--petitioner", text).AssertOk();

        AssertInert(run.Out);
        var petition = _store.Show("p1").GetProperty("petitions")[0];
        Assert.Equal(text, petition.GetProperty("subject").GetString());
        AssertInert(_store.On("2023-09-06", "plan", "show", "p1").AssertOk().Out);
        AssertInert(_store.On("2023-09-06", "history", "p1").AssertOk().Out);
        AssertInert(_store.On("2023-09-06", "export", "p1", "--format", "markdown").AssertOk().Out);
    }

    [Fact]
    public void As_StartingWithAt_IsTheUserIdNotAFile()
    {
        var file = Path.Combine(_store.Folder, "forged.rsp");
        File.WriteAllText(file, "--as\nchairman\n");

        _store.On("2023-09-06", "petition", "add", "p1", "--subject", "@" + file, "--petitioner", "Bà B", "--as", "@nguyenvana").AssertOk();

        var history = _store.On("2023-09-06", "history", "p1", "--json").AssertOk().Json().GetProperty("events").EnumerateArray().Last();
        Assert.Equal("@nguyenvana", history.GetProperty("by").GetString());
        Assert.Equal("@" + file, _store.Show("p1").GetProperty("petitions")[0].GetProperty("subject").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("p\u202E1")]
    public void PlanNew_BadPlanId_IsBadInputNamingTheRule(string id)
    {
        var line = _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-29", "--id", id).AssertBadInput();

        Assert.Contains(id.Trim().Length == 0 ? "--id: the value is empty" : "id.control-character", line, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanIds_DifferingOnlyInNormalisation_AreOnePlan()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-29", "--id", "ph\u01b0\u1eddng").AssertOk();

        var duplicate = _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-29", "--id", "phu\u031bo\u031b\u0300ng");
        var shown = _store.On("2023-08-20", "plan", "show", "phu\u031bo\u031b\u0300ng", "--json").AssertOk().Json();

        duplicate.AssertBadInput("already exists");
        Assert.Equal("ph\u01b0\u1eddng", shown.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("1995-05-20", "command.date-too-old")]
    [InlineData("2199-01-01", "command.date-in-future")]
    public void Today_FarFromTheHostsToday_IsBadInput(string day, string rule)
    {
        var run = _store.On(day, "petition", "add", "p1", "--subject", "Cống", "--petitioner", "Ông A");

        run.AssertBadInput("--today: ", rule);
        Assert.Equal(0, _store.Show("p1").GetProperty("petitions").GetArrayLength());
    }

    private static void AssertInert(string output)
    {
        // A line break in a value stays inside its line: it cannot start a line that passes for the tool's own.
        Assert.DoesNotContain(output.Split('\n'), line => line.TrimEnd('\r').StartsWith("recorded plan-issued", StringComparison.Ordinal)
            || line.StartsWith("# Tiêu đề giả", StringComparison.Ordinal));

        // A carriage return right before a line feed only ends the line, as on Windows.
        foreach (var c in output.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            Assert.False(c is (< ' ' and not '\n' and not '\t') or '\u007F' or (>= '\u0080' and <= '\u009F') or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'),
                $"output holds U+{(int)c:X4}: {output}");
        }
    }
}
