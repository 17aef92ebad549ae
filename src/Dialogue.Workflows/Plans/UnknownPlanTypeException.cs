namespace Dialogue.Workflows.Plans;

/// <summary>Thrown when a plan type (or a version of it) is not registered.</summary>
public sealed class UnknownPlanTypeException : DialogueWorkflowException
{
    /// <summary>The stable error code: <c>plan.unknown-type</c>.</summary>
    public const string Code = "plan.unknown-type";

    /// <summary>Creates the exception.</summary>
    /// <param name="key">The key asked for.</param>
    /// <param name="version">The version asked for, or null for the latest.</param>
    /// <param name="registered">The registered types, as <c>key@version</c>.</param>
    public UnknownPlanTypeException(string key, int? version, IReadOnlyList<string> registered)
        : base(Code,
            $"Plan type '{key}{(version is null ? string.Empty : $"@{version}")}' is not registered; registered: {(registered.Count == 0 ? "none" : string.Join(", ", registered))}. " +
            $"Loại kế hoạch '{key}' chưa được đăng ký.")
    {
        Key = key;
        Version = version;
        Registered = registered;
    }

    /// <summary>The key asked for.</summary>
    public string Key { get; }

    /// <summary>The version asked for, or null for the latest.</summary>
    public int? Version { get; }

    /// <summary>The registered types, as <c>key@version</c>.</summary>
    public IReadOnlyList<string> Registered { get; }
}
