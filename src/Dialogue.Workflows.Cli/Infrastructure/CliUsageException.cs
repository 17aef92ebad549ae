namespace Dialogue.Workflows.Cli.Infrastructure;

/// <summary>Bad input from the user: reported as one line on standard error with exit code 2.</summary>
/// <param name="message">What was wrong, naming the bad value and the expected form.</param>
internal sealed class CliUsageException(string message) : Exception(message);
