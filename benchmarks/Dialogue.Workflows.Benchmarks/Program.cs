using BenchmarkDotNet.Running;
using Dialogue.Workflows.Benchmarks;

if (args is ["generate", .. var sizes])
{
    // Makes the read-model benchmarks' stores ahead of a run (they are cached in the temporary folder).
    foreach (var size in sizes.Select(int.Parse))
    {
        Console.WriteLine($"{size}: {GeneratedStores.SqliteSize(GeneratedStores.Sqlite(size)):N0} bytes (SQLite)");
        if (GeneratedStores.PostgreSql(size) is { } schema)
        {
            Console.WriteLine($"{size}: {GeneratedStores.PostgreSqlSize(schema):N0} bytes (PostgreSQL schema {schema})");
        }
    }

    return;
}

if (args is ["wal", .. var walSizes])
{
    // WAL written by idle monitor passes on PostgreSQL, against the same time with no pass (the server writes a little on its own).
    foreach (var size in walSizes.Select(int.Parse))
    {
        Console.WriteLine(MonitorWal.Measure(size, passes: 20));
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
