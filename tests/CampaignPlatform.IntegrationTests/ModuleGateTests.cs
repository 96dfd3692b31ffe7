using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>A township-scoped command of a module that is off there is refused before anything looks at it.</summary>
[Collection(HostCollection.Name)]
public sealed class ModuleGateTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public ModuleGateTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<int> RecordCount() => (await _client.GetJson("/api/sample/records")).GetInt32();

    [Fact]
    public async Task Command_of_a_disabled_module_is_403_naming_module_and_township_and_writes_nothing()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        Assert.False(await DemoCity.IsEnabled(_client, township, "sample"));

        using var refused = await _client.PostJson($"/api/sample/townships/{township}/records", new { title = "巡查记录" });
        var problem = await refused.AssertProblem(403);
        Assert.Equal("sample", problem.GetProperty("moduleId").GetString());
        Assert.Equal(township, problem.GetProperty("townshipId").GetGuid());
        Assert.Contains("青石镇", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await RecordCount());
    }

    [Fact]
    public async Task Enablement_is_checked_before_validation()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        using var refused = await _client.PostJson($"/api/sample/townships/{township}/records", new { title = "" });
        await refused.AssertProblem(403);
    }

    [Fact]
    public async Task Once_enabled_the_command_runs_and_invalid_input_is_400_with_field_errors()
    {
        var township = await DemoCity.TownshipId(_client, "柳河镇");
        (await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = true })).Dispose();

        using var invalid = await _client.PostJson($"/api/sample/townships/{township}/records", new { title = new string('长', 21) });
        var errors = (await invalid.AssertProblem(400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("title", out _));
        Assert.Equal(0, await RecordCount());

        using var accepted = await _client.PostJson($"/api/sample/townships/{township}/records", new { title = "巡查记录" });
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(1, await RecordCount());

        (await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = false })).Dispose();
        using var refused = await _client.PostJson($"/api/sample/townships/{township}/records", new { title = "巡查记录" });
        await refused.AssertProblem(403);
        Assert.Equal(1, await RecordCount());
    }

    [Fact]
    public async Task Command_for_an_unknown_township_is_404()
    {
        using var response = await _client.PostJson($"/api/sample/townships/{Guid.NewGuid()}/records", new { title = "x" });
        await response.AssertProblem(404);
    }

    [Fact]
    public async Task Village_scoped_query_is_gated_through_the_village_township()
    {
        var township = await DemoCity.TownshipId(_client, "石桥镇");
        var village = (await _client.GetJson($"/api/org/townships/{township}/villages"))[0].GetProperty("id").GetGuid();
        var refused = await (await _client.GetAsync($"/api/sample/villages/{village}")).AssertProblem(403);
        Assert.Equal(township, refused.GetProperty("townshipId").GetGuid());

        (await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = true })).Dispose();
        using var allowed = await _client.GetAsync($"/api/sample/villages/{village}");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        await (await _client.GetAsync($"/api/sample/villages/{Guid.NewGuid()}")).AssertProblem(404);
    }
}
