namespace Dialogue.Workflows.Runtime;

/// <summary>The kinds of things in a plan that commands act on.</summary>
public enum EntityKind
{
    /// <summary>The plan itself.</summary>
    Plan = 1,

    /// <summary>A session.</summary>
    Session = 2,

    /// <summary>A task.</summary>
    Task = 3,

    /// <summary>A petition.</summary>
    Petition = 4,
}
