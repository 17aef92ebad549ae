using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dialogue.Workflows.Hosting;

/// <summary>
/// Checks at start-up what the engine needs to run: settings in range, at least one plan type, no
/// two types claiming one key and version.
/// </summary>
/// <remarks>
/// The plan-type checks ride on the engine's options because options validation is what
/// <c>ValidateOnStart</c> runs, and the engine cannot run without plan types. The registry is
/// resolved here rather than injected so that a registry that cannot be built becomes a validation
/// failure with its message, not an error constructing the validator.
/// </remarks>
internal sealed class EngineOptionsValidator(IServiceProvider services) : IValidateOptions<DialogueEngineOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DialogueEngineOptions options)
    {
        // The engine reads only the default options.
        if (name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var failures = new List<string>();
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            failures.Add($"DialogueEngineOptions.{e.ParamName} (ConfigureEngine) is out of range: {e.ActualValue}. {FirstLine(e.Message)}");
        }

        try
        {
            var registry = services.GetRequiredService<PlanTypeRegistry>();
            if (registry.All.Count == 0)
            {
                failures.Add(
                    "No plan type is registered: add one in AddDialogueWorkflows, with AddPlanType<T>() or a plan package's Add…Plans().");
            }
        }
        catch (ArgumentException e)
        {
            failures.Add($"The registered plan types conflict: {FirstLine(e.Message)}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // ArgumentException appends " (Parameter '…')" and then the actual value; the failure states both already.
    private static string FirstLine(string message)
    {
        var end = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }
}
