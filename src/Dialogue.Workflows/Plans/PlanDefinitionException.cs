namespace Dialogue.Workflows.Plans;

/// <summary>Thrown when a plan type declares a definition that does not hang together.</summary>
public sealed class PlanDefinitionException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>plan.invalid-definition</c>.</summary>
    public const string Code = "plan.invalid-definition";

    /// <summary>Creates the exception.</summary>
    /// <param name="typeKey">The plan type.</param>
    /// <param name="problems">Every problem found.</param>
    public PlanDefinitionException(string typeKey, IReadOnlyList<string> problems)
        : base(Code, $"Plan type '{typeKey}' declares an invalid plan: {string.Join("; ", problems)}. Định nghĩa kế hoạch không hợp lệ.")
    {
        TypeKey = typeKey;
        Problems = problems;
    }

    /// <summary>The plan type.</summary>
    public string TypeKey { get; }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; }
}
