using Dialogue.Workflows.Plans;

namespace Dialogue.Workflows.Tests.Runtime;

/// <summary>The neighbourhood plan type with one change to its definition, registered under a key of its own.</summary>
internal sealed class NeighbourhoodVariant(string key, Func<PlanDefinition, PlanDefinition> change) : IPlanType
{
    private readonly NeighbourhoodPlanType _inner = new();

    public string Key => key;

    public int Version => 1;

    public string Title => _inner.Title;

    public string EnglishTitle => _inner.EnglishTitle;

    public IReadOnlyList<PlanParameter> Parameters => _inner.Parameters;

    public PlanDefinition Define(PlanParameters parameters) => change(_inner.Define(parameters)) with { TypeKey = key };
}
