using System.Net;

namespace CampaignPlatform.IntegrationTests;

[Collection(HostCollection.Name)]
public sealed class EnablementTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public EnablementTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> NewTownship(string code)
    {
        using var created = await _client.PostJson("/api/org/townships", new { code, name = $"新建{code}", kind = "Zhen", inBuiltUpArea = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.ReadJson()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Lists_every_installed_module_with_its_manifest()
    {
        var modules = (await _client.GetJson("/api/modules")).Items().ToList();
        var ids = modules.Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains("org", ids);
        Assert.Contains("modules", ids);
        Assert.Contains("checks", ids);
        Assert.Contains("sample", ids);
        var addon = modules.Single(m => m.GetProperty("id").GetString() == "sample-addon");
        Assert.Equal("示例扩展", addon.GetProperty("nameZh").GetString());
        Assert.Equal("1.0.0", addon.GetProperty("version").GetString());
        Assert.False(addon.GetProperty("isCore").GetBoolean());
        Assert.Equal("sample", Assert.Single(addon.GetProperty("dependsOn").Items()).GetString());
        Assert.True(modules.Single(m => m.GetProperty("id").GetString() == "org").GetProperty("isCore").GetBoolean());
    }

    [Fact]
    public async Task New_township_starts_with_campaign_modules_off_and_core_modules_on()
    {
        var township = await NewTownship("E001");
        var modules = (await _client.GetJson($"/api/townships/{township}/modules")).Items().ToList();
        Assert.All(modules, m => Assert.Equal(m.GetProperty("isCore").GetBoolean(), m.GetProperty("enabled").GetBoolean()));
    }

    [Fact]
    public async Task Enable_disable_round_trip_is_recorded_in_the_history()
    {
        var township = await NewTownship("E002");
        using var on = await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = true, reason = "开展试点" });
        Assert.Equal(HttpStatusCode.NoContent, on.StatusCode);
        Assert.True(await DemoCity.IsEnabled(_client, township, "sample"));

        using var off = await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = false });
        Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);
        Assert.False(await DemoCity.IsEnabled(_client, township, "sample"));

        var history = (await _client.GetJson($"/api/townships/{township}/modules/history")).Items().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("sample", history[0].GetProperty("moduleId").GetString());
        Assert.True(history[0].GetProperty("oldEnabled").GetBoolean());
        Assert.False(history[0].GetProperty("newEnabled").GetBoolean());
        Assert.False(history[1].GetProperty("oldEnabled").GetBoolean());
        Assert.True(history[1].GetProperty("newEnabled").GetBoolean());
        Assert.Equal("开展试点", history[1].GetProperty("reason").GetString());
        Assert.False(string.IsNullOrEmpty(history[1].GetProperty("changedBy").GetString()));
    }

    [Fact]
    public async Task Core_module_cannot_be_switched_off()
    {
        var township = await NewTownship("E003");
        using var response = await _client.PutJson($"/api/townships/{township}/modules/org", new { enabled = false });
        await response.AssertProblem(409);
    }

    [Fact]
    public async Task Unknown_township_or_module_is_404()
    {
        var township = await NewTownship("E004");
        await (await _client.PutJson($"/api/townships/{township}/modules/no-such-module", new { enabled = true })).AssertProblem(404);
        await (await _client.PutJson($"/api/townships/{Guid.NewGuid()}/modules/sample", new { enabled = true })).AssertProblem(404);
        await (await _client.GetAsync($"/api/townships/{Guid.NewGuid()}/modules")).AssertProblem(404);
        await (await _client.GetAsync($"/api/townships/{Guid.NewGuid()}/modules/history")).AssertProblem(404);
    }

    [Fact]
    public async Task Missing_enabled_flag_is_400()
    {
        var township = await NewTownship("E005");
        var problem = await (await _client.PutJson($"/api/townships/{township}/modules/sample", new { })).AssertProblem(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("enabled", out _));
    }

    [Fact]
    public async Task Enabling_pulls_in_dependencies_and_disabling_a_dependency_is_refused_naming_the_dependant()
    {
        var township = await NewTownship("E006");
        using var on = await _client.PutJson($"/api/townships/{township}/modules/sample-addon", new { enabled = true });
        Assert.Equal(HttpStatusCode.NoContent, on.StatusCode);
        Assert.True(await DemoCity.IsEnabled(_client, township, "sample"));

        using var off = await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = false });
        var problem = await off.AssertProblem(409);
        Assert.Equal("sample-addon", problem.GetProperty("dependantModuleId").GetString());
        Assert.Contains("sample-addon", problem.GetProperty("detail").GetString());
        Assert.True(await DemoCity.IsEnabled(_client, township, "sample"));
    }
}
