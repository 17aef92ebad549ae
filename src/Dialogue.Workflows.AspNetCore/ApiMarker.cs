namespace Dialogue.Workflows.AspNetCore;

/// <summary>Registered by <see cref="DialogueWorkflowsApiServiceCollectionExtensions.AddDialogueWorkflowsApi"/>, so that mapping the endpoints can tell it was called.</summary>
internal sealed class ApiMarker;
