namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>An error as the tool reports it: one <c>error:</c> line on standard error and, under <c>--json</c>, one JSON object on standard output.</summary>
/// <param name="Code">The stable code: a library error's <c>ErrorCode</c>, or <c>input.invalid</c>, <c>io.failure</c>, <c>internal</c>.</param>
/// <param name="ExitCode">The exit code (<see cref="ExitCodes"/>).</param>
/// <param name="English">What went wrong, in English: the <c>error:</c> line.</param>
/// <param name="Vietnamese">What went wrong, in Vietnamese.</param>
internal sealed record CliError(string Code, int ExitCode, string English, string Vietnamese)
{
    /// <summary>The code of bad input that no library error names.</summary>
    public const string InvalidInput = "input.invalid";

    /// <summary>Bad input (exit 2).</summary>
    /// <param name="detail">What was wrong, naming the value and the expected form.</param>
    /// <param name="code">The stable code, when a library error gives one.</param>
    /// <returns>The error.</returns>
    public static CliError BadInput(string detail, string code = InvalidInput) =>
        new(code, ExitCodes.BadInput, detail, $"Dữ liệu vào không hợp lệ: {detail}");

    /// <summary>The store is unavailable or damaged (exit 3).</summary>
    /// <param name="exception">The store's error.</param>
    /// <param name="hint">What to do next, if anything.</param>
    /// <returns>The error.</returns>
    public static CliError Storage(DialogueWorkflowException exception, string? hint = null) =>
        new(exception.ErrorCode, ExitCodes.StorageFailure, $"{exception.Message} [{exception.ErrorCode}]{(hint is null ? string.Empty : " " + hint)}",
            $"Kho dữ liệu không dùng được hoặc bị hỏng: {exception.Message}{(hint is null ? string.Empty : " " + hint)}");

    /// <summary>Output or a file could not be read or written (exit 3).</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The error.</returns>
    public static CliError InputOutput(IOException exception) =>
        new("io.failure", ExitCodes.StorageFailure, $"{exception.GetType().Name}: {exception.Message}", $"Lỗi đọc/ghi: {exception.Message}");

    /// <summary>An error the tool did not expect (exit 4).</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The error.</returns>
    public static CliError Internal(Exception exception) =>
        new("internal", ExitCodes.InternalError, $"{exception.GetType().Name}: {exception.Message}", $"Lỗi ngoài dự kiến của công cụ: {exception.Message}");

    /// <summary>A library error that is neither bad input nor storage: the plan refused it (exit 1).</summary>
    /// <param name="exception">The error.</param>
    /// <returns>The error.</returns>
    public static CliError Refused(DialogueWorkflowException exception) =>
        new(exception.ErrorCode, ExitCodes.Refused, $"{exception.Message} [{exception.ErrorCode}]", $"Không thực hiện được: {exception.Message}");
}
