namespace Dialogue.Workflows.Plans;

/// <summary>When a task falls relative to its session: before (chuẩn bị), at (tại hội nghị) or after (sau hội nghị).</summary>
public enum TaskPhase
{
    /// <summary>Preparation before the session.</summary>
    Before = 1,

    /// <summary>During the session.</summary>
    At = 2,

    /// <summary>After the session: conclusion, follow-up, reports, dossier.</summary>
    After = 3,
}
