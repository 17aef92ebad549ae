namespace Dialogue.Workflows.Runtime.Authorization;

/// <summary>An authorization handler's answer: allowed, or denied with a stable code, the reason and who may act instead.</summary>
/// <param name="Allowed">Whether the actor may take the action.</param>
/// <param name="Code">A stable code: <c>authorization.allowed</c>, or a refusal such as <c>authorization.wrong-unit</c>.</param>
/// <param name="Reason">Why it is refused, in Vietnamese (empty when allowed).</param>
/// <param name="EnglishReason">Why it is refused, in English (empty when allowed).</param>
public sealed record AuthorizationDecision(bool Allowed, string Code, string Reason, string EnglishReason)
{
    /// <summary>The code of an allowed decision.</summary>
    public const string AllowedCode = "authorization.allowed";

    /// <summary>Who may take the action, in Vietnamese, when the handler knows.</summary>
    public IReadOnlyList<string> MayAct { get; init; } = [];

    /// <summary>Who may take the action, in English, when the handler knows.</summary>
    public IReadOnlyList<string> EnglishMayAct { get; init; } = [];

    /// <summary>An allowed decision.</summary>
    public static AuthorizationDecision Allow { get; } = new(true, AllowedCode, string.Empty, string.Empty);

    /// <summary>A refusal.</summary>
    /// <param name="code">A stable code, e.g. <c>authorization.wrong-unit</c>.</param>
    /// <param name="reason">Why, in Vietnamese.</param>
    /// <param name="englishReason">Why, in English.</param>
    /// <returns>The decision.</returns>
    public static AuthorizationDecision Deny(string code, string reason, string englishReason) => new(false, code, reason, englishReason);
}
