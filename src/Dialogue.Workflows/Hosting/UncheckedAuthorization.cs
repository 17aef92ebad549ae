namespace Dialogue.Workflows.Hosting;

/// <summary>Marks a host's explicit choice to run without authorization checks (<see cref="DialogueWorkflowsBuilder.WithoutAuthorization"/>).</summary>
internal sealed class UncheckedAuthorization;
