using System.Net;

namespace Dialogue.Workflows.AspNetCore.Tests;

/// <summary>A store that went away answers 503, with the command id to repeat safely; its own host, so that no other test sees it down.</summary>
public sealed class StoreUnavailableTests : IDisposable
{
    private readonly ApiFactory _factory = new();

    [Fact]
    public async Task A_store_that_went_away_is_503_and_names_the_command_id_to_repeat()
    {
        var id = await _factory.CreateChanhLoAsync("down-1");
        _factory.Store.Unavailable = true;
        await (await _factory.As("clerk").GetAsync($"/api/plans/{id}")).ProblemAsync(HttpStatusCode.ServiceUnavailable, "storage.unavailable");
        var problem = await (await _factory.As("chairman").CommandAsync(id, "issue-plan", key: "desk-3/issue"))
            .ProblemAsync(HttpStatusCode.ServiceUnavailable, "storage.unavailable");
        Assert.Equal("desk-3/issue", problem.GetProperty("commandId").GetString());
        _factory.Store.Unavailable = false;
        await (await _factory.As("chairman").CommandAsync(id, "issue-plan", key: "desk-3/issue")).JsonAsync(HttpStatusCode.OK);
    }

    public void Dispose() => _factory.Dispose();
}
