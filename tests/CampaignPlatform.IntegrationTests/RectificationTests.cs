using System.Net;
using System.Text;
using System.Text.Json;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.TestModules.Sample;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

[Collection(HostCollection.Name)]
public sealed class RectificationTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly PlatformFactory _factory;
    private readonly HttpClient _client;

    public RectificationTests()
    {
        _factory = new PlatformFactory(_clock);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _supervisor?.Dispose();
        _factory.Dispose();
    }

    private async Task<JsonElement> Items(string query = "") => await _client.GetJson($"/api/rectification/items{query}");

    private async Task<long> File(Guid township, string category = "垃圾清运", int deadlineDays = 3, string severity = "Normal")
    {
        using var response = await _client.PostJson("/api/rectification/items", new
        {
            townshipId = township, source = "Supervision", category, description = "集市周边垃圾未及时清运", requirements = "三日内清运完毕",
            severity, deadlineDays,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJson()).GetProperty("id").GetInt64();
    }

    /// <summary>The city supervisor, who verifies, returns and looks back: never the one who submitted the fix.</summary>
    private HttpClient Supervisor => _supervisor ??= _factory.CreateClientFor("demo-supervisor");

    private HttpClient? _supervisor;

    private async Task<JsonElement> Step(long id, string step, object body, int expect = 200)
    {
        var client = step is "close" or "return" or "lookback" ? Supervisor : _client;
        using var response = await client.PostJson($"/api/rectification/items/{id}/{step}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expect, $"{step} → {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [Fact]
    public async Task A_published_problem_becomes_exactly_one_item_even_when_published_twice_at_once()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var problem = SampleProblems.ToProblem(township, new ReportSampleProblem("inspection:42:item:heaps", UnitCode: "ZJJ"));

        // Two deliveries racing each other, each in its own scope as two requests or two workers would be.
        var racers = Enumerable.Range(0, 4).Select(async _ =>
        {
            using var scope = _factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(problem);
        });
        await Task.WhenAll(racers);
        using (var again = await _client.PostJson($"/api/sample/townships/{township}/problems", new { reference = "inspection:42:item:heaps" }))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        }

        var page = await Items("?module=sample");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        var item = page.GetProperty("items")[0];
        Assert.Equal("inspection:42:item:heaps", item.GetProperty("sourceReference").GetString());
        Assert.Equal("白马镇", item.GetProperty("townshipName").GetString());
        Assert.Equal("市住房和城乡建设局", item.GetProperty("responsibleUnitName").GetString());
        Assert.Equal("Open", item.GetProperty("status").GetString());
        Assert.False(item.GetProperty("listed").GetBoolean());
    }

    [Fact]
    public async Task A_major_problem_goes_under_listed_supervision_at_once()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        (await _client.PostJson($"/api/sample/townships/{township}/problems", new { reference = "major-1", severity = "Major" })).Dispose();
        var item = (await Items("?listed=true")).GetProperty("items")[0];
        Assert.Equal("major-1", item.GetProperty("sourceReference").GetString());
        Assert.Contains("重大", item.GetProperty("listedReason").GetString());
    }

    [Fact]
    public async Task Full_life_with_return_lookback_and_reopen()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        var id = await File(township);
        var unit = (await _client.GetJson("/api/org/units"))[1].GetProperty("id").GetGuid();

        await Step(id, "close", new { }, expect: 409);
        await Step(id, "claim", new { unitId = unit, note = "我单位认领" });
        await Step(id, "claim", new { }, expect: 409);
        await Step(id, "submit", new { fixDescription = "已组织清运", evidenceNote = "清运前后照片" });
        var returned = await Step(id, "return", new { reason = "现场仍有垃圾" });
        Assert.Equal("Returned", returned.GetProperty("status").GetString());
        await Step(id, "claim", new { });
        await Step(id, "submit", new { fixDescription = "已彻底清运并建立保洁制度", evidenceNote = "照片5张" });
        var closed = await Step(id, "close", new { note = "核验通过，予以销号" });
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var lookbackDue = DateOnly.Parse(closed.GetProperty("lookbackDueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        // Thirty days later the look-back falls due; the sweep marks it.
        _clock.Advance(TimeSpan.FromDays(31));
        var run = await Checks.RunAndWait(_client, "rectification.lookback-due");
        Assert.Equal(1, run.GetProperty("itemsCreated").GetInt32());
        var due = await _client.GetJson($"/api/rectification/items/{id}");
        Assert.Equal("Due", due.GetProperty("item").GetProperty("lookback").GetString());
        Assert.True(lookbackDue <= DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8)));

        var reopened = await Step(id, "lookback", new { fixHolds = false, note = "回头看发现问题反弹" });
        Assert.Equal("Open", reopened.GetProperty("status").GetString());
        Assert.Equal(1, reopened.GetProperty("reopenCount").GetInt32());

        var history = (await _client.GetJson($"/api/rectification/items/{id}")).GetProperty("history").Items()
            .Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal(["open", "claim", "submit", "return", "claim", "submit", "close", "lookback-due", "reopen"], history);
    }

    [Fact]
    public async Task Impossible_transition_is_409_with_the_current_state_and_changes_nothing()
    {
        var id = await File(await DemoCity.TownshipId(_client, "青石镇"));
        var before = await _client.GetJson($"/api/rectification/items/{id}");
        using var response = await _client.PostJson($"/api/rectification/items/{id}/close", new { });
        var problem = await response.AssertProblem(409);
        Assert.Equal("Open", problem.GetProperty("currentStatus").GetString());
        var after = await _client.GetJson($"/api/rectification/items/{id}");
        Assert.Equal(before.ToString(), after.ToString());
    }

    [Fact]
    public async Task Two_people_acting_on_one_item_at_once_one_wins_the_other_gets_409()
    {
        var id = await File(await DemoCity.TownshipId(_client, "青石镇"));
        var version = (await _client.GetJson($"/api/rectification/items/{id}")).GetProperty("item").GetProperty("version").GetInt32();
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            using var response = await _client.PostJson($"/api/rectification/items/{id}/claim", new { expectedVersion = version });
            return (int)response.StatusCode;
        }));
        Assert.Equal(1, attempts.Count(s => s == 200));
        Assert.Equal(5, attempts.Count(s => s == 409));
        var history = (await _client.GetJson($"/api/rectification/items/{id}")).GetProperty("history").Items();
        Assert.Single(history, h => h.GetProperty("action").GetString() == "claim");
    }

    [Fact]
    public async Task Overdue_sweep_marks_overdue_and_lists_items_overdue_by_seven_days_once()
    {
        var township = await DemoCity.TownshipId(_client, "柳河镇");
        var late = await File(township, deadlineDays: 1);
        var later = await File(township, deadlineDays: 30);
        var done = await File(township, deadlineDays: 1);
        await Step(done, "claim", new { });
        await Step(done, "submit", new { fixDescription = "已整改" });
        await Step(done, "close", new { });

        _clock.Advance(TimeSpan.FromDays(3));
        var first = await Checks.RunAndWait(_client, "rectification.overdue-sweep");
        Assert.Equal(1, first.GetProperty("itemsCreated").GetInt32());
        Assert.True((await _client.GetJson($"/api/rectification/items/{late}")).GetProperty("item").GetProperty("isOverdue").GetBoolean());
        Assert.False((await _client.GetJson($"/api/rectification/items/{later}")).GetProperty("item").GetProperty("isOverdue").GetBoolean());
        Assert.False((await _client.GetJson($"/api/rectification/items/{done}")).GetProperty("item").GetProperty("isOverdue").GetBoolean());

        _clock.Advance(TimeSpan.FromDays(7));
        var second = await Checks.RunAndWait(_client, "rectification.overdue-sweep");
        Assert.Equal(1, second.GetProperty("itemsCreated").GetInt32());
        var listed = (await _client.GetJson($"/api/rectification/items/{late}")).GetProperty("item");
        Assert.True(listed.GetProperty("listed").GetBoolean());
        Assert.Contains("逾期", listed.GetProperty("listedReason").GetString());

        var third = await Checks.RunAndWait(_client, "rectification.overdue-sweep");
        Assert.Equal(0, third.GetProperty("itemsCreated").GetInt32());
        Assert.Equal(1, (await Items($"?townshipId={township}&overdue=true")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await Items($"?townshipId={township}&listed=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task List_filters_and_pages()
    {
        var a = await DemoCity.TownshipId(_client, "云山乡");
        var b = await DemoCity.TownshipId(_client, "松林乡");
        for (var i = 0; i < 5; i++)
        {
            await File(a);
        }

        await File(b);
        var page1 = await Items($"?townshipId={a}&pageSize=2&page=1");
        Assert.Equal(5, page1.GetProperty("total").GetInt32());
        Assert.Equal(2, page1.GetProperty("items").GetArrayLength());
        var page3 = await Items($"?townshipId={a}&pageSize=2&page=3");
        Assert.Equal(1, page3.GetProperty("items").GetArrayLength());
        Assert.Equal(1, (await Items($"?townshipId={b}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Items($"?townshipId={a}&status=Closed")).GetProperty("total").GetInt32());
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));
        Assert.Equal(6, (await Items($"?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await Items($"?from={today.AddDays(1):yyyy-MM-dd}")).GetProperty("total").GetInt32());
        await (await _client.GetAsync("/api/rectification/items?pageSize=0")).AssertProblem(400);
        await (await _client.GetAsync("/api/rectification/items?status=Nonsense")).AssertProblem(400);
    }

    [Fact]
    public async Task Bad_input_is_400_per_field_and_unknown_ids_404_and_nothing_is_written()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        using var bad = await _client.PostJson("/api/rectification/items", new { townshipId = township, source = "Module", deadlineDays = 999 });
        var errors = (await bad.AssertProblem(400)).GetProperty("errors");
        foreach (var field in new[] { "source", "category", "description", "deadlineDays" })
        {
            Assert.True(errors.TryGetProperty(field, out _), field);
        }

        await (await _client.PostJson("/api/rectification/items", new
        {
            townshipId = Guid.NewGuid(), source = "Media", category = "x", description = "y", deadlineDays = 1,
        })).AssertProblem(404);
        var village = (await _client.GetJson($"/api/org/townships/{await DemoCity.TownshipId(_client, "柳河镇")}/villages"))[0].GetProperty("id").GetGuid();
        await (await _client.PostJson("/api/rectification/items", new
        {
            townshipId = township, villageId = village, source = "Media", category = "x", description = "y", deadlineDays = 1,
        })).AssertProblem(404);
        await (await _client.GetAsync("/api/rectification/items/999999")).AssertProblem(404);
        await (await _client.PostJson("/api/rectification/items/999999/claim", new { })).AssertProblem(404);
        Assert.Equal(0, (await Items()).GetProperty("total").GetInt32());

        var id = await File(township);
        await Step(id, "claim", new { });
        var refused = await Step(id, "submit", new { fixDescription = "" }, expect: 400);
        Assert.True(refused.GetProperty("errors").TryGetProperty("fixDescription", out _));
        Assert.Equal("Claimed", (await _client.GetJson($"/api/rectification/items/{id}")).GetProperty("item").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ledger_exports_csv_and_xlsx_with_chinese_headers()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        await File(township, category: "垃圾清运");
        await File(township, category: "违章搭建");
        await File(await DemoCity.TownshipId(_client, "龙泉镇"), category: "其他");

        using var csv = await _client.GetAsync($"/api/rectification/townships/{township}/ledgers/items?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("编号,乡镇（街道）,村（社区）,来源", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains("桃源镇", lines[1]);
        Assert.Contains("违章搭建", text);

        using var xlsx = await _client.GetAsync("/api/rectification/ledgers/items?format=XLSX");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var stream = await xlsx.Content.ReadAsStreamAsync();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        copy.Position = 0;
        var rows = MiniExcelLibs.MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["垃圾清运", "违章搭建", "其他"], rows.Select(r => r["问题类别"]?.ToString()));
        Assert.All(rows, r => Assert.Equal("待认领", r["状态"]?.ToString()));

        await (await _client.GetAsync("/api/rectification/ledgers/items?format=pdf")).AssertProblem(400);
    }

    [Fact]
    public async Task Meetings_open_items_from_decisions_and_the_cadence_check_flags_lapses_once_a_day()
    {
        var township = await DemoCity.TownshipId(_client, "三河镇");
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime.AddHours(8));
        using var study = await _client.PostJson("/api/rectification/meetings", new
        {
            kind = "TownshipStudy", townshipId = township, heldOn = today.AddDays(-1), title = "第12周创卫工作学习会",
            attendees = "镇党委书记、镇长、各村书记", decisions = new object[]
            {
                new { text = "各村本周内完成三堆清理" },
                new { text = "镇区农贸市场周边乱摆卖整治", opensItem = new { category = "乱摆乱占", deadlineDays = 5 } },
            },
        });
        Assert.Equal(HttpStatusCode.Created, study.StatusCode);
        var meeting = await study.ReadJson();
        var itemId = meeting.GetProperty("decisions")[1].GetProperty("itemId").GetInt64();
        var item = (await _client.GetJson($"/api/rectification/items/{itemId}")).GetProperty("item");
        Assert.Equal("Meeting", item.GetProperty("source").GetString());
        Assert.Equal(township, item.GetProperty("townshipId").GetGuid());

        await (await _client.PostJson("/api/rectification/meetings", new
        {
            kind = "TownshipStudy", heldOn = today.AddDays(1), title = "", attendees = "",
        })).AssertProblem(400);

        var run = await Checks.RunAndWait(_client, "rectification.meeting-cadence");
        var lapses = await _client.GetJson("/api/rectification/meetings/gaps?pageSize=200");
        var gaps = lapses.GetProperty("items").Items().ToList();
        Assert.Equal(lapses.GetProperty("total").GetInt32(), gaps.Count);
        Assert.DoesNotContain(gaps, g => g.GetProperty("townshipId").ValueKind != JsonValueKind.Null && g.GetProperty("townshipId").GetGuid() == township);
        Assert.Contains(gaps, g => g.GetProperty("kind").GetString() == "CityDispatch");
        Assert.Equal(gaps.Count, run.GetProperty("itemsCreated").GetInt32());
        var again = await Checks.RunAndWait(_client, "rectification.meeting-cadence");
        Assert.Equal(0, again.GetProperty("itemsCreated").GetInt32());
    }
}
