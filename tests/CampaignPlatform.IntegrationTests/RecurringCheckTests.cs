using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

[Collection(HostCollection.Name)]
public sealed class RecurringCheckTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public RecurringCheckTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private Task<JsonElement> RunAndWait(string checkId) => Checks.RunAndWait(_client, checkId);

    [Fact]
    public async Task Lists_declared_checks_with_cron_and_next_run()
    {
        var checks = (await _client.GetJson("/api/checks")).Items().ToList();
        var sample = checks.Single(c => c.GetProperty("id").GetString() == "sample.mark-townships");
        Assert.Equal("sample", sample.GetProperty("moduleId").GetString());
        Assert.Equal("0 3 * * *", sample.GetProperty("cron").GetString());
        var next = sample.GetProperty("nextRunAt").GetDateTimeOffset();
        Assert.True(next > DateTimeOffset.UtcNow);
        Assert.Equal(19, next.ToUniversalTime().Hour); // 03:00 in China Standard Time
        Assert.Equal(JsonValueKind.Null, sample.GetProperty("lastRun").ValueKind);
    }

    [Fact]
    public async Task Run_on_demand_covers_only_townships_where_the_module_is_on_records_the_run_and_is_idempotent()
    {
        var on1 = await DemoCity.TownshipId(_client, "桃源镇");
        var on2 = await DemoCity.TownshipId(_client, "城关街道");
        foreach (var township in new[] { on1, on2 })
        {
            (await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = true })).Dispose();
        }

        var first = await RunAndWait("sample.mark-townships");
        Assert.Equal("Succeeded", first.GetProperty("outcome").GetString());
        Assert.Equal(2, first.GetProperty("townshipsCovered").GetInt32());
        Assert.Equal(2, first.GetProperty("itemsCreated").GetInt32());
        Assert.Equal("OnDemand", first.GetProperty("trigger").GetString());
        Assert.NotNull(first.GetProperty("finishedAt").GetString());

        var marks = (await _client.GetJson("/api/sample/marks")).Items().Select(m => m.GetProperty("townshipId").GetGuid()).ToHashSet();
        Assert.Equal(new HashSet<Guid> { on1, on2 }, marks);

        var second = await RunAndWait("sample.mark-townships");
        Assert.Equal("Succeeded", second.GetProperty("outcome").GetString());
        Assert.Equal(0, second.GetProperty("itemsCreated").GetInt32());
        Assert.Equal(2, (await _client.GetJson("/api/sample/marks")).GetArrayLength());

        var runs = (await _client.GetJson("/api/checks/runs?checkId=sample.mark-townships")).Items().ToList();
        Assert.Equal(2, runs.Count);
        Assert.Equal(second.GetProperty("id").GetGuid(), runs[0].GetProperty("id").GetGuid()); // newest first

        var listed = (await _client.GetJson("/api/checks")).Items().Single(c => c.GetProperty("id").GetString() == "sample.mark-townships");
        Assert.Equal(second.GetProperty("id").GetGuid(), listed.GetProperty("lastRun").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Unknown_check_is_404()
    {
        await (await _client.PostAsync("/api/checks/no.such-check/run", null)).AssertProblem(404);
        await (await _client.GetAsync("/api/checks/runs?checkId=no.such-check")).AssertProblem(404);
        await (await _client.GetAsync($"/api/checks/runs/{Guid.NewGuid()}")).AssertProblem(404);
    }
}
