using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The hygiene module (勤洗手、常消毒) over HTTP: sites, facility checks, the disinfection log, checks, scores, ledgers.</summary>
[Collection(HostCollection.Name)]
public sealed class HygieneTests : IDisposable
{
    private readonly FakeTimeProvider _clock;
    private readonly PlatformFactory _factory;
    private readonly HttpClient _client;

    public HygieneTests()
    {
        // Noon in the city (04:00 UTC) of the next day, so "today" and "yesterday" are never near a city midnight.
        var now = DateTimeOffset.UtcNow;
        var noon = new DateTimeOffset(now.Year, now.Month, now.Day, 4, 0, 0, TimeSpan.Zero).AddDays(1);
        _clock = new FakeTimeProvider(noon);
        _factory = new PlatformFactory(_clock);
        _client = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> Created(HttpResponseMessage response)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.Created, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private async Task<Guid> Site(Guid township, string category, string name = "城关农贸市场") =>
        (await Created(await _client.PostJson("/api/hygiene/sites", new { townshipId = township, category, name, address = "解放路1号" })))
            .GetProperty("id").GetGuid();

    private Task<HttpResponseMessage> Disinfect(Guid site, DateTimeOffset at, decimal area = 300m) =>
        _client.PostJson($"/api/hygiene/sites/{site}/disinfections", new { at, areaSquareMetres = area, disinfectant = "含氯消毒液", @operator = "李四" });

    private Task<HttpResponseMessage> CheckFacilities(Guid site, int total, int working, bool soap) =>
        _client.PostJson($"/api/hygiene/sites/{site}/facility-checks",
            new { checkedOn = DateOnly.FromDateTime(_clock.GetUtcNow().AddHours(8).DateTime), checker = "王五", total, working, soapPresent = soap });


    [Fact]
    public async Task Sites_are_registered_with_their_category_frequency_and_bad_input_is_refused()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var village = (await _client.GetJson($"/api/org/townships/{township}/villages")).Items().First().GetProperty("id").GetGuid();
        var unit = (await _client.GetJson("/api/org/units")).Items().First().GetProperty("id").GetGuid();

        var hospital = await Created(await _client.PostJson("/api/hygiene/sites", new
        {
            townshipId = township, villageId = village, category = "Hospital", name = "白马镇卫生院", address = "白马街8号", responsibleUnitId = unit,
        }));
        Assert.Equal("医院", hospital.GetProperty("categoryZh").GetString());
        Assert.Equal(2, hospital.GetProperty("requiredDisinfectionsPerDay").GetInt32());
        await Site(township, "Market");

        var list = await _client.GetJson($"/api/hygiene/townships/{township}/sites");
        Assert.Equal(2, list.GetArrayLength());
        Assert.Single((await _client.GetJson($"/api/hygiene/townships/{township}/sites?category=Hospital")).Items());
        var frequencies = await _client.GetJson("/api/hygiene/frequencies");
        Assert.Equal(1, frequencies.Items().Single(f => f.GetProperty("category").GetString() == "Market").GetProperty("perDay").GetInt32());

        await Http.AssertFields(await _client.PostJson("/api/hygiene/sites", new { townshipId = township, name = "", address = "" }), "category", "name", "address");
        await (await _client.PostJson("/api/hygiene/sites", new { townshipId = Guid.NewGuid(), category = "School", name = "x", address = "y" })).AssertProblem(404);
        await (await _client.PostJson("/api/hygiene/sites", new { townshipId = township, villageId = Guid.NewGuid(), category = "School", name = "x", address = "y" }))
            .AssertProblem(404);
        Assert.Equal(2, (await _client.GetJson($"/api/hygiene/townships/{township}/sites")).GetArrayLength());
    }

    [Fact]
    public async Task Facility_checks_are_recorded_and_shown_as_the_site_s_latest_state()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var site = await Site(township, "Station", "白马汽车站");

        var check = await Created(await CheckFacilities(site, 4, 3, true));
        Assert.True(check.GetProperty("adequate").GetBoolean());
        var latest = (await _client.GetJson($"/api/hygiene/townships/{township}/sites")).Items().Single().GetProperty("latestFacilityCheck");
        Assert.Equal(3, latest.GetProperty("working").GetInt32());

        await Http.AssertFields(await _client.PostJson($"/api/hygiene/sites/{site}/facility-checks", new { checkedOn = "2999-01-01", checker = "", total = 2, working = 5 }),
            "checkedOn", "checker", "working", "soapPresent");
        await (await CheckFacilities(Guid.NewGuid(), 1, 1, true)).AssertProblem(404);
    }

    [Fact]
    public async Task The_disinfection_log_refuses_future_times_unknown_sites_and_a_second_entry_in_the_same_minute()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var site = await Site(township, "School", "白马小学");
        var at = _clock.GetUtcNow().AddMinutes(-30);

        var entry = await Created(await Disinfect(site, at));
        Assert.Equal(300m, entry.GetProperty("areaSquareMetres").GetDecimal());

        var duplicate = await (await Disinfect(site, at.AddSeconds(20))).AssertProblem(409);
        Assert.Contains("已有消毒记录", duplicate.GetProperty("detail").GetString());
        await Http.AssertFields(await Disinfect(site, _clock.GetUtcNow().AddMinutes(5)), "at");
        await Http.AssertFields(await _client.PostJson($"/api/hygiene/sites/{site}/disinfections", new { at, areaSquareMetres = -1, disinfectant = "", @operator = "" }),
            "areaSquareMetres", "disinfectant", "operator");
        await (await Disinfect(Guid.NewGuid(), at)).AssertProblem(404);

        using var csv = await _client.GetAsync($"/api/hygiene/townships/{township}/ledgers/disinfections?format=csv");
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // header and the one entry: nothing else was written
    }

    [Fact]
    public async Task A_site_is_read_corrected_and_retired_with_its_records_listed_and_stale_versions_refused()
    {
        var township = await DemoCity.TownshipId(_client, "柳河镇");
        var site = await Site(township, "Market", "柳河集市");
        await Created(await Disinfect(site, _clock.GetUtcNow().AddHours(-3)));
        await Created(await Disinfect(site, _clock.GetUtcNow().AddHours(-1)));
        await Created(await CheckFacilities(site, 3, 2, true));

        var read = await _client.GetJson($"/api/hygiene/sites/{site}");
        Assert.Equal("柳河集市", read.GetProperty("name").GetString());
        Assert.Equal(2, read.GetProperty("latestFacilityCheck").GetProperty("working").GetInt32());
        Assert.Equal(0, read.GetProperty("version").GetInt32());
        await (await _client.GetAsync($"/api/hygiene/sites/{Guid.NewGuid()}")).AssertProblem(404);

        var log = await _client.GetJson($"/api/hygiene/sites/{site}/disinfections");
        Assert.Equal(2, log.GetArrayLength());
        Assert.True(log[0].GetProperty("at").GetDateTimeOffset() > log[1].GetProperty("at").GetDateTimeOffset(), "newest first");
        Assert.Single((await _client.GetJson($"/api/hygiene/sites/{site}/facility-checks")).Items());
        await Http.AssertFields(await _client.GetAsync($"/api/hygiene/sites/{site}/disinfections?from=2026-03-02&to=2026-03-01"), "to");
        await Http.AssertFields(await _client.GetAsync($"/api/hygiene/sites/{site}/facility-checks?from=2024-01-01&to=2026-01-01"), "from");

        using (var renamed = await _client.PutJson($"/api/hygiene/sites/{site}", new { name = "柳河农贸集市", address = "柳河街2号", version = 0 }))
        {
            var body = await renamed.ReadJson();
            Assert.Equal("柳河农贸集市", body.GetProperty("name").GetString());
            Assert.Equal(1, body.GetProperty("version").GetInt32());
        }

        var stale = await (await _client.PutJson($"/api/hygiene/sites/{site}", new { name = "旧名", address = "旧址", version = 0 })).AssertProblem(409);
        Assert.Equal(1, stale.GetProperty("currentVersion").GetInt32());
        await Http.AssertFields(await _client.PutJson($"/api/hygiene/sites/{site}", new { name = "", address = "x", version = 1 }), "name");
        await (await _client.PutJson($"/api/hygiene/sites/{site}", new { name = "x", address = "x", villageId = Guid.NewGuid(), version = 1 })).AssertProblem(404);
        Assert.Equal("柳河农贸集市", (await _client.GetJson($"/api/hygiene/sites/{site}")).GetProperty("name").GetString());

        var today = DateOnly.FromDateTime(_clock.GetUtcNow().AddHours(8).DateTime);
        await Http.AssertFields(await _client.PostJson($"/api/hygiene/sites/{site}/retire", new { retiredOn = today.AddDays(1), reason = "搬迁", version = 1 }), "retiredOn");
        await Http.AssertFields(await _client.PostJson($"/api/hygiene/sites/{site}/retire", new { retiredOn = today.AddDays(-5), reason = "搬迁", version = 1 }), "retiredOn");
        using (var retired = await _client.PostJson($"/api/hygiene/sites/{site}/retire", new { retiredOn = today, reason = "集市整体搬迁", version = 1 }))
        {
            Assert.Equal(today, DateOnly.Parse((await retired.ReadJson()).GetProperty("retiredOn").GetString()!));
        }

        await (await _client.PostJson($"/api/hygiene/sites/{site}/retire", new { retiredOn = today, reason = "再次", version = 2 })).AssertProblem(409);
        await (await Disinfect(site, _clock.GetUtcNow().AddMinutes(-1))).AssertProblem(409);
        await (await CheckFacilities(site, 3, 3, true)).AssertProblem(409);
        Assert.Empty((await _client.GetJson($"/api/hygiene/townships/{township}/sites")).Items());
        Assert.Single((await _client.GetJson($"/api/hygiene/townships/{township}/sites?includeRetired=true")).Items());

        // The day after, a retired site owes nothing: no lapse is reported and it leaves the handwashing line.
        _clock.Advance(TimeSpan.FromDays(1));
        var run = await Checks.RunAndWait(_client, "hygiene.disinfection-compliance");
        Assert.Equal(0, run.GetProperty("itemsCreated").GetInt32());
        var card = await _client.GetJson($"/api/assessment/townships/{township}/scorecard");
        Assert.Equal(0m, card.ScoreLine("handwashing").GetProperty("figures").GetProperty("sites").GetDecimal());
    }

    [Fact]
    public async Task Everything_is_refused_with_403_where_the_module_is_off()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        var site = await Site(township, "Restaurant", "青石饭店");
        (await _client.PutJson($"/api/townships/{township}/modules/hygiene", new { enabled = false })).Dispose();

        await (await _client.PostJson("/api/hygiene/sites", new { townshipId = township, category = "Market", name = "x", address = "y" })).AssertProblem(403);
        await (await _client.GetAsync($"/api/hygiene/townships/{township}/sites")).AssertProblem(403);
        await (await CheckFacilities(site, 1, 1, true)).AssertProblem(403);
        await (await Disinfect(site, _clock.GetUtcNow().AddMinutes(-1))).AssertProblem(403);
        await (await _client.GetAsync($"/api/hygiene/townships/{township}/ledgers/sites")).AssertProblem(403);
    }

    [Fact]
    public async Task The_compliance_and_outage_checks_report_each_lapse_once_however_often_they_run()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var market = await Site(township, "Market", "白马集市");
        var hospital = await Site(township, "Hospital", "白马医院");
        await Created(await Disinfect(market, _clock.GetUtcNow().AddHours(-1)));
        await Created(await Disinfect(hospital, _clock.GetUtcNow().AddHours(-1))); // one of the two a hospital needs
        await Created(await CheckFacilities(market, 2, 0, true));
        await Created(await CheckFacilities(hospital, 2, 2, true));

        _clock.Advance(TimeSpan.FromDays(1));
        var first = await Checks.RunAndWait(_client, "hygiene.disinfection-compliance");
        await Checks.RunAndWait(_client, "hygiene.disinfection-compliance");
        await Checks.RunAndWait(_client, "hygiene.facility-outage");
        await Checks.RunAndWait(_client, "hygiene.facility-outage");
        Assert.Equal(1, first.GetProperty("itemsCreated").GetInt32());

        var items = await Http.Eventually(() => _client.GetJson("/api/rectification/items?module=hygiene"),
            page => page.GetProperty("total").GetInt32() >= 2, what: "hygiene items filed");
        Assert.Equal(2, items.GetProperty("total").GetInt32());
        var references = items.GetProperty("items").Items().Select(i => i.GetProperty("sourceReference").GetString()!).ToList();
        Assert.Contains(references, r => r.StartsWith($"disinfection:{hospital}:", StringComparison.Ordinal));
        Assert.Contains(references, r => r.StartsWith($"outage:{market}:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Score_lines_are_the_shares_of_adequate_sites_and_compliant_site_days()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        var market = await Site(township, "Market", "桃源集市");
        var hospital = await Site(township, "Hospital", "桃源医院");
        await Created(await Disinfect(market, _clock.GetUtcNow().AddHours(-2)));
        await Created(await Disinfect(hospital, _clock.GetUtcNow().AddHours(-2)));
        await Created(await CheckFacilities(market, 2, 1, true));
        await Created(await CheckFacilities(hospital, 2, 2, false));

        var card = await _client.GetJson($"/api/assessment/townships/{township}/scorecard");
        var handwashing = card.ScoreLine("handwashing");
        Assert.Equal(32.5m, handwashing.GetProperty("pointsEarned").GetDecimal());
        Assert.Contains("2 个场所中 1 个", handwashing.GetProperty("explanation").GetString());
        var disinfection = card.ScoreLine("disinfection");
        Assert.Equal(27.5m, disinfection.GetProperty("pointsEarned").GetDecimal());
        Assert.Contains("2 个场所日中 1 个", disinfection.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Disinfections_are_filed_as_evidence_and_the_city_scorecard_counts_townships_where_the_module_is_on()
    {
        var on = await DemoCity.TownshipId(_client, "桃源镇");
        var off = await DemoCity.TownshipId(_client, "青石镇");
        var school = await Site(on, "School", "桃源中学");
        var offSite = await Site(off, "Market", "青石集市");
        await Created(await Disinfect(school, _clock.GetUtcNow().AddMinutes(-20)));
        await Created(await CheckFacilities(school, 1, 1, true));
        await Created(await CheckFacilities(offSite, 1, 0, false));
        (await _client.PutJson($"/api/townships/{off}/modules/hygiene", new { enabled = false })).Dispose();

        var evidence = await Http.Eventually(() => _client.GetJson("/api/assessment/indicators/5.3/evidence"), e => e.GetArrayLength() > 0, what: "school evidence");
        Assert.Single(evidence.Items());
        Assert.Empty((await _client.GetJson("/api/assessment/indicators/7.3/evidence")).Items());

        var card = await _client.GetJson("/api/assessment/scorecard");
        Assert.Equal(65m, card.ScoreLine("handwashing").GetProperty("pointsEarned").GetDecimal());
        Assert.Equal(1m, card.ScoreLine("handwashing").GetProperty("figures").GetProperty("sites").GetDecimal());
        Assert.Equal(55m, card.ScoreLine("disinfection").GetProperty("pointsEarned").GetDecimal());
    }

    [Fact]
    public async Task Ledgers_export_sites_checks_and_the_log_as_csv_and_xlsx_with_chinese_headers()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        var site = await Site(township, "ServiceHall", "桃源便民服务大厅");
        await Created(await CheckFacilities(site, 3, 3, true));
        await Created(await Disinfect(site, _clock.GetUtcNow().AddMinutes(-10)));

        using var csv = await _client.GetAsync($"/api/hygiene/townships/{township}/ledgers/sites?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("场所名称,类别,乡镇（街道）", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("服务大厅", lines[1]);

        foreach (var (kind, header, value) in new[] { ("facility-checks", "完好数", "3"), ("disinfections", "消毒剂", "含氯消毒液") })
        {
            using var xlsx = await _client.GetAsync($"/api/hygiene/townships/{township}/ledgers/{kind}?format=xlsx");
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            using var copy = new MemoryStream();
            await (await xlsx.Content.ReadAsStreamAsync()).CopyToAsync(copy);
            copy.Position = 0;
            var rows = MiniExcelLibs.MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(value, Assert.Single(rows)[header]?.ToString());
        }

        await (await _client.GetAsync($"/api/hygiene/townships/{township}/ledgers/sites?format=pdf")).AssertProblem(400);
        await (await _client.GetAsync($"/api/hygiene/townships/{township}/ledgers/nonsense")).AssertProblem(404); // no such ledger
        await (await _client.GetAsync($"/api/hygiene/townships/{township}/ledgers/sites?from=2026-02-01&to=2026-01-01")).AssertProblem(400);
    }
}
