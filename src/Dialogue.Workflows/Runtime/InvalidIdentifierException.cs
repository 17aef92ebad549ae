namespace Dialogue.Workflows.Runtime;

/// <summary>Thrown when a plan id or a command id breaks a rule of <see cref="Identifiers"/>: bad input, refused before anything is read or written.</summary>
public sealed class InvalidIdentifierException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>runtime.invalid-identifier</c>.</summary>
    public const string Code = "runtime.invalid-identifier";

    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What the value names: <c>plan id</c> or <c>command id</c>.</param>
    /// <param name="value">The value as given.</param>
    /// <param name="rule">The rule it breaks, e.g. <c>id.blank</c>.</param>
    /// <param name="problem">What is wrong, in English.</param>
    /// <param name="vietnameseProblem">What is wrong, in Vietnamese.</param>
    public InvalidIdentifierException(string kind, string value, string rule, string problem, string vietnameseProblem)
        : base(Code, $"Invalid {kind}: {problem} [{rule}]. {(kind == "plan id" ? "Mã kế hoạch" : "Mã thao tác")} không hợp lệ: {vietnameseProblem}.")
    {
        Kind = kind;
        Value = value;
        Rule = rule;
    }

    /// <summary>What the value names: <c>plan id</c> or <c>command id</c>.</summary>
    public string Kind { get; }

    /// <summary>The value as given.</summary>
    public string Value { get; }

    /// <summary>The rule it breaks: <c>id.blank</c>, <c>id.too-long</c>, <c>id.surrounding-space</c> or <c>id.control-character</c>.</summary>
    public string Rule { get; }
}
