namespace Dialogue.Workflows.AspNetCore;

/// <summary>A task asked to explain its deadline has no deadline rule.</summary>
internal sealed class NoDeadlineException : DialogueWorkflowException
{
    /// <summary>The error code.</summary>
    public const string Code = "runtime.no-deadline";

    public NoDeadlineException(string planId, string task)
        : base(Code, $"The task '{task}' of plan '{planId}' has no deadline rule.") => Task = task;

    /// <summary>The task.</summary>
    public string Task { get; }
}
