using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Dialogue.Workflows.StoreContract;

/// <summary>
/// A running Dialogue.Workflows.StoreWriter: a separate process appending to one stream, whose every
/// accepted append is read back from its standard output; or, started with <see cref="StartClaimer"/>,
/// claiming deadline notifications, whose every granted claim is read back likewise.
/// </summary>
/// <remarks>
/// A store's test project references the writer project, so that its build output (dll, runtimeconfig,
/// deps) sits beside the test assembly, and starts it with the dotnet host running the tests.
/// </remarks>
public sealed class StoreWriterProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<Accepted> _accepted = new();
    private readonly ConcurrentQueue<string> _claimed = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly SemaphoreSlim _lines = new(0);

    private StoreWriterProcess(Process process, string writer)
    {
        _process = process;
        Writer = writer;
    }

    /// <summary>The writer's name: the prefix of its event types.</summary>
    public string Writer { get; }

    /// <summary>The appends the store accepted, in order, as the writer reported them.</summary>
    public IReadOnlyList<Accepted> AcceptedAppends => [.. _accepted];

    /// <summary>The notification keys whose claim the ledger granted to this claimer, in order.</summary>
    public IReadOnlyList<string> ClaimedKeys => [.. _claimed];

    /// <summary>What the writer wrote on standard error.</summary>
    public string Errors => string.Join('\n', _errors);

    /// <summary>Starts a writer.</summary>
    /// <param name="kind">The store kind the writer understands: <c>sqlite</c>, or <c>postgres:SCHEMA</c>.</param>
    /// <param name="target">The file or connection string.</param>
    /// <param name="stream">The stream to append to.</param>
    /// <param name="writer">The writer's name.</param>
    /// <param name="appends">How many appends; 0 to go on until killed.</param>
    /// <param name="eventsPerAppend">Events in each append.</param>
    public static StoreWriterProcess Start(string kind, string target, string stream, string writer, int appends, int eventsPerAppend) =>
        Launch(writer, [kind, target, stream, writer, appends.ToString(CultureInfo.InvariantCulture), eventsPerAppend.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>Starts a writer of commands <c>cmd-0</c> … <c>cmd-(count-1)</c>, one event each, appended under their command ids.</summary>
    /// <param name="kind">The store kind the writer understands: <c>sqlite</c>, or <c>postgres:SCHEMA</c>.</param>
    /// <param name="target">The file or connection string.</param>
    /// <param name="stream">The stream to append to.</param>
    /// <param name="writer">The writer's name: its events are typed <c>writer-n-0</c>.</param>
    /// <param name="count">How many commands.</param>
    public static StoreWriterProcess StartCommands(string kind, string target, string stream, string writer, int count) =>
        Launch(writer, ["commands", kind, target, stream, writer, count.ToString(CultureInfo.InvariantCulture)]);

    /// <summary>Starts a claimer: it claims the keys <c>key-0</c> … <c>key-(count-1)</c> in the store's notification ledger, and marks each it gets delivered.</summary>
    /// <param name="kind">The store kind the writer understands: <c>sqlite</c>, or <c>postgres:SCHEMA</c>.</param>
    /// <param name="target">The file or connection string.</param>
    /// <param name="owner">The claimer's host name.</param>
    /// <param name="keys">How many keys.</param>
    public static StoreWriterProcess StartClaimer(string kind, string target, string owner, int keys) =>
        Launch(owner, ["claim", kind, target, owner, keys.ToString(CultureInfo.InvariantCulture)]);

    private static StoreWriterProcess Launch(string writer, string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Dialogue.Workflows.StoreWriter.dll");
        Assert.True(File.Exists(dll), $"Dialogue.Workflows.StoreWriter.dll not found in {AppContext.BaseDirectory}: does the test project reference the writer project?");
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = start };
        var running = new StoreWriterProcess(process, writer);
        process.OutputDataReceived += (_, line) => running.OnOutput(line.Data);
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null)
            {
                running._errors.Enqueue(line.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return running;
    }

    /// <summary>Waits until the writer has reported at least <paramref name="count"/> accepted appends.</summary>
    public async Task WaitForAppendsAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (_accepted.Count < count)
        {
            if (_process.HasExited && _accepted.Count < count)
            {
                Assert.Fail($"{Writer} exited with code {_process.ExitCode} after {_accepted.Count} appends: {Errors}");
            }

            try
            {
                await _lines.WaitAsync(TimeSpan.FromMilliseconds(200), cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"{Writer} reported {_accepted.Count} appends, not {count}, within {timeout}: {Errors}");
            }
        }
    }

    /// <summary>Waits for the writer to finish and checks it succeeded.</summary>
    public async Task WaitForSuccessAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"{Writer} did not finish within {timeout}; it reported {_accepted.Count} appends: {Errors}");
        }

        Assert.True(_process.ExitCode == 0, $"{Writer} exited with code {_process.ExitCode}: {Errors}");
    }

    /// <summary>Kills the writer at once (SIGKILL on Unix: no finally block, no flush, no rollback of its own) and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>Kills the writer if it still runs.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It was never started or is already gone.
        }

        _process.Dispose();
        _lines.Dispose();
    }

    private void OnOutput(string? line)
    {
        // "claimed <key>" from a claimer
        if (line is not null && line.StartsWith("claimed ", StringComparison.Ordinal))
        {
            _claimed.Enqueue(line["claimed ".Length..]);
            _lines.Release();
            return;
        }

        // "<writer>-<n> <stream version after the append>"
        if (line is null || line.Split(' ') is not [var append, var version])
        {
            return;
        }

        _accepted.Enqueue(new Accepted(append, long.Parse(version, CultureInfo.InvariantCulture)));
        _lines.Release();
    }

    private static string DotnetHost()
    {
        // Set by the dotnet CLI for the processes it starts; otherwise the host running these tests, or dotnet on the PATH.
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(host) && File.Exists(host))
        {
            return host;
        }

        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase) ? current : "dotnet";
    }

    /// <summary>An append the store accepted.</summary>
    /// <param name="Append">The append's name, <c>writer-n</c>; its events are typed <c>writer-n-0</c>, <c>writer-n-1</c> …</param>
    /// <param name="StreamVersion">The stream's version after it.</param>
    public sealed record Accepted(string Append, long StreamVersion);
}
