using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The rural upkeep module (农村人居环境整治) through HTTP, on the demo city where it is on outside the built-up area.</summary>
[Collection(HostCollection.Name)]
public sealed class RuralUpkeepTests : IDisposable
{
    private const string Api = "/api/rural-upkeep";
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 10, 2, 0, 0, TimeSpan.Zero)); // Wednesday 10:00 in the city
    private readonly PlatformFactory _factory;
    private readonly HttpClient _client;

    public RuralUpkeepTests()
    {
        _factory = new PlatformFactory(_clock);
        _client = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));

    private async Task<List<JsonElement>> Villages(Guid township) => (await _client.GetJson($"{Api}/townships/{township}/villages")).Items().ToList();

    private async Task<Guid> FirstVillage(string townshipName) =>
        (await _client.GetJson($"/api/org/townships/{await DemoCity.TownshipId(_client, townshipName)}/villages"))[0].GetProperty("id").GetGuid();

    private async Task<List<string>> TemplateCodes() =>
        (await _client.GetJson($"{Api}/template")).Items().Select(t => t.GetProperty("code").GetString()!).ToList();

    private async Task<JsonElement> Inspect(Guid village, params string[] failed)
    {
        var results = (await TemplateCodes()).Select(code => new { code, passed = !failed.Contains(code), note = failed.Contains(code) ? "现场发现问题" : null });
        using var response = await _client.PostJson($"{Api}/inspections", new { villageId = village, inspectedOn = Today, inspector = "王检查", results });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<JsonElement> RuralItems(string query = "") =>
        await _client.GetJson($"/api/rectification/items?module=rural-upkeep&pageSize=200{query}");

    [Fact]
    public async Task Township_lists_its_villages_with_five_haves_and_the_mechanism_is_complete_when_all_five_hold()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        var villages = await Villages(township);
        Assert.NotEmpty(villages);
        Assert.All(villages, v => Assert.False(v.GetProperty("mechanismComplete").GetBoolean()));
        var village = villages[0].GetProperty("villageId").GetGuid();

        string[] kinds = ["Rules", "Standards", "Team", "Funding", "Inspection"];
        foreach (var kind in kinds)
        {
            using var recorded = await _client.PutJson($"{Api}/villages/{village}/five-haves",
                new { kind, establishedOn = Today.AddDays(-30), evidenceNote = $"{kind} 佐证材料" });
            Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        }

        var state = await _client.GetJson($"{Api}/villages/{village}/five-haves");
        Assert.Equal(5, state.GetProperty("inPlace").GetInt32());
        Assert.True(state.GetProperty("mechanismComplete").GetBoolean());
        Assert.Equal("有制度", state.GetProperty("fiveHaves")[0].GetProperty("nameZh").GetString());

        // Recording a have again replaces it; it is not counted twice.
        using (var again = await _client.PutJson($"{Api}/villages/{village}/five-haves", new { kind = "Rules", establishedOn = Today, evidenceNote = "修订后的村规民约" }))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var listed = (await Villages(township)).Single(v => v.GetProperty("villageId").GetGuid() == village);
        Assert.Equal(5, listed.GetProperty("inPlace").GetInt32());
        Assert.Equal("修订后的村规民约", listed.GetProperty("fiveHaves")[0].GetProperty("evidenceNote").GetString());
        Assert.Single(await Villages(township), v => v.GetProperty("mechanismComplete").GetBoolean());
    }

    [Fact]
    public async Task Invalid_five_have_is_400_per_field_and_nothing_is_written()
    {
        var village = await FirstVillage("青石镇");
        using var response = await _client.PutJson($"{Api}/villages/{village}/five-haves", new { establishedOn = Today.AddDays(1), evidenceNote = "" });
        var errors = (await response.AssertProblem(400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("kind", out _));
        Assert.True(errors.TryGetProperty("establishedOn", out _));
        Assert.True(errors.TryGetProperty("evidenceNote", out _));
        Assert.Equal(0, (await _client.GetJson($"{Api}/villages/{village}/five-haves")).GetProperty("inPlace").GetInt32());

        await (await _client.PutJson($"{Api}/villages/{Guid.NewGuid()}/five-haves", new { kind = "Rules", establishedOn = Today, evidenceNote = "x" })).AssertProblem(404);
    }

    [Fact]
    public async Task Everything_is_refused_with_403_in_a_township_where_the_module_is_off()
    {
        var township = await DemoCity.TownshipId(_client, "城关街道");
        Assert.False(await DemoCity.IsEnabled(_client, township, "rural-upkeep"));
        var village = await FirstVillage("城关街道");

        var problem = await (await _client.GetAsync($"{Api}/townships/{township}/villages")).AssertProblem(403);
        Assert.Equal("rural-upkeep", problem.GetProperty("moduleId").GetString());
        await (await _client.GetAsync($"{Api}/townships/{township}/inspections")).AssertProblem(403);
        await (await _client.GetAsync($"{Api}/townships/{township}/due-inspections")).AssertProblem(403);
        await (await _client.GetAsync($"{Api}/townships/{township}/ledgers/inspections")).AssertProblem(403);
        await (await _client.GetAsync($"{Api}/townships/{township}/ledgers/five-haves?format=xlsx")).AssertProblem(403);
        await (await _client.GetAsync($"{Api}/villages/{village}/five-haves")).AssertProblem(403);
        await (await _client.GetAsync($"{Api}/villages/{village}/inspections")).AssertProblem(403);
        await (await _client.PutJson($"{Api}/villages/{village}/five-haves", new { kind = "Rules", establishedOn = Today, evidenceNote = "x" })).AssertProblem(403);
        var results = (await TemplateCodes()).Select(code => new { code, passed = true });
        await (await _client.PostJson($"{Api}/inspections", new { villageId = village, inspectedOn = Today, inspector = "王检查", results })).AssertProblem(403);
        Assert.Equal(0, (await RuralItems()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Default_template_covers_the_campaign_items_with_weights_adding_up_to_100_and_can_be_replaced()
    {
        var template = (await _client.GetJson($"{Api}/template")).Items().ToList();
        Assert.Equal(100, template.Sum(t => t.GetProperty("weight").GetInt32()));
        var names = template.Select(t => t.GetProperty("nameZh").GetString()).ToList();
        Assert.Contains("垃圾堆清出村", names);
        Assert.Contains("黑臭水体治理", names);
        Assert.Contains("生活垃圾收运处置", names);
        Assert.Contains("长效管护机制“五有”落实", names);

        using var invalid = await _client.PutJson($"{Api}/template", new { items = new object[] { new { code = "Bad Code", nameZh = "", weight = 0 } } });
        var errors = (await invalid.AssertProblem(400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("items[0].Code", out _) || errors.TryGetProperty("items[0].code", out _), errors.ToString());
        Assert.Equal(template.Count, (await TemplateCodes()).Count);

        using var saved = await _client.PutJson($"{Api}/template", new
        {
            items = new object[] { new { code = "heaps", nameZh = "三堆清理", weight = 30 }, new { code = "sewage", nameZh = "生活污水", weight = 70, unitCode = "ZJJ" } },
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(["heaps", "sewage"], await TemplateCodes());

        var village = await FirstVillage("柳河镇");
        var inspection = await Inspect(village, "heaps");
        Assert.Equal(70m, inspection.GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task Inspection_scores_from_weights_and_each_failed_item_becomes_exactly_one_rectification_item()
    {
        var township = await DemoCity.TownshipId(_client, "柳河镇");
        var village = await FirstVillage("柳河镇");
        var inspection = await Inspect(village, "sewage", "black-water");
        Assert.Equal(70m, inspection.GetProperty("score").GetDecimal()); // sewage 15 + black water 15 failed of 100
        Assert.Equal(2, inspection.GetProperty("failedItems").GetInt32());
        var id = inspection.GetProperty("id").GetGuid();

        var items = await RuralItems();
        Assert.Equal(2, items.GetProperty("total").GetInt32());
        var references = items.GetProperty("items").Items().Select(i => i.GetProperty("sourceReference").GetString()).Order().ToList();
        Assert.Equal([$"inspection:{id}:black-water", $"inspection:{id}:sewage"], references);
        var item = items.GetProperty("items").Items().Single(i => i.GetProperty("sourceReference").GetString()!.EndsWith(":sewage", StringComparison.Ordinal));
        Assert.Equal(village, item.GetProperty("villageId").GetGuid());
        Assert.Equal(township, item.GetProperty("townshipId").GetGuid());
        Assert.Equal(Today.AddDays(7).ToString("yyyy-MM-dd"), item.GetProperty("deadline").GetString());
        Assert.Equal("市住房和城乡建设局", item.GetProperty("responsibleUnitName").GetString());

        var listed = (await _client.GetJson($"{Api}/villages/{village}/inspections")).GetProperty("items").Items().ToList();
        Assert.Equal(id, Assert.Single(listed).GetProperty("id").GetGuid());
        Assert.Single((await _client.GetJson($"{Api}/townships/{township}/inspections?from={Today:yyyy-MM-dd}")).GetProperty("items").Items());
        var state = (await Villages(township)).Single(v => v.GetProperty("villageId").GetGuid() == village);
        Assert.Equal(70m, state.GetProperty("lastScore").GetDecimal());

        var evidence = (await _client.GetJson("/api/assessment/indicators/3.6/evidence")).Items().ToList();
        Assert.Contains(evidence, e => e.ToString().Contains($"inspection:{id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invalid_inspection_is_400_per_field_and_nothing_is_written()
    {
        var village = await FirstVillage("柳河镇");
        using var bad = await _client.PostJson($"{Api}/inspections", new
        {
            villageId = village, inspectedOn = Today.AddDays(1), inspector = "", results = new[] { new { code = "", passed = (bool?)null } },
        });
        var errors = (await bad.AssertProblem(400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("inspectedOn", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("inspector", out _), errors.ToString());

        // Every template item must be answered, and nothing else.
        using var partial = await _client.PostJson($"{Api}/inspections", new
        {
            villageId = village, inspectedOn = Today, inspector = "王检查", results = new[] { new { code = "sewage", passed = false }, new { code = "no-such-item", passed = true } },
        });
        var partialErrors = (await partial.AssertProblem(400)).GetProperty("errors");
        Assert.Contains("heaps-rubbish", partialErrors.GetProperty("results").ToString());
        Assert.Contains("no-such-item", partialErrors.GetProperty("results").ToString());

        var results = (await TemplateCodes()).Select(code => new { code, passed = true });
        await (await _client.PostJson($"{Api}/inspections", new { villageId = Guid.NewGuid(), inspectedOn = Today, inspector = "王检查", results })).AssertProblem(404);

        Assert.Empty((await _client.GetJson($"{Api}/villages/{village}/inspections")).GetProperty("items").Items());
        Assert.Equal(0, (await RuralItems()).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Weekly_round_creates_one_due_inspection_per_village_and_a_second_run_creates_none()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        var villageCount = (await Villages(township)).Count;

        var first = await Checks.RunAndWait(_client, "rural-upkeep.inspection-rounds");
        Assert.True(first.GetProperty("itemsCreated").GetInt32() >= villageCount);
        var second = await Checks.RunAndWait(_client, "rural-upkeep.inspection-rounds");
        Assert.Equal(0, second.GetProperty("itemsCreated").GetInt32());

        var due = (await _client.GetJson($"{Api}/townships/{township}/due-inspections")).Items().ToList();
        Assert.Equal(villageCount, due.Count);
        Assert.Equal(villageCount, due.Select(d => d.GetProperty("villageId").GetGuid()).Distinct().Count());
        Assert.All(due, d => Assert.False(d.GetProperty("done").GetBoolean()));

        var village = due[0].GetProperty("villageId").GetGuid();
        await Inspect(village);
        var after = (await _client.GetJson($"{Api}/townships/{township}/due-inspections")).Items().ToList();
        Assert.True(after.Single(d => d.GetProperty("villageId").GetGuid() == village).GetProperty("done").GetBoolean());

        // Off in 城关街道: the round does not reach it.
        var chengguan = await DemoCity.TownshipId(_client, "城关街道");
        await (await _client.GetAsync($"{Api}/townships/{chengguan}/due-inspections")).AssertProblem(403);

        await (await _client.GetAsync($"{Api}/townships/{township}/due-inspections?week=60")).AssertProblem(400);
    }

    [Fact]
    public async Task Villages_without_an_inspection_in_14_days_are_reported_once_a_fortnight()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        var villages = await Villages(township);
        var inspected = villages[0].GetProperty("villageId").GetGuid();
        await Inspect(inspected);

        await Checks.RunAndWait(_client, "rural-upkeep.missed-inspections");
        await Checks.RunAndWait(_client, "rural-upkeep.missed-inspections");
        var items = await RuralItems($"&townshipId={township}");
        Assert.Equal(villages.Count - 1, items.GetProperty("total").GetInt32());
        Assert.DoesNotContain(items.GetProperty("items").Items(), i => i.GetProperty("villageId").GetGuid() == inspected);
        Assert.All(items.GetProperty("items").Items(), i => Assert.StartsWith("missed-inspection:", i.GetProperty("sourceReference").GetString()));

        // Fifteen days on (always a new fortnight), the inspected village is missed too; the others are reported again.
        _clock.Advance(TimeSpan.FromDays(15));
        await Checks.RunAndWait(_client, "rural-upkeep.missed-inspections");
        Assert.Equal(2 * villages.Count - 1, (await RuralItems($"&townshipId={township}")).GetProperty("total").GetInt32());
        var chengguan = await DemoCity.TownshipId(_client, "城关街道");
        Assert.Equal(0, (await RuralItems($"&townshipId={chengguan}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Ledgers_export_csv_and_xlsx_with_chinese_headers()
    {
        var township = await DemoCity.TownshipId(_client, "柳河镇");
        var villages = await Villages(township);
        await Inspect(villages[0].GetProperty("villageId").GetGuid(), "heaps-manure");
        await Inspect(villages[1].GetProperty("villageId").GetGuid());
        await Inspect(await FirstVillage("青石镇"));

        using var csv = await _client.GetAsync($"{Api}/townships/{township}/ledgers/inspections?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("检查日期,乡镇,村（社区）,检查人,得分", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("粪堆清出村", text);

        using var xlsx = await _client.GetAsync($"{Api}/townships/{township}/ledgers/five-haves?format=xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var stream = await xlsx.Content.ReadAsStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(villages.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal("否", r["机制是否健全"]?.ToString()));
        Assert.Contains(rows, r => r["最近检查得分"] is not null);

        (await _client.PostJson($"{Api}/villages/{villages[0].GetProperty("villageId").GetGuid()}/courtyard-ratings", new { household = "赵家", grade = "Good" })).Dispose();
        using var points = await _client.GetAsync($"{Api}/townships/{township}/ledgers/points?format=csv");
        var pointLines = Encoding.UTF8.GetString(await points.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("时间,乡镇,村（社区）,农户,积分变动,变动后余额", pointLines[0]);
        Assert.Equal(2, pointLines.Length);
        Assert.Contains("赵家", pointLines[1]);

        await (await _client.GetAsync($"{Api}/townships/{township}/ledgers/inspections?format=pdf")).AssertProblem(400);
        await (await _client.GetAsync($"{Api}/townships/{township}/ledgers/inspections?from=2026-06-10&to=2026-06-01")).AssertProblem(400);
    }

    [Fact]
    public async Task Township_scorecard_carries_the_rural_upkeep_line_for_the_ranking()
    {
        var township = await DemoCity.TownshipId(_client, "柳河镇");
        var villages = await Villages(township);
        var empty = await _client.GetJson($"/api/assessment/townships/{township}/scorecard?year={Today.Year}");
        Assert.DoesNotContain(empty.GetProperty("additional").Items(), l => l.GetProperty("lineKey").GetString() == "rural-upkeep");

        await Inspect(villages[0].GetProperty("villageId").GetGuid(), "sewage"); // 85
        await Inspect(villages[1].GetProperty("villageId").GetGuid()); // 100

        var card = await _client.GetJson($"/api/assessment/townships/{township}/scorecard?year={Today.Year}");
        var line = card.GetProperty("additional").Items().Single(l => l.GetProperty("lineKey").GetString() == "rural-upkeep");
        var figures = line.GetProperty("figures");
        Assert.Equal(villages.Count, figures.GetProperty("villages").GetInt32());
        Assert.Equal(2, figures.GetProperty("inspectedVillages").GetInt32());
        Assert.Equal(92.5m, figures.GetProperty("averageScore").GetDecimal());
        Assert.Equal(0m, figures.GetProperty("completeMechanisms").GetDecimal());
        Assert.Contains("92.5", line.GetProperty("explanation").GetString());
    }

    [Fact]
    public async Task Courtyard_ratings_earn_points_redemptions_spend_them_and_a_balance_never_goes_negative()
    {
        var village = await FirstVillage("青石镇");
        using (var rated = await _client.PostJson($"{Api}/villages/{village}/courtyard-ratings", new { household = "张建国", grade = "Excellent" }))
        {
            Assert.Equal(10, (await rated.ReadJson()).GetProperty("balance").GetInt32());
        }

        (await _client.PostJson($"{Api}/villages/{village}/courtyard-ratings", new { household = "张建国", grade = "Pass", note = "柴草未完全归整" })).Dispose();
        using (var redeemed = await _client.PostJson($"{Api}/villages/{village}/redemptions", new { household = "张建国", points = 8, goods = "洗衣粉两袋" }))
        {
            Assert.Equal(HttpStatusCode.OK, redeemed.StatusCode);
            Assert.Equal(5, (await redeemed.ReadJson()).GetProperty("balance").GetInt32());
        }

        var tooMuch = await (await _client.PostJson($"{Api}/villages/{village}/redemptions", new { household = "张建国", points = 6, goods = "电饭煲" })).AssertProblem(409);
        Assert.Equal(5, tooMuch.GetProperty("balance").GetInt32());
        await (await _client.PostJson($"{Api}/villages/{village}/redemptions", new { household = "无此户", points = 1, goods = "毛巾" })).AssertProblem(404);
        var errors = (await (await _client.PostJson($"{Api}/villages/{village}/redemptions", new { household = "", points = 0, goods = "" })).AssertProblem(400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("household", out _) && errors.TryGetProperty("points", out _) && errors.TryGetProperty("goods", out _), errors.ToString());
        var ratingErrors = (await (await _client.PostJson($"{Api}/villages/{village}/courtyard-ratings", new { household = "李四" })).AssertProblem(400)).GetProperty("errors");
        Assert.True(ratingErrors.TryGetProperty("grade", out _));

        // Concurrent redemptions of the whole balance: exactly one goes through.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await _client.PostJson($"{Api}/villages/{village}/redemptions", new { household = "张建国", points = 5, goods = "毛巾" });
            return (int)response.StatusCode;
        }));
        Assert.Equal(1, attempts.Count(s => s == 200));

        var household = Assert.Single((await _client.GetJson($"{Api}/villages/{village}/households")).Items());
        Assert.Equal(0, household.GetProperty("balance").GetInt32());
        Assert.Equal([10, 3, -8, -5], household.GetProperty("movements").Items().Select(m => m.GetProperty("points").GetInt32()));
        Assert.Equal([10, 13, 5, 0], household.GetProperty("movements").Items().Select(m => m.GetProperty("balanceAfter").GetInt32()));

        var chengguanVillage = await FirstVillage("城关街道");
        await (await _client.PostJson($"{Api}/villages/{chengguanVillage}/courtyard-ratings", new { household = "王五", grade = "Good" })).AssertProblem(403);
        await (await _client.GetAsync($"{Api}/villages/{chengguanVillage}/households")).AssertProblem(403);
    }

    [Fact]
    public async Task Ranking_orders_villages_by_their_latest_score_into_red_and_black_lists()
    {
        var township = await DemoCity.TownshipId(_client, "柳河镇");
        var villages = (await Villages(township)).Select(v => v.GetProperty("villageId").GetGuid()).ToList();
        await Inspect(villages[0], "sewage", "black-water");      // 70
        await Inspect(villages[1]);                               // 100
        await Inspect(villages[2], "heaps-straw");                // 90
        _clock.Advance(TimeSpan.FromMinutes(30));
        await Inspect(villages[1], "rubbish-chain");              // the same day, recorded later: village 1 now has 85

        var ranking = (await _client.GetJson($"{Api}/townships/{township}/ranking")).Items().ToList();
        Assert.Equal([villages[2], villages[1], villages[0]], ranking.Take(3).Select(r => r.GetProperty("villageId").GetGuid()));
        Assert.Equal([90m, 85m, 70m], ranking.Take(3).Select(r => r.GetProperty("latestScore").GetDecimal()));
        Assert.Equal("红榜", ranking[0].GetProperty("list").GetString());
        Assert.Equal(villages.Count, ranking.Count);
        Assert.Equal(JsonValueKind.Null, ranking[^1].GetProperty("rank").ValueKind);

        await (await _client.GetAsync($"{Api}/townships/{await DemoCity.TownshipId(_client, "城关街道")}/ranking")).AssertProblem(403);
    }

    [Fact]
    public async Task A_village_is_proposed_when_eligible_approved_and_withdrawn_automatically_when_it_slips()
    {
        var village = await FirstVillage("柳河镇");
        var notYet = await _client.GetJson($"{Api}/villages/{village}/eligibility");
        Assert.False(notYet.GetProperty("eligible").GetBoolean());
        Assert.Equal(2, notYet.GetProperty("reasons").GetArrayLength());
        var refused = await (await _client.PostJson($"{Api}/villages/{village}/demonstrations", new { kind = "LivableVillage" })).AssertProblem(409);
        Assert.Equal(2, refused.GetProperty("reasons").GetArrayLength());

        foreach (var kind in new[] { "Rules", "Standards", "Team", "Funding", "Inspection" })
        {
            (await _client.PutJson($"{Api}/villages/{village}/five-haves", new { kind, establishedOn = Today, evidenceNote = "台账齐全" })).Dispose();
        }

        foreach (var failed in new[] { "green-clean", "", "heaps-straw", "" })
        {
            _clock.Advance(TimeSpan.FromMinutes(1));
            await Inspect(village, failed); // 90, 100, 90, 100
        }

        var eligible = await _client.GetJson($"{Api}/villages/{village}/eligibility");
        Assert.True(eligible.GetProperty("eligible").GetBoolean(), eligible.ToString());
        Assert.Equal(95m, eligible.GetProperty("averageOfLastFour").GetDecimal());

        // A major rectification item open in the village blocks the title until it is signed off.
        var majorItem = await FileMajorItem(village);
        var blocked = await _client.GetJson($"{Api}/villages/{village}/eligibility");
        Assert.False(blocked.GetProperty("eligible").GetBoolean());
        Assert.Equal(1, blocked.GetProperty("openMajorItems").GetInt32());
        await (await _client.PostJson($"{Api}/villages/{village}/demonstrations", new { kind = "LivableVillage" })).AssertProblem(409);
        await SignOff(majorItem);
        Assert.True((await _client.GetJson($"{Api}/villages/{village}/eligibility")).GetProperty("eligible").GetBoolean());

        var invalid = (await (await _client.PostJson($"{Api}/villages/{village}/demonstrations", new { kind = "Courtyard" })).AssertProblem(400)).GetProperty("errors");
        Assert.True(invalid.TryGetProperty("household", out _));
        Assert.Empty((await _client.GetJson($"{Api}/villages/{village}/demonstrations")).Items());

        using var proposed = await _client.PostJson($"{Api}/villages/{village}/demonstrations", new { kind = "LivableVillage" });
        Assert.Equal(HttpStatusCode.Created, proposed.StatusCode);
        var id = (await proposed.ReadJson()).GetProperty("id").GetGuid();
        await (await _client.PostJson($"{Api}/villages/{village}/demonstrations", new { kind = "LivableVillage" })).AssertProblem(409);
        using (var courtyard = await _client.PostJson($"{Api}/villages/{village}/demonstrations", new { kind = "Courtyard", household = "张建国" }))
        {
            Assert.Equal(HttpStatusCode.Created, courtyard.StatusCode);
        }

        using (var approved = await _client.PostAsync($"{Api}/villages/{village}/demonstrations/{id}/approve", null))
        {
            Assert.Equal("Approved", (await approved.ReadJson()).GetProperty("status").GetString());
        }

        await (await _client.PostAsync($"{Api}/villages/{village}/demonstrations/{id}/approve", null)).AssertProblem(409);
        await (await _client.PostAsync($"{Api}/villages/{village}/demonstrations/{Guid.NewGuid()}/approve", null)).AssertProblem(404);

        string[] bad = ["heaps-rubbish", "heaps-manure", "heaps-straw", "sewage", "black-water", "rubbish-chain"]; // 25
        _clock.Advance(TimeSpan.FromMinutes(1));
        await Inspect(village, bad); // last four 25, 100, 90, 100: 78.75 < 80
        var titles = (await _client.GetJson($"{Api}/villages/{village}/demonstrations")).Items().ToList();
        var title = titles.Single(t => t.GetProperty("id").GetGuid() == id);
        Assert.Equal("Withdrawn", title.GetProperty("status").GetString());
        Assert.Contains("自动撤销", title.GetProperty("withdrawnReason").GetString());
        Assert.Equal("Proposed", titles.Single(t => t.GetProperty("kind").GetString() == "Courtyard").GetProperty("status").GetString());

        var chengguanVillage = await FirstVillage("城关街道");
        await (await _client.GetAsync($"{Api}/villages/{chengguanVillage}/eligibility")).AssertProblem(403);
        await (await _client.PostJson($"{Api}/villages/{chengguanVillage}/demonstrations", new { kind = "LivableVillage" })).AssertProblem(403);
    }

    private async Task<long> FileMajorItem(Guid village)
    {
        var townshipId = (await _client.GetJson($"/api/org/villages/{village}")).GetProperty("townshipId").GetGuid();
        using var response = await _client.PostJson("/api/rectification/items", new
        {
            townshipId, villageId = village, source = "Supervision", category = "黑臭水体", description = "村口沟渠黑臭",
            requirements = "十日内清淤", severity = "Major", deadlineDays = 10,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJson()).GetProperty("id").GetInt64();
    }

    private async Task SignOff(long item)
    {
        var unit = (await _client.GetJson("/api/org/units"))[0].GetProperty("id").GetGuid();
        (await _client.PostJson($"/api/rectification/items/{item}/claim", new { unitId = unit })).EnsureSuccessStatusCode().Dispose();
        (await _client.PostJson($"/api/rectification/items/{item}/submit", new { fixDescription = "已清淤", evidenceNote = "清淤前后照片" })).EnsureSuccessStatusCode().Dispose();
        using var supervisor = _factory.CreateClientFor("demo-supervisor");
        (await supervisor.PostJson($"/api/rectification/items/{item}/close", new { note = "核验通过" })).EnsureSuccessStatusCode().Dispose();
    }
}
