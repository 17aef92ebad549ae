namespace Dialogue.Workflows.Runtime.Machines;

/// <summary>The outcome of a guard: allowed, or blocked with a reason in Vietnamese and English.</summary>
/// <param name="Allowed">Whether the condition holds.</param>
/// <param name="Code">The guard's stable code.</param>
/// <param name="Reason">Why it is blocked, in Vietnamese (empty when allowed).</param>
/// <param name="EnglishReason">Why it is blocked, in English (empty when allowed).</param>
public sealed record GuardResult(bool Allowed, string Code, string Reason, string EnglishReason)
{
    /// <summary>A condition that holds.</summary>
    /// <param name="code">The guard's code.</param>
    /// <returns>An allowed result.</returns>
    public static GuardResult Pass(string code) => new(true, code, string.Empty, string.Empty);

    /// <summary>A condition that does not hold.</summary>
    /// <param name="code">The guard's code.</param>
    /// <param name="reason">Why, in Vietnamese.</param>
    /// <param name="englishReason">Why, in English.</param>
    /// <returns>A blocked result.</returns>
    public static GuardResult Block(string code, string reason, string englishReason) => new(false, code, reason, englishReason);

    /// <summary>Passes when <paramref name="condition"/> holds, else blocks with the reason.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="code">The guard's code.</param>
    /// <param name="reason">Why, in Vietnamese.</param>
    /// <param name="englishReason">Why, in English.</param>
    /// <returns>The result.</returns>
    public static GuardResult When(bool condition, string code, string reason, string englishReason) =>
        condition ? Pass(code) : Block(code, reason, englishReason);
}
