namespace Dialogue.Workflows.Runtime;

/// <summary>Why a petition was not taken.</summary>
public enum RejectionReason
{
    /// <summary>Not about the dialogue's subject.</summary>
    OutOfScope = 1,

    /// <summary>Registered after the window closed.</summary>
    Late = 2,

    /// <summary>An excluded category (complaints and denunciations in a TTHC dialogue).</summary>
    ExcludedCategory = 3,

    /// <summary>A duplicate of another petition.</summary>
    Duplicate = 4,
}
