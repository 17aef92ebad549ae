namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// A host's own plan type (the sample's "neighbourhood" dialogue) loaded from its assembly with
/// <c>--plan-types</c> or <c>DIALOGUE_PLAN_TYPES</c>; and a store holding a plan of a type the running
/// program does not know, which every listing shows as stored with a note, the other plans unharmed.
/// </summary>
public sealed class HostPlanTypesTests : IDisposable
{
    private readonly PlanStore _store = new();
    private readonly string _assembly;

    public HostPlanTypesTests()
    {
        // Copied away from the test's own folder, as a host's assembly would be somewhere of its own.
        var built = Path.Combine(AppContext.BaseDirectory, "Dialogue.Workflows.SamplePlanTypes.dll");
        Assert.True(File.Exists(built), $"the sample's plan types were not built next to the tests: {built}");
        var folder = Directory.CreateDirectory(Path.Combine(_store.Folder, "host")).FullName;
        _assembly = Path.Combine(folder, "Dialogue.Workflows.SamplePlanTypes.dll");
        File.Copy(built, _assembly);
    }

    [Fact]
    public void PlanTypes_WithTheHostsAssembly_ListsItsTypeBesideTheBuiltInOnes()
    {
        var types = Cli.Run("plan", "types", "--plan-types", _assembly, "--json").AssertOk().Json().GetProperty("types").EnumerateArray()
            .Select(t => t.GetProperty("key").GetString()).ToList();

        Assert.Contains("neighbourhood", types);
        Assert.Contains("ward-chairman", types);
    }

    [Fact]
    public void NeighbourhoodPlan_FromTheEnvironmentVariable_SessionOn2027_06_11_NoticeDueOn2027_06_01()
    {
        var environment = new Dictionary<string, string>(PlanStore.Clerk) { ["DIALOGUE_PLAN_TYPES"] = _assembly };

        var created = _store.With(environment, "plan", "new", "neighbourhood", "--session", "2027-06-11", "--id", "n1", "--today", "2024-05-20", "--json").AssertOk().Json();

        Assert.Equal("neighbourhood", created.GetProperty("type").GetString());
        var preview = _store.With(environment, "plan", "show", "n1", "--today", "2024-05-20").AssertOk().Out;
        Assert.Contains("2027-06-01", preview, StringComparison.Ordinal);
        Assert.Contains("notice@s1", preview, StringComparison.Ordinal);
    }

    [Fact]
    public void StoreWithAPlanOfAnUnknownType_PlanListAndDue_ShowItAsStoredWithANote_AndTheOtherPlans()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "p1").AssertOk();
        _store.On("2024-05-20", "plan", "new", "neighbourhood", "--session", "2027-06-11", "--id", "n1", "--plan-types", _assembly).AssertOk();

        var list = _store.On("2024-05-20", "plan", "list", "--json").AssertOk().Json();
        var listText = _store.On("2024-05-20", "plan", "list").AssertOk().Out;
        var due = _store.On("2023-09-06", "due", "--json").AssertOk().Json();
        var dueText = _store.On("2023-09-06", "due").AssertOk().Out;

        Assert.Equal("p1", Assert.Single(list.GetProperty("plans").EnumerateArray()).GetProperty("id").GetString());
        var unknown = Assert.Single(list.GetProperty("unknown").EnumerateArray());
        Assert.Equal(("n1", "neighbourhood", 1), (unknown.GetProperty("id").GetString(), unknown.GetProperty("type").GetString(), unknown.GetProperty("typeVersion").GetInt32()));
        Assert.Contains("does not know", unknown.GetProperty("note").GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("2027-06-11", unknown.GetProperty("stored").GetRawText(), StringComparison.Ordinal);
        Assert.Contains("p1", listText, StringComparison.Ordinal);
        Assert.Contains("note: plan n1 is of type 'neighbourhood@1', which this program does not know", listText, StringComparison.Ordinal);
        Assert.Contains("stored: created ", listText, StringComparison.Ordinal);
        Assert.Contains("parameters session=2027-06-11; 1 event(s)", listText, StringComparison.Ordinal);
        Assert.Contains(due.GetProperty("items").EnumerateArray(), i => i.GetProperty("plan").GetString() == "p1");
        Assert.Equal("n1", Assert.Single(due.GetProperty("unknown").EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains("--plan-types", dueText, StringComparison.Ordinal);

        // With the assembly, the same store lists both as plans.
        var both = _store.On("2024-05-20", "plan", "list", "--json", "--plan-types", _assembly).AssertOk().Json();
        Assert.Equal(2, both.GetProperty("plans").GetArrayLength());
        Assert.Equal(0, both.GetProperty("unknown").GetArrayLength());
    }

    [Fact]
    public void PlanTypes_FromAFileThatIsNotAnAssembly_IsBadInput()
    {
        var notAnAssembly = Path.Combine(_store.Folder, "notes.dll");
        File.WriteAllText(notAnAssembly, "not an assembly");

        Cli.Run("plan", "types", "--plan-types", notAnAssembly).AssertBadInput("--plan-types: ", "cannot be loaded");
        Cli.Run("plan", "types", "--plan-types", Path.Combine(_store.Folder, "missing.dll")).AssertBadInput("does not exist");
    }

    [Fact]
    public void PlanTypes_FromAnAssemblyWithoutPlanTypes_IsBadInput()
    {
        var library = typeof(Dialogue.Workflows.Calendar.WorkingCalendar).Assembly.Location.Replace("Dialogue.Workflows.dll", "NodaTime.dll", StringComparison.Ordinal);

        Cli.Run("plan", "types", "--plan-types", library).AssertBadInput("has no public class implementing IPlanType");
    }

    public void Dispose() => _store.Dispose();
}
