using Microsoft.Data.Sqlite;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>A SQLite file the tool does not own, or one newer than it understands, is left byte for byte as it was by every command.</summary>
public sealed class ForeignFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("dialogue-foreign-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    public static TheoryData<string, string> Files => new()
    {
        // Another application's file, with a table of its own named like ours.
        { "other-app", "CREATE TABLE events (id INTEGER PRIMARY KEY, what TEXT); INSERT INTO events (what) VALUES ('birthday');" },
        // Another application that marks its files.
        { "marked", "PRAGMA application_id = 42; CREATE TABLE notes (body TEXT);" },
        // A file of a newer version of this library.
        { "newer", "PRAGMA application_id = 1146570316; CREATE TABLE schema_version (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO schema_version VALUES (1, 99);" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryCommand_OnAFileNotOurs_RefusesAndLeavesItByteForByte(string name, string sql)
    {
        var path = Path.Combine(_folder, name + ".db");
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(path);
        string[][] commands =
        [
            ["plan", "list"],
            ["plan", "show", "p1"],
            ["history", "p1"],
            ["due"],
            ["plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1", "--today", "2023-08-20"],
            ["petition", "add", "p1", "--subject", "x", "--petitioner", "y", "--today", "2023-09-06"],
        ];

        foreach (var args in commands)
        {
            var run = Cli.RunWithEnvironment(PlanStore.Clerk, [.. args, "--db", path]);

            Assert.True(run.ExitCode != 0, $"{string.Join(' ', args)} succeeded on {name}: {run.Out}");
            Assert.Equal(string.Empty, run.Out);
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.False(File.Exists(path + "-wal") && new FileInfo(path + "-wal").Length > 0, $"{string.Join(' ', args)} wrote a WAL for {name}");
        }
    }
}
