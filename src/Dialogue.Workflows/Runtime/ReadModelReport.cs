namespace Dialogue.Workflows.Runtime;

/// <summary>What bringing the read model up to date did.</summary>
/// <param name="Projected">Plans whose rows were written from their events.</param>
/// <param name="Damaged">Plans whose history could not be read: recorded as damaged, by name.</param>
public sealed record ReadModelReport(int Projected, int Damaged);
