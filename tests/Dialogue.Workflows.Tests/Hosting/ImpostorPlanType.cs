using Dialogue.Workflows.Plans;
using Dialogue.Workflows.Tests.Runtime;

namespace Dialogue.Workflows.Tests.Hosting;

/// <summary>A second type that claims the neighbourhood plan's key and version, as a careless package might.</summary>
public sealed class ImpostorPlanType : IPlanType
{
    private readonly NeighbourhoodPlanType _original = new();

    public string Key => _original.Key;

    public int Version => _original.Version;

    public string Title => "Kẻ mạo danh";

    public string EnglishTitle => "Impostor";

    public IReadOnlyList<PlanParameter> Parameters => _original.Parameters;

    public PlanDefinition Define(PlanParameters parameters) => _original.Define(parameters);
}
