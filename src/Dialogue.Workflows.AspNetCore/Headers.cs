namespace Dialogue.Workflows.AspNetCore;

/// <summary>The header names the endpoints read beyond the standard ones.</summary>
internal static class Headers
{
    /// <summary>The client's id for a command, so that a repeat returns the first outcome.</summary>
    public const string IdempotencyKey = "Idempotency-Key";
}
