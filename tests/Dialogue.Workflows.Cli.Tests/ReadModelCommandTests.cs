using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dialogue.Workflows.Cli.Tests;

/// <summary>
/// <c>plan list</c>, <c>due</c> and <c>store rebuild</c> on three ward-chairman plans in one file: Chánh Lộ 2023 (session 15/09/2023,
/// issued as 45/KH-UBND) and Trần Phú 2023 (session 20/10/2023) of the tenant quang-ngai, and Chánh Lộ 2024 (session 13/09/2024)
/// of the tenant quang-ngai-2024; the office looks on 21/08/2023.
/// </summary>
public sealed partial class ReadModelCommandTests : IDisposable
{
    private const string Today = "2023-08-21";

    private readonly PlanStore _store = new();

    public ReadModelCommandTests()
    {
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-09-15", "--id", "chanh-lo-2023", "--tenant", "quang-ngai").AssertOk();
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2023-10-20", "--param", "ward=Trần Phú", "--id", "tran-phu-2023",
            "--tenant", "quang-ngai").AssertOk();
        _store.On("2023-08-20", "plan", "new", "ward-chairman", "--session", "2024-09-13", "--id", "chanh-lo-2024", "--tenant", "quang-ngai-2024").AssertOk();
        _store.AsChairman(Today, "plan", "issue", "chanh-lo-2023", "--doc", "45/KH-UBND", "--signing", "TM").AssertOk();
    }

    public void Dispose() => _store.Dispose();

    [Theory]
    [InlineData(new[] { "--status", "issued" }, new[] { "chanh-lo-2023" })]
    [InlineData(new[] { "--status", "draft" }, new[] { "tran-phu-2023", "chanh-lo-2024" })]
    [InlineData(new[] { "--type", "ward-chairman" }, new[] { "chanh-lo-2023", "tran-phu-2023", "chanh-lo-2024" })]
    [InlineData(new[] { "--type", "party-committee" }, new string[0])]
    [InlineData(new[] { "--year", "2024" }, new[] { "chanh-lo-2024" })]
    [InlineData(new[] { "--tenant", "quang-ngai" }, new[] { "chanh-lo-2023", "tran-phu-2023" })]
    [InlineData(new[] { "--issuer", "UBND phường Trần Phú" }, new[] { "tran-phu-2023" })]
    [InlineData(new[] { "--text", "TRẦN PHÚ" }, new[] { "tran-phu-2023" })]
    [InlineData(new[] { "--text", "45/kh-ubnd" }, new[] { "chanh-lo-2023" })]
    [InlineData(new[] { "--year", "2023", "--text", "chánh lộ", "--status", "issued", "--tenant", "quang-ngai" }, new[] { "chanh-lo-2023" })]
    public void PlanList_Filters_ShowOnlyTheMatchingPlansOldestFirst_InJsonAndText(string[] filters, string[] expected)
    {
        var json = _store.On(Today, ["plan", "list", "--json", .. filters]).AssertOk().Json();

        Assert.Equal(expected, Ids(json));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("next").ValueKind);
        var text = _store.On(Today, ["plan", "list", .. filters]).AssertOk().Out;
        foreach (var id in new[] { "chanh-lo-2023", "tran-phu-2023", "chanh-lo-2024" })
        {
            Assert.Equal(expected.Contains(id), text.Contains(id, StringComparison.Ordinal));
        }

        Assert.Equal(expected.Length == 0, text.Contains("No plans match", StringComparison.Ordinal));
        Assert.DoesNotContain("No plans yet", text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanList_Limit2_PagesThroughTheThreePlansWithTheNextCursor_InJsonAndText()
    {
        var first = _store.On(Today, "plan", "list", "--limit", "2", "--json").AssertOk().Json();
        Assert.Equal(["chanh-lo-2023", "tran-phu-2023"], Ids(first));
        var next = first.GetProperty("next").GetInt64();
        var second = _store.On(Today, "plan", "list", "--limit", "2", "--after", next.ToString(CultureInfo.InvariantCulture), "--json").AssertOk().Json();
        Assert.Equal(["chanh-lo-2024"], Ids(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        // The text says where the next page starts, as the --after to add; following it shows the rest.
        var text = _store.On(Today, "plan", "list", "--limit", "2").AssertOk().Out;
        var more = MoreLine().Match(text);
        Assert.True(more.Success, text);
        Assert.Equal(next.ToString(CultureInfo.InvariantCulture), more.Groups[1].Value);
        var rest = _store.On(Today, "plan", "list", "--limit", "2", "--after", more.Groups[1].Value).AssertOk().Out;
        Assert.Contains("chanh-lo-2024", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("tran-phu-2023", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("More plans", rest, StringComparison.Ordinal);
    }

    [Fact]
    public void PlanList_ShowsEachPlansOverdueSteps_ChanhLo2023On2023_09_06HasTheFrontsSummaryAndOthersOverdue()
    {
        var plans = _store.On("2023-09-06", "plan", "list", "--tenant", "quang-ngai", "--json").AssertOk().Json().GetProperty("plans").EnumerateArray()
            .ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("overdue").GetInt32());

        Assert.True(plans["chanh-lo-2023"] > 0);
        Assert.Equal(0, plans["tran-phu-2023"]);
    }

    [Fact]
    public void Due_ForTheFrontUntil2023_09_05_IsChanhLosSummaryOnly_TranPhusComesLater()
    {
        var items = _store.On(Today, "due", "--owner", "front", "--until", "2023-09-05", "--json").AssertOk().Json().GetProperty("items").EnumerateArray().ToList();

        var item = Assert.Single(items);
        Assert.Equal(("chanh-lo-2023", "front-summary@session-1", "2023-09-05", "approaching"),
            (item.GetProperty("plan").GetString(), item.GetProperty("task").GetString(), item.GetProperty("due").GetString(), item.GetProperty("state").GetString()));
        var later = _store.On(Today, "due", "--owner", "front", "--until", "2023-10-31", "--json").AssertOk().Json().GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("plan").GetString()).ToList();
        Assert.Equal(["chanh-lo-2023", "tran-phu-2023"], later);
        var text = _store.On(Today, "due", "--owner", "front", "--until", "2023-09-05").AssertOk().Out;
        Assert.Contains("front-summary@session-1", text, StringComparison.Ordinal);
        Assert.DoesNotContain("tran-phu-2023", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Due_ForATenant_ListsOnlyItsPlans_AndLimitSaysThereIsMore()
    {
        var tenant = _store.On(Today, "due", "--tenant", "quang-ngai-2024", "--until", "2024-12-31", "--json").AssertOk().Json();
        var plans = tenant.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("plan").GetString()).Distinct().ToList();
        Assert.Equal(["chanh-lo-2024"], plans);
        Assert.False(tenant.GetProperty("more").GetBoolean());

        var limited = _store.On(Today, "due", "--tenant", "quang-ngai", "--until", "2023-12-31", "--limit", "2", "--json").AssertOk().Json();
        Assert.Equal(2, limited.GetProperty("items").GetArrayLength());
        Assert.True(limited.GetProperty("more").GetBoolean());
        var text = _store.On(Today, "due", "--tenant", "quang-ngai", "--until", "2023-12-31", "--limit", "2").AssertOk().Out;
        Assert.Contains("the first 2 steps are shown", text, StringComparison.Ordinal);
        Assert.Empty(_store.On(Today, "due", "--tenant", "elsewhere", "--until", "2024-12-31", "--json").AssertOk().Json().GetProperty("items").EnumerateArray());
    }

    [Fact]
    public void StoreRebuild_ProjectsTheThreePlans_AndListAndDueAnswerTheSameAfterwards()
    {
        var listBefore = _store.On(Today, "plan", "list", "--json").AssertOk().Out;
        var dueBefore = _store.On(Today, "due", "--until", "2024-12-31", "--json").AssertOk().Out;

        var text = _store.On(Today, "store", "rebuild").AssertOk().Out;
        Assert.Equal("Rebuilt the read model of 3 plans; 0 damaged plans.", text.TrimEnd());
        var json = _store.On(Today, "store", "rebuild", "--json").AssertOk().Json();
        Assert.Equal((3, 0), (json.GetProperty("projected").GetInt32(), json.GetProperty("damaged").GetInt32()));

        Assert.Equal(listBefore, _store.On(Today, "plan", "list", "--json").AssertOk().Out);
        Assert.Equal(dueBefore, _store.On(Today, "due", "--until", "2024-12-31", "--json").AssertOk().Out);
    }

    [Theory]
    [InlineData("plan", "list", "--limit", "0")]
    [InlineData("plan", "list", "--limit", "many")]
    [InlineData("plan", "list", "--year", "1800")]
    [InlineData("plan", "list", "--after", "next")]
    [InlineData("plan", "list", "--status", "open")]
    [InlineData("due", "--limit", "0")]
    [InlineData("due", "--limit", "ten")]
    [InlineData("due", "--until", "05/09/2023")]
    public void BadPagingOrFilter_IsBadInput(params string[] args) =>
        _store.On(Today, args).AssertBadInput(args[^2]);

    private static List<string?> Ids(JsonElement list) => [.. list.GetProperty("plans").EnumerateArray().Select(p => p.GetProperty("id").GetString())];

    [GeneratedRegex(@"More plans: add --after (\d+)\.")]
    private static partial Regex MoreLine();
}
