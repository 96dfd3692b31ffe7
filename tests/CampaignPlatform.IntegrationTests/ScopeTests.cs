using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Object-level access: a township officer, a grid worker and a unit officer see and change only what is theirs.
/// Another township's records answer 404 (they do not exist for them), lists hold only their own, and nothing changes.
/// The demo officer works in 柳河镇, the grid worker the first grid of 柳河镇, the unit officer at 住建局.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ScopeTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _admin;

    public ScopeTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> Site(Guid township, string name)
    {
        using var response = await _admin.PostJson("/api/hygiene/sites", new { townshipId = township, category = "Market", name, address = "街道1号" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJson()).GetProperty("id").GetGuid();
    }

    private async Task<long> Item(Guid township, Guid? village, string unitCode)
    {
        var unit = (await _admin.GetJson("/api/org/units")).Items().Single(u => u.GetProperty("code").GetString() == unitCode).GetProperty("id").GetGuid();
        using var response = await _admin.PostJson("/api/rectification/items", new
        {
            townshipId = township, villageId = village, source = "Supervision", category = "垃圾清运", description = "垃圾未清运",
            requirements = "三日内清运", severity = "Normal", deadlineDays = 3, responsibleUnitId = unit,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJson()).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task A_township_officer_sees_and_changes_only_their_township()
    {
        var own = await DemoCity.TownshipId(_admin, "柳河镇");
        var other = await DemoCity.TownshipId(_admin, "白马镇");
        var ownSite = await Site(own, "柳河集市");
        var otherSite = await Site(other, "白马集市");
        using var officer = _factory.CreateClientFor("demo-township");

        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/hygiene/sites/{ownSite}")).StatusCode);
        await (await officer.GetAsync($"/api/hygiene/sites/{otherSite}")).AssertProblem(404);
        await (await officer.GetAsync($"/api/hygiene/townships/{other}/sites")).AssertProblem(404);
        await (await officer.PutJson($"/api/hygiene/sites/{otherSite}", new { name = "改名", address = "改址", version = 0 })).AssertProblem(404);
        await (await officer.PostJson($"/api/hygiene/sites/{otherSite}/disinfections",
            new { at = DateTimeOffset.UtcNow.AddMinutes(-5), areaSquareMetres = 10, disinfectant = "84", @operator = "李四" })).AssertProblem(404);
        await (await officer.PostJson("/api/hygiene/sites", new { townshipId = other, category = "Market", name = "越界", address = "x" })).AssertProblem(404);
        using (var created = await officer.PostJson("/api/hygiene/sites", new { townshipId = own, category = "School", name = "柳河小学", address = "学府路1号" }))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        // Nothing of the other township changed.
        var untouched = await _admin.GetJson($"/api/hygiene/sites/{otherSite}");
        Assert.Equal("白马集市", untouched.GetProperty("name").GetString());
        Assert.Empty((await _admin.GetJson($"/api/hygiene/sites/{otherSite}/disinfections")).Items());
        Assert.Single((await _admin.GetJson($"/api/hygiene/townships/{other}/sites")).Items());

        // Lists hold only their own township, whatever the filter asks for.
        await Item(own, null, "ZJJ");
        await Item(other, null, "ZJJ");
        var items = await officer.GetJson("/api/rectification/items");
        Assert.Equal(1, items.GetProperty("total").GetInt32());
        Assert.All(items.GetProperty("items").Items(), i => Assert.Equal(own, i.GetProperty("townshipId").GetGuid()));
        Assert.Equal(0, (await officer.GetJson($"/api/rectification/items?townshipId={other}")).GetProperty("total").GetInt32());
        var villages = await officer.GetJson($"/api/org/townships/{own}/villages");
        Assert.NotEmpty(villages.Items());
        Assert.Empty((await officer.GetJson($"/api/org/townships/{other}/villages")).Items());
    }

    [Fact]
    public async Task A_grid_worker_records_only_in_the_villages_of_their_grids()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var me = await _factory.CreateClientFor("demo-grid").GetJson("/api/auth/me");
        var grid = me.GetProperty("gridIds")[0].GetGuid();
        var villages = (await _admin.GetJson($"/api/org/townships/{township}/villages")).Items().Select(v => v.GetProperty("id").GetGuid()).ToList();
        var gridVillage = (await Task.WhenAll(villages.Select(async v => (v, grids: await _admin.GetJson($"/api/org/villages/{v}/grids")))))
            .Single(x => x.grids.Items().Any(g => g.GetProperty("id").GetGuid() == grid)).v;
        var otherVillage = villages.First(v => v != gridVillage);
        using var worker = _factory.CreateClientFor("demo-grid");

        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync($"/api/rural-upkeep/villages/{gridVillage}/five-haves")).StatusCode);
        await (await worker.GetAsync($"/api/rural-upkeep/villages/{otherVillage}/five-haves")).AssertProblem(404);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");
        await (await worker.PutJson($"/api/rural-upkeep/villages/{otherVillage}/five-haves", new { kind = "Rules", establishedOn = today, evidenceNote = "x" }))
            .AssertProblem(404);
        using (var recorded = await worker.PutJson($"/api/rural-upkeep/villages/{gridVillage}/five-haves", new { kind = "Rules", establishedOn = today, evidenceNote = "村规民约已上墙" }))
        {
            Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        }

        Assert.Equal(0, (await _admin.GetJson($"/api/rural-upkeep/villages/{otherVillage}/five-haves")).GetProperty("inPlace").GetInt32());

        // Grid workers do not manage sites, and see rectification items of their villages only.
        await (await worker.PostJson("/api/hygiene/sites", new { townshipId = township, category = "Market", name = "x", address = "y" })).AssertProblem(403);
        await Item(township, gridVillage, "ZJJ");
        await Item(township, otherVillage, "ZJJ");
        var items = await worker.GetJson("/api/rectification/items");
        Assert.Equal(1, items.GetProperty("total").GetInt32());
        Assert.Equal(gridVillage, items.GetProperty("items")[0].GetProperty("villageId").GetGuid());
    }

    [Fact]
    public async Task A_unit_officer_sees_the_items_dispatched_to_their_unit_and_claims_only_those()
    {
        var township = await DemoCity.TownshipId(_admin, "白马镇");
        var theirs = await Item(township, null, "ZJJ");
        var notTheirs = await Item(township, null, (await _admin.GetJson("/api/org/units")).Items()
            .Select(u => u.GetProperty("code").GetString()!).First(c => c != "ZJJ"));
        using var unit = _factory.CreateClientFor("demo-unit");

        var items = await unit.GetJson("/api/rectification/items");
        Assert.Equal(1, items.GetProperty("total").GetInt32());
        Assert.Equal(theirs, items.GetProperty("items")[0].GetProperty("id").GetInt64());
        await (await unit.GetAsync($"/api/rectification/items/{notTheirs}")).AssertProblem(404);
        await (await unit.PostJson($"/api/rectification/items/{notTheirs}/claim", new { })).AssertProblem(404);
        using (var claimed = await unit.PostJson($"/api/rectification/items/{theirs}/claim", new { note = "住建局认领" }))
        {
            Assert.True(claimed.IsSuccessStatusCode, await claimed.Content.ReadAsStringAsync());
        }

        // Verifying is the supervisor's; unit officers neither close nor touch hygiene sites.
        await (await unit.PostJson($"/api/rectification/items/{theirs}/close", new { })).AssertProblem(403);
        await (await unit.GetAsync($"/api/hygiene/townships/{township}/sites")).AssertProblem(403);
        Assert.Equal("Open", (await _admin.GetJson($"/api/rectification/items/{notTheirs}")).GetProperty("item").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_reporter_s_phone_is_read_only_by_officers_of_the_case_s_township()
    {
        var baima = await DemoCity.TownshipId(_admin, "白马镇");
        using var citizen = _factory.CreateAnonymousClient();
        using var reported = await citizen.PostJson("/api/enforcement/reports",
            new { townshipId = baima, category = "Dumping", description = "路边堆放建筑垃圾", address = "白马街8号", contactPhone = "13812345678" });
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);
        var number = (await reported.ReadJson()).GetProperty("caseNumber").GetString();
        var caseId = (await _admin.GetJson($"/api/enforcement/townships/{baima}/cases?pageSize=200")).GetProperty("items").Items()
            .Single(c => c.GetProperty("number").GetString() == number).GetProperty("id").GetGuid();

        using var liuheOfficer = _factory.CreateClientFor("demo-township");
        await (await liuheOfficer.GetAsync($"/api/enforcement/cases/{caseId}")).AssertProblem(404);
        await (await liuheOfficer.GetAsync($"/api/enforcement/cases/{caseId}/contact")).AssertProblem(404);
        using var supervisor = _factory.CreateClientFor("demo-supervisor");
        var masked = await supervisor.GetJson($"/api/enforcement/cases/{caseId}");
        Assert.DoesNotContain("13812345678", masked.ToString());
        await (await supervisor.GetAsync($"/api/enforcement/cases/{caseId}/contact")).AssertProblem(403);
    }
}
