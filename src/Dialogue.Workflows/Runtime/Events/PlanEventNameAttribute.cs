namespace Dialogue.Workflows.Runtime.Events;

/// <summary>The stable name and schema version an event is stored under.</summary>
/// <param name="name">The name, lower-case with hyphens, e.g. <c>session-held</c>. It never changes.</param>
/// <param name="schemaVersion">The version of the event's JSON shape, from 1.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PlanEventNameAttribute(string name, int schemaVersion = 1) : Attribute
{
    /// <summary>The stored name.</summary>
    public string Name { get; } = name;

    /// <summary>The schema version.</summary>
    public int SchemaVersion { get; } = schemaVersion;
}
