using System.Globalization;
using Dialogue.Workflows.PostgreSql;
using Dialogue.Workflows.Sqlite;
using Dialogue.Workflows.Storage;

// Appends to one stream and prints a line for each append the store accepted, so that the test that
// started it knows exactly which appends to look for:
//
//   StoreWriter <sqlite | postgres:SCHEMA> <target> <stream> <writer> <appends> <events-per-append>
//
// target is the database file, or the PostgreSQL connection string. appends is a count, or 0 to go on until killed. On a
// ConcurrencyException the writer reads the stream again and retries, as a host would.
//
//   StoreWriter commands <sqlite | postgres:SCHEMA> <target> <stream> <writer> <count>
//
// appends the commands cmd-0 … cmd-(count-1) under their command ids, printing "cmd-n <version>" for each.
//
//   StoreWriter claim <sqlite | postgres:SCHEMA> <target> <owner> <keys>
//
// claims the notifications key-0 … key-(keys-1) in the store's ledger, all at one instant, prints
// "claimed <key>" for each claim granted and marks it delivered, so that no key can be granted twice.

if (args is ["claim", var ledgerKind, var ledgerTarget, var owner, var keyCount])
{
    var (ledger, owned) = Stores.OpenLedger(ledgerKind, ledgerTarget);
    using var ownedStore = owned;
    var now = NodaTime.Instant.FromUtc(2024, 6, 3, 2, 0);
    var granted = 0;
    for (var i = 0; i < int.Parse(keyCount, CultureInfo.InvariantCulture); i++)
    {
        var key = $"key-{i}";
        if (await ledger.TryClaimAsync(key, owner, now, now + NodaTime.Duration.FromMinutes(5)))
        {
            Console.Out.WriteLine($"claimed {key}");
            Console.Out.Flush();
            await ledger.MarkDeliveredAsync(key, owner, now);
            granted++;
        }
    }

    Console.Error.WriteLine($"{owner}: {granted} claims granted");
    return 0;
}

if (args is ["commands", var commandKind, var commandTarget, var commandStream, var commandWriter, var commandCount])
{
    // Appends the commands cmd-0 … cmd-(count-1), one event each, under their command ids; several writers
    // given the same count append the same commands, and each prints "cmd-n <version>" with the version the
    // store says the command produced, whether this writer recorded it or found it recorded.
    var commandStore = Stores.Open(commandKind, commandTarget);
    using var ownedCommandStore = commandStore as IDisposable;
    var repeats = 0;
    for (var n = 0; n < int.Parse(commandCount, CultureInfo.InvariantCulture); n++)
    {
        var data = new EventData(Guid.NewGuid(), $"{commandWriter}-{n}-0", 1, $$"""{"writer":"{{commandWriter}}","command":{{n}}}""");
        while (true)
        {
            var version = (await commandStore.ReadStreamAsync(commandStream)).Count;
            try
            {
                var result = await commandStore.AppendCommandAsync(commandStream, version, $"cmd-{n}", [data]);
                repeats += result.Repeated ? 1 : 0;
                Console.Out.WriteLine($"cmd-{n} {result.Command.LastVersion}");
                Console.Out.Flush();
                break;
            }
            catch (ConcurrencyException)
            {
                // Another writer moved the stream: reload and repeat under the same command id.
            }
        }
    }

    Console.Error.WriteLine($"{commandWriter}: {repeats} commands found already recorded");
    return 0;
}

if (args.Length != 6)
{
    Console.Error.WriteLine("usage: StoreWriter <sqlite | postgres:SCHEMA> <target> <stream> <writer> <appends (0: until killed)> <events-per-append>");
    return 2;
}

var (kind, target, stream, writer) = (args[0], args[1], args[2], args[3]);
var appends = int.Parse(args[4], CultureInfo.InvariantCulture);
var perAppend = int.Parse(args[5], CultureInfo.InvariantCulture);
var store = Stores.Open(kind, target);
using var disposable = store as IDisposable;

var conflicts = 0;
for (var n = 0; appends == 0 || n < appends; n++)
{
    var events = Enumerable.Range(0, perAppend)
        .Select(i => new EventData(Guid.NewGuid(), $"{writer}-{n}-{i}", 1, $$"""{"writer":"{{writer}}","append":{{n}},"index":{{i}}}"""))
        .ToList();
    while (true)
    {
        var version = (await store.ReadStreamAsync(stream)).Count;
        try
        {
            var result = await store.AppendAsync(stream, version, events);
            Console.Out.WriteLine($"{writer}-{n} {result.StreamVersion}");
            Console.Out.Flush();
            break;
        }
        catch (ConcurrencyException)
        {
            conflicts++;
        }
    }
}

Console.Error.WriteLine($"{writer}: {appends} appends, {conflicts} conflicts retried");
return 0;

/// <summary>Opens the store a command line names.</summary>
internal static class Stores
{
    public static IEventStore Open(string kind, string target) => kind switch
    {
        "sqlite" => new SqliteEventStore(target),
        _ when kind.StartsWith("postgres:", StringComparison.Ordinal) =>
            new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = target, Schema = kind["postgres:".Length..] }),
        _ => throw new ArgumentException($"unknown store kind '{kind}'", nameof(kind)),
    };

    /// <summary>Opens the notification ledger of the store a command line names, with the store it uses (to dispose).</summary>
    public static (INotificationLedger Ledger, IDisposable Store) OpenLedger(string kind, string target)
    {
        if (kind == "sqlite")
        {
            var store = new SqliteEventStore(target);
            return (new SqliteNotificationLedger(store), store);
        }

        if (kind.StartsWith("postgres:", StringComparison.Ordinal))
        {
            var store = new PostgreSqlEventStore(new PostgreSqlEventStoreOptions { ConnectionString = target, Schema = kind["postgres:".Length..] });
            return (new PostgreSqlNotificationLedger(store), store);
        }

        throw new ArgumentException($"unknown store kind '{kind}'", nameof(kind));
    }
}
