using System.Net;

namespace CampaignPlatform.Modules.CampaignName.Tests;

/// <summary>The module's first feature over HTTP, on the real host with the demo city.</summary>
[Collection("host")]
public sealed class EntryTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public EntryTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Fact]
    public async Task A_township_records_an_entry_where_the_module_is_on_and_lists_it()
    {
        var township = (await _client.GetJson("/api/org/townships"))[0].GetProperty("id").GetGuid();
        var entries = $"/api/{CampaignNameModule.Id}/townships/{township}/entries";

        await (await _client.PostJson(entries, new { on = "2026-01-05", note = "第一条记录" })).AssertProblem(403);

        (await _client.PutJson($"/api/townships/{township}/modules/{CampaignNameModule.Id}", new { enabled = true })).Dispose();
        using var recorded = await _client.PostJson(entries, new { on = "2026-01-05", note = "第一条记录" });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var listed = await _client.GetJson(entries);
        Assert.Equal("第一条记录", Assert.Single(listed.EnumerateArray()).GetProperty("note").GetString());
    }

    [Fact]
    public async Task An_entry_without_a_note_is_refused_with_the_field_named_and_nothing_is_written()
    {
        var township = (await _client.GetJson("/api/org/townships"))[0].GetProperty("id").GetGuid();
        (await _client.PutJson($"/api/townships/{township}/modules/{CampaignNameModule.Id}", new { enabled = true })).Dispose();
        var entries = $"/api/{CampaignNameModule.Id}/townships/{township}/entries";

        var problem = await (await _client.PostJson(entries, new { on = "2026-01-05", note = "" })).AssertProblem(400);

        Assert.True(problem.GetProperty("errors").TryGetProperty("note", out _));
        Assert.Empty((await _client.GetJson(entries)).EnumerateArray());
    }
}
