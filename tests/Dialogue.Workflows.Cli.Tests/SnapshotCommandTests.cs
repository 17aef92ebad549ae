using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// Chánh Lộ 2023 with a snapshot every 2 events (<c>DIALOGUE_SNAPSHOT_EVERY=2</c>): <c>plan show</c> reads the plan through its
/// snapshot, and <c>history</c> still lists every event from the plan's creation.
/// </summary>
public sealed class SnapshotCommandTests : IDisposable
{
    private readonly PlanStore _store = new();
    private readonly Dictionary<string, string> _everyTwo = new(PlanStore.Clerk) { ["DIALOGUE_SNAPSHOT_EVERY"] = "2" };

    public void Dispose() => _store.Dispose();

    [Fact]
    public void History_OfAPlanWithASnapshot_ListsEveryEventFromItsCreation_AndShowAgreesWithAPlanWithout()
    {
        _store.With(_everyTwo, "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1", "--today", "2023-08-20").AssertOk();
        _store.With(_everyTwo, ["plan", "issue", "p1", "--doc", "45/KH-UBND", "--today", "2023-08-21", .. PlanStore.Chairman]).AssertOk();
        foreach (var (subject, petitioner) in new[] { ("Cống tổ 3", "Ông A"), ("Đèn đường tổ 5", "Bà B"), ("Rác thải chợ", "Ông C") })
        {
            _store.With(_everyTwo, "petition", "add", "p1", "--subject", subject, "--petitioner", petitioner, "--today", "2023-09-06").AssertOk();
        }

        Assert.True(SnapshotVersion("p1") >= 2, "a snapshot was written");
        var shown = _store.With(_everyTwo, "plan", "show", "p1", "--json", "--today", "2023-09-06").AssertOk().Json();
        var events = _store.With(_everyTwo, "history", "p1", "--json", "--today", "2023-09-06").AssertOk().Json().GetProperty("events").EnumerateArray().ToList();

        Assert.Equal(shown.GetProperty("version").GetInt32(), events.Count);
        Assert.Equal("plan-created", events[0].GetProperty("type").GetString());
        Assert.Equal(3, events.Count(e => e.GetProperty("type").GetString() == "petition-received"));

        // Without snapshots the same file shows the same plan: the snapshot changes how fast it loads, not what it says.
        var replayed = _store.With(new Dictionary<string, string>(PlanStore.Clerk) { ["DIALOGUE_SNAPSHOT_EVERY"] = "0" }, "plan", "show", "p1", "--json", "--today", "2023-09-06")
            .AssertOk().Json();
        Assert.Equal(replayed.GetRawText(), shown.GetRawText());
    }

    [Theory]
    [InlineData("often")]
    [InlineData("-1")]
    [InlineData("100001")]
    public void SnapshotEvery_NotAWholeNumberUpTo100000_IsBadInput(string value)
    {
        var run = _store.With(new Dictionary<string, string>(PlanStore.Clerk) { ["DIALOGUE_SNAPSHOT_EVERY"] = value }, "plan", "list", "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("DIALOGUE_SNAPSHOT_EVERY", run.Json().GetProperty("message").GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    private long SnapshotVersion(string plan)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _store.Database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM snapshots WHERE stream_id = $id";
        command.Parameters.AddWithValue("$id", plan);
        return command.ExecuteScalar() is long version ? version : 0;
    }
}
