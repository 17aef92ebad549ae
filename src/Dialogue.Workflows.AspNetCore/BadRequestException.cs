namespace Dialogue.Workflows.AspNetCore;

/// <summary>A request the endpoints cannot read: a body that is not the command's JSON, a header that is not a version.</summary>
internal sealed class BadRequestException : DialogueWorkflowException
{
    /// <summary>The error code.</summary>
    public const string Code = "request.invalid";

    public BadRequestException(string message, string vietnameseMessage, Exception? innerException = null)
        : base(Code, message, innerException) => VietnameseMessage = vietnameseMessage;

    /// <summary>What is wrong, in Vietnamese.</summary>
    public string VietnameseMessage { get; }
}
