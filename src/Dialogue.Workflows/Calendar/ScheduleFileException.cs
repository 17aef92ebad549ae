namespace Dialogue.Workflows.Calendar;

/// <summary>
/// Thrown when a schedule file (<see cref="ScheduleFile"/>) cannot be loaded: it names the file, the
/// entry (a JSON Pointer such as <c>/daysOff/3/date</c>) and what is wrong, in English and Vietnamese.
/// </summary>
/// <remarks>A calendar refuses the whole file: nothing of it is used.</remarks>
public sealed class ScheduleFileException : DialogueWorkflowException
{
    /// <summary>The stable error code of this exception: <c>calendar.schedule-file</c>; <see cref="Kind"/> tells what is wrong.</summary>
    public const string Code = "calendar.schedule-file";

    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What kind of problem it is.</param>
    /// <param name="file">The file (as given to the loader).</param>
    /// <param name="entry">The entry, as a JSON Pointer; empty for the whole file.</param>
    /// <param name="problem">What is wrong, in English.</param>
    /// <param name="vietnameseProblem">What is wrong, in Vietnamese.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ScheduleFileException(ScheduleFileProblem kind, string file, string entry, string problem, string vietnameseProblem, Exception? innerException = null)
        : base(Code, $"Schedule file {file}, entry {(entry.Length == 0 ? "(whole file)" : entry)}: {problem} " +
            $"(Tệp lịch {file}, mục {(entry.Length == 0 ? "(cả tệp)" : entry)}: {vietnameseProblem}).", innerException)
    {
        Kind = kind;
        File = file;
        Entry = entry;
        Problem = problem;
        VietnameseProblem = vietnameseProblem;
    }

    /// <summary>What kind of problem it is.</summary>
    public ScheduleFileProblem Kind { get; }

    /// <summary>The file.</summary>
    public string File { get; }

    /// <summary>The entry, as a JSON Pointer (<c>/daysOff/3/date</c>); empty for the whole file.</summary>
    public string Entry { get; }

    /// <summary>What is wrong, in English.</summary>
    public string Problem { get; }

    /// <summary>What is wrong, in Vietnamese.</summary>
    public string VietnameseProblem { get; }
}
