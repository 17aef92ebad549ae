namespace Dialogue.Workflows;

/// <summary>
/// The base of every error the plan engine raises to a host: each carries a stable
/// <see cref="ErrorCode"/> to branch on, and the facts of the case as properties.
/// </summary>
/// <remarks>
/// Messages are in English and Vietnamese, so they can be shown to a clerk as they are. Calendar
/// argument errors (<c>CalendarRangeException</c>, <c>InvalidLunarDateException</c>) derive from
/// <see cref="ArgumentException"/> instead, as .NET callers expect of a bad argument, and carry an
/// error code of their own.
/// </remarks>
public abstract class DialogueWorkflowException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errorCode">The stable error code, e.g. <c>runtime.invalid-transition</c>.</param>
    /// <param name="message">The message, in English then Vietnamese.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    protected DialogueWorkflowException(string errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(errorCode);
        ErrorCode = errorCode;
    }

    /// <summary>The stable error code: it never changes between versions, unlike the message.</summary>
    public string ErrorCode { get; }
}
