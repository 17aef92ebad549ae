namespace Dialogue.Workflows.Runtime;

/// <summary>What moves a petition from one <see cref="PetitionStatus"/> to another.</summary>
public enum PetitionTrigger
{
    /// <summary>Classify (or re-classify) it.</summary>
    Classify = 1,

    /// <summary>Assign (or re-assign) it to a unit.</summary>
    Assign = 2,

    /// <summary>Answer it.</summary>
    Answer = 3,

    /// <summary>Send guidance to the competent body.</summary>
    Redirect = 4,

    /// <summary>Report it to the level above.</summary>
    Escalate = 5,

    /// <summary>Reject it.</summary>
    Reject = 6,

    /// <summary>Tell the petitioner the result.</summary>
    Notify = 7,

    /// <summary>Close it.</summary>
    Close = 8,
}
