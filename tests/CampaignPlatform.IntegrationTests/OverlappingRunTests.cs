using System.Net;
using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Two runs of one fan-out check queued at the same moment: whether the second is skipped as overlapping or both run,
/// nothing is made twice — one item per uninspected village, one due inspection per village and week.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OverlappingRunTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public OverlappingRunTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Two_overlapping_runs_of_the_missed_inspections_check_open_one_item_per_uninspected_village()
    {
        var runs = await RunTogether("rural-upkeep.missed-inspections");
        var missed = runs.Where(Succeeded).Max(r => r.GetProperty("itemsCreated").GetInt32());
        Assert.True(missed > 0, "the demo city has uninspected villages");

        var references = await SourceReferences("rural-upkeep", "missed-inspection:");
        Assert.Equal(missed, references.Count);
        Assert.Equal(references.Count, references.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Two_overlapping_runs_of_the_weekly_round_make_one_due_inspection_per_village()
    {
        var runs = await RunTogether("rural-upkeep.inspection-rounds");
        Assert.Contains(runs, r => Succeeded(r) && r.GetProperty("itemsCreated").GetInt32() > 0);

        var township = await DemoCity.TownshipId(_client, "青石镇");
        var villages = (await _client.GetJson($"/api/org/townships/{township}/villages")).Items().Select(v => v.GetProperty("id").GetGuid()).ToList();
        var due = (await _client.GetJson($"/api/rural-upkeep/townships/{township}/due-inspections")).Items()
            .Select(d => d.GetProperty("villageId").GetGuid()).ToList();
        Assert.Equal(villages.Order(), due.Order());
    }

    private static bool Succeeded(JsonElement run) => run.GetProperty("outcome").GetString() == "Succeeded";

    /// <summary>Queues two runs at once and waits for both; each either ran or was skipped, and at least one ran.</summary>
    private async Task<IReadOnlyList<JsonElement>> RunTogether(string checkId)
    {
        var queued = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await _client.PostAsync($"/api/checks/{checkId}/run", null);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            return (await response.ReadJson()).GetProperty("runId").GetGuid();
        }));
        var runs = await Task.WhenAll(queued.Select(id => Http.Eventually(
            () => _client.GetJson($"/api/checks/runs/{id}"),
            r => r.GetProperty("outcome").GetString() is not ("Queued" or "Running"),
            TimeSpan.FromSeconds(60), $"run {id} of {checkId} finishes")));
        Assert.All(runs, r => Assert.True(r.GetProperty("outcome").GetString() is "Succeeded" or "Skipped", r.ToString()));
        Assert.Contains(runs, Succeeded);
        return runs;
    }

    private async Task<List<string>> SourceReferences(string module, string prefix)
    {
        var references = new List<string>();
        for (var page = 1; ; page++)
        {
            var items = await _client.GetJson($"/api/rectification/items?module={module}&pageSize=100&page={page}");
            references.AddRange(items.GetProperty("items").Items().Select(i => i.GetProperty("sourceReference").GetString()!)
                .Where(r => r.StartsWith(prefix, StringComparison.Ordinal)));
            if (page * 100 >= items.GetProperty("total").GetInt32())
            {
                return references;
            }
        }
    }
}
