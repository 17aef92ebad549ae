using System.CommandLine;
using Dialogue.Workflows.Calendar;

namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>
/// The global <c>--calendar FILE</c> option (repeatable; default <c>$DIALOGUE_CALENDAR</c>, several files separated by the
/// system's path separator): schedule files every command counts working days with.
/// </summary>
/// <remarks>
/// The files are loaded before anything else runs, so a bad file is refused as bad input (exit 2, one line naming the
/// file, the entry and what is wrong) and nothing is written.
/// </remarks>
internal static class CliCalendar
{
    /// <summary>The option's name.</summary>
    public const string Name = "--calendar";

    /// <summary>The environment variable read when the option is not given.</summary>
    public const string Variable = "DIALOGUE_CALENDAR";

    /// <summary>Creates the option, for the root command (it is recursive: every command sees it).</summary>
    /// <returns>The option.</returns>
    public static Option<string[]> Create() => new(Name)
    {
        Description = $"A schedule file (JSON, format dialogue-workflows/calendar-year) to count working days with; repeat for several years (default: ${Variable}).",
        HelpName = "file",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
        Recursive = true,
    };

    /// <summary>The schedule files given, loaded and checked.</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The schedules; empty when none is given.</returns>
    /// <exception cref="CliUsageException">A file cannot be loaded.</exception>
    public static IReadOnlyList<PublishedSchedule> Schedules(ParseResult result, CliIo io)
    {
        var given = result.GetValue<string[]>(Name) ?? [];
        var (files, source) = given.Length > 0
            ? (given, Name)
            : ((io.Environment(Variable) ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), Variable);
        var schedules = new List<PublishedSchedule>();
        foreach (var file in files)
        {
            try
            {
                schedules.Add(ScheduleFile.Load(file));
            }
            catch (ScheduleFileException e)
            {
                throw new CliUsageException($"{source}: {e.Message}");
            }
        }

        return schedules;
    }

    /// <summary>The working calendar: the default one, or one with the given schedule files.</summary>
    /// <param name="result">The parse.</param>
    /// <param name="io">Where the environment is read.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="CliUsageException">A file cannot be loaded, or two files give the same year.</exception>
    public static WorkingCalendar Build(ParseResult result, CliIo io)
    {
        var schedules = Schedules(result, io);
        if (schedules.Count == 0)
        {
            return WorkingCalendar.Default;
        }

        var options = new WorkingCalendarOptions();
        foreach (var schedule in schedules)
        {
            options.PublishedSchedules.Add(schedule);
        }

        try
        {
            return new WorkingCalendar(options);
        }
        catch (Exception e) when (e is ArgumentException or ScheduleFileException)
        {
            throw new CliUsageException($"{Name}: {e.Message}");
        }
    }
}
