namespace Dialogue.Workflows.Calendar;

/// <summary>What is wrong with a schedule file (<see cref="ScheduleFileException.Kind"/>).</summary>
public enum ScheduleFileProblem
{
    /// <summary>The file cannot be read.</summary>
    Unreadable = 1,

    /// <summary>The file is not JSON.</summary>
    NotJson = 2,

    /// <summary>The file is not a schedule file of a version this library reads.</summary>
    UnsupportedFormat = 3,

    /// <summary>A required property is missing.</summary>
    Missing = 4,

    /// <summary>A property the format does not define.</summary>
    UnknownProperty = 5,

    /// <summary>A value of the wrong JSON type, an empty text, or a value outside its list.</summary>
    BadValue = 6,

    /// <summary>A date that is not a real <c>yyyy-MM-dd</c> date.</summary>
    BadDate = 7,

    /// <summary>A day outside the schedule's year, or a year outside 1995–2199.</summary>
    OutOfRange = 8,

    /// <summary>A date listed twice.</summary>
    DuplicateDate = 9,

    /// <summary>A make-up working day that is not a Saturday or Sunday.</summary>
    MakeUpNotRestDay = 10,

    /// <summary>A year loaded twice.</summary>
    DuplicateYear = 11,
}
