using System.Net;
using System.Text;

namespace CampaignPlatform.IntegrationTests;

[Collection(HostCollection.Name)]
public sealed class OrganisationTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;

    public OrganisationTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Demo_city_is_seeded_with_townships_villages_and_units()
    {
        var townships = (await _client.GetJson("/api/org/townships")).Items().ToList();
        Assert.True(townships.Count >= 20, $"{townships.Count} townships");
        Assert.Contains(townships, t => t.GetProperty("kind").GetString() == "Jiedao" && t.GetProperty("inBuiltUpArea").GetBoolean());
        Assert.True(townships.Count(t => !t.GetProperty("inBuiltUpArea").GetBoolean()) > townships.Count / 2, "most townships are rural");
        Assert.All(townships, t => Assert.InRange(t.GetProperty("villageCount").GetInt32(), 8, 15));

        var first = townships[0].GetProperty("id").GetGuid();
        var villages = (await _client.GetJson($"/api/org/townships/{first}/villages")).Items().ToList();
        Assert.Equal(townships[0].GetProperty("villageCount").GetInt32(), villages.Count);
        Assert.All(villages, v => Assert.Equal(first, v.GetProperty("townshipId").GetGuid()));

        var grids = (await _client.GetJson($"/api/org/villages/{villages[0].GetProperty("id").GetGuid()}/grids")).Items().ToList();
        Assert.NotEmpty(grids);

        var units = (await _client.GetJson("/api/org/units")).Items().Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Contains("市住房和城乡建设局", units);
        Assert.Contains("市融媒体中心", units);
    }

    [Fact]
    public async Task Township_create_update_retire_keeps_history()
    {
        using var created = await _client.PostJson("/api/org/townships", new
        {
            code = "330399901", name = "试验镇", kind = "Zhen", inBuiltUpArea = false, sanitaryTitle = "None", leaderName = "测试",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.ReadJson()).GetProperty("id").GetGuid();

        using var updated = await _client.PutJson($"/api/org/townships/{id}", new
        {
            code = "330399901", name = "试验镇", kind = "Zhen", inBuiltUpArea = false, sanitaryTitle = "Provincial",
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("省级卫生乡镇", (await updated.ReadJson()).GetProperty("sanitaryTitleZh").GetString());

        using var village = await _client.PostJson($"/api/org/townships/{id}/villages", new { code = "330399901001", name = "新村", kind = "Village" });
        Assert.Equal(HttpStatusCode.Created, village.StatusCode);

        using var retired = await _client.PostAsync($"/api/org/townships/{id}/retire", null);
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        var active = await _client.GetJson("/api/org/townships");
        Assert.DoesNotContain(active.Items(), t => t.GetProperty("id").GetGuid() == id);
        var all = await _client.GetJson("/api/org/townships?includeRetired=true");
        Assert.Contains(all.Items(), t => t.GetProperty("id").GetGuid() == id && t.GetProperty("retiredAt").ValueKind != System.Text.Json.JsonValueKind.Null);
        var kept = await _client.GetJson($"/api/org/townships/{id}/villages");
        Assert.Single(kept.Items());

        using var again = await _client.PostAsync($"/api/org/townships/{id}/retire", null);
        await again.AssertProblem(409);
    }

    [Fact]
    public async Task Invalid_township_is_400_with_an_error_per_field_and_nothing_is_written()
    {
        var before = (await _client.GetJson("/api/org/townships")).GetArrayLength();
        using var response = await _client.PostJson("/api/org/townships", new { code = "bad code!", name = "", kind = "Nowhere" });
        var problem = await response.AssertProblem(400);
        // An unknown enum value is unreadable input: the error names the field that could not be read.
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _), problem.ToString());

        using var missing = await _client.PostJson("/api/org/townships", new { code = "bad code!", name = "" });
        var errors = (await missing.AssertProblem(400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("code", out _));
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("inBuiltUpArea", out _));
        Assert.Equal(before, (await _client.GetJson("/api/org/townships")).GetArrayLength());
    }

    [Fact]
    public async Task Duplicate_code_is_409()
    {
        var existing = (await _client.GetJson("/api/org/townships"))[0].GetProperty("code").GetString();
        using var response = await _client.PostJson("/api/org/townships", new { code = existing, name = "重复", kind = "Zhen", inBuiltUpArea = false });
        var problem = await response.AssertProblem(409);
        Assert.Equal(existing, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        using var content = new StringContent("{\"code\": \"1\", \"name\": ", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/org/townships", content);
        await response.AssertProblem(400);
    }

    [Fact]
    public async Task Unknown_ids_are_404()
    {
        var unknown = Guid.NewGuid();
        await (await _client.GetAsync($"/api/org/townships/{unknown}")).AssertProblem(404);
        await (await _client.GetAsync($"/api/org/townships/{unknown}/villages")).AssertProblem(404);
        await (await _client.GetAsync($"/api/org/villages/{unknown}")).AssertProblem(404);
        await (await _client.PostJson($"/api/org/townships/{unknown}/villages", new { code = "X1", name = "某村", kind = "Village" })).AssertProblem(404);
        await (await _client.GetAsync("/api/org/townships/not-a-guid")).AssertProblem(404);
    }
}
