using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The 1000-point scheme, scorecards of the city and of townships, rankings and the nightly snapshots, over HTTP.</summary>
[Collection(HostCollection.Name)]
public sealed class AssessmentScoringTests : IDisposable
{
    private PlatformFactory _factory = new();
    private HttpClient _client;

    public AssessmentScoringTests() => _client = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private void UseClock(FakeTimeProvider clock)
    {
        _factory.Dispose();
        _factory = new PlatformFactory(clock);
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task The_current_year_has_the_2021_scheme_worth_1000()
    {
        var year = (await _client.GetJson("/api/assessment/scorecard")).GetProperty("year").GetInt32();
        var scheme = await _client.GetJson($"/api/assessment/schemes/{year}");
        Assert.Equal(1000m, scheme.GetProperty("total").GetDecimal());
        var top = scheme.GetProperty("lines").Items().ToList();
        Assert.Equal(["creation", "exposure", "supervision"], top.Select(l => l.GetProperty("code").GetString()));
        Assert.Equal([800m, 100m, 100m], top.Select(l => l.GetProperty("points").GetDecimal()));
        var creation = top[0].GetProperty("children").Items().ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("points").GetDecimal());
        Assert.Equal(new Dictionary<string, decimal> { ["prerequisites"] = 50, ["technical-assessment"] = 630, ["handwashing"] = 65, ["disinfection"] = 55 }, creation);
        Assert.Equal("创卫", top[0].GetProperty("nameZh").GetString());
        Assert.Equal("Exposure", top[1].GetProperty("rule").GetString());
    }

    [Fact]
    public async Task Changing_points_keeps_children_adding_up_and_a_new_year_copies_the_newest_earlier_one()
    {
        using var changed = await _client.PutJson("/api/assessment/schemes/2031", new
        {
            lines = new object[] { new { code = "handwashing", points = 60 }, new { code = "disinfection", points = 60 } },
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var next = await _client.GetJson("/api/assessment/schemes/2033");
        var creation = next.GetProperty("lines")[0].GetProperty("children").Items().ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("points").GetDecimal());
        Assert.Equal(60m, creation["handwashing"]);
        Assert.Equal(60m, creation["disinfection"]);
        Assert.Equal(1000m, next.GetProperty("total").GetDecimal());

        using var unbalanced = await _client.PutJson("/api/assessment/schemes/2031", new { lines = new[] { new { code = "handwashing", points = 70 } } });
        var errors = (await unbalanced.AssertProblem(400)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("lines[0].points", out _), errors.ToString());

        using var negative = await _client.PutJson("/api/assessment/schemes/2031", new { lines = new[] { new { code = "handwashing", points = -5 } } });
        Assert.True((await negative.AssertProblem(400)).GetProperty("errors").TryGetProperty("lines[0].points", out _));

        await (await _client.PutJson("/api/assessment/schemes/2031", new { lines = new[] { new { code = "no-such-line", points = 5 } } })).AssertProblem(404);
        await (await _client.GetAsync("/api/assessment/schemes/1800")).AssertProblem(400);

        var unchanged = await _client.GetJson("/api/assessment/schemes/2031");
        Assert.Equal(60m, unchanged.GetProperty("lines")[0].GetProperty("children")[2].GetProperty("points").GetDecimal());
    }

    [Fact]
    public async Task A_year_asked_for_by_several_at_once_is_created_once()
    {
        var schemes = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _client.GetJson("/api/assessment/schemes/2040"))));
        Assert.All(schemes, s => Assert.Equal(1000m, s.GetProperty("total").GetDecimal()));
        Assert.All(schemes, s => Assert.Equal(3, s.GetProperty("lines").GetArrayLength()));
    }

    [Fact]
    public async Task The_scorecard_uses_the_year_s_points_and_caps_module_lines_at_them()
    {
        var year = (await _client.GetJson("/api/assessment/scorecard")).GetProperty("year").GetInt32();
        using var changed = await _client.PutJson($"/api/assessment/schemes/{year}", new
        {
            lines = new object[] { new { code = "handwashing", points = 40 }, new { code = "disinfection", points = 80 } },
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        (await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = true })).Dispose();

        var card = await _client.GetJson($"/api/assessment/townships/{township}/scorecard");
        var handwashing = card.ScoreLine("handwashing");
        Assert.Equal(40m, handwashing.GetProperty("pointsPossible").GetDecimal());
        Assert.Equal(40m, handwashing.GetProperty("pointsEarned").GetDecimal()); // 52 contributed, capped at 40
        Assert.Contains("capped at 40", handwashing.GetProperty("explanation").GetString());
        Assert.Equal(80m, card.ScoreLine("disinfection").GetProperty("pointsPossible").GetDecimal());
        Assert.Equal(1000m, card.GetProperty("pointsPossible").GetDecimal());
    }

    [Fact]
    public async Task City_scorecard_follows_facts_exposures_and_module_contributions()
    {
        var card = await _client.GetJson("/api/assessment/scorecard");
        var year = card.GetProperty("year").GetInt32();
        Assert.Equal(1000m, card.GetProperty("pointsPossible").GetDecimal());
        Assert.Equal(0m, Earned(card, "prerequisites"));
        Assert.Equal(0m, Earned(card, "technical-assessment"));
        Assert.Equal(100m, Earned(card, "exposure"));
        Assert.Equal(0m, Earned(card, "handwashing"));
        Assert.Contains("no module contributes", card.ScoreLine("handwashing").GetProperty("explanation").GetString());
        Assert.Contains("no module contributes", card.ScoreLine("satisfaction").GetProperty("explanation").GetString());
        Assert.Equal(0, card.GetProperty("additional").GetArrayLength());
        Assert.Equal(100m, card.GetProperty("pointsEarned").GetDecimal());

        var township = await DemoCity.TownshipId(_client, "桃源镇");
        (await _client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = true })).Dispose();
        await Created(await _client.PostJson("/api/assessment/facts", new { year, kind = "Prerequisites", met = true, date = $"{year}-03-01", note = "自评" }));
        await Created(await _client.PostJson("/api/assessment/facts", new { year, kind = "TechnicalAssessment", met = true, date = $"{year}-05-01" }));

        card = await _client.GetJson($"/api/assessment/scorecard?year={year}");
        Assert.Equal(50m, Earned(card, "prerequisites"));
        Assert.Equal(630m, Earned(card, "technical-assessment"));
        Assert.Equal(52m, Earned(card, "handwashing"));
        Assert.Equal(40m, card.ScoreLine("handwashing").GetProperty("figures").GetProperty("sites").GetDecimal());
        Assert.Equal(50m + 630 + 52, Earned(card, "creation"));
        var additional = Assert.Single(card.GetProperty("additional").Items());
        Assert.Equal("awareness", additional.GetProperty("lineKey").GetString());
        Assert.Equal(50m + 630 + 52 + 100, card.GetProperty("pointsEarned").GetDecimal()); // awareness is not counted

        // A newer fact wins; the history is kept.
        await Created(await _client.PostJson("/api/assessment/facts", new { year, kind = "TechnicalAssessment", met = false, date = $"{year}-06-01", note = "复核未通过" }));
        card = await _client.GetJson($"/api/assessment/scorecard?year={year}");
        Assert.Equal(0m, Earned(card, "technical-assessment"));
        Assert.Contains("复核未通过", card.ScoreLine("technical-assessment").GetProperty("explanation").GetString());
        Assert.Equal(3, (await _client.GetJson($"/api/assessment/facts?year={year}")).GetArrayLength());

        await Created(await _client.PostJson("/api/assessment/exposures", new { date = $"{year}-04-02", description = "农贸市场垃圾堆积", source = "省暗访视频" }));
        Assert.Equal(70m, Earned(await _client.GetJson("/api/assessment/scorecard"), "exposure"));
        await Created(await _client.PostJson("/api/assessment/exposures", new { date = $"{year}-04-20", townshipId = township, description = "背街小巷乱堆乱放", source = "省暗访视频" }));
        card = await _client.GetJson("/api/assessment/scorecard");
        Assert.Equal(0m, Earned(card, "exposure"));
        Assert.Equal(2m, card.ScoreLine("exposure").GetProperty("figures").GetProperty("exposures").GetDecimal());
        Assert.Equal(2, (await _client.GetJson($"/api/assessment/exposures?year={year}")).GetArrayLength());
    }

    [Fact]
    public async Task Township_scorecard_drops_lines_of_a_module_that_is_off_there()
    {
        var on = await DemoCity.TownshipId(_client, "桃源镇");
        var off = await DemoCity.TownshipId(_client, "青石镇");
        (await _client.PutJson($"/api/townships/{on}/modules/sample", new { enabled = true })).Dispose();
        var year = (await _client.GetJson("/api/assessment/scorecard")).GetProperty("year").GetInt32();
        await Created(await _client.PostJson("/api/assessment/exposures", new { date = $"{year}-02-02", townshipId = off, description = "河道漂浮物", source = "省暗访视频" }));

        var enabled = await _client.GetJson($"/api/assessment/townships/{on}/scorecard");
        Assert.Equal(on, enabled.GetProperty("townshipId").GetGuid());
        Assert.Equal("桃源镇", enabled.GetProperty("townshipName").GetString());
        Assert.Equal(52m, Earned(enabled, "handwashing"));
        Assert.Equal(100m, Earned(enabled, "exposure"));
        Assert.Single(enabled.GetProperty("additional").Items());
        Assert.Equal(JsonValueKind.Null, enabled.GetProperty("previous").ValueKind);

        var disabled = await _client.GetJson($"/api/assessment/townships/{off}/scorecard");
        Assert.Equal(0m, Earned(disabled, "handwashing"));
        Assert.Contains("模块未启用 / module off in this township", disabled.ScoreLine("handwashing").GetProperty("explanation").GetString());
        Assert.Empty(disabled.GetProperty("additional").Items());
        Assert.Equal(70m, Earned(disabled, "exposure")); // its own exposure only

        await (await _client.GetAsync($"/api/assessment/townships/{Guid.NewGuid()}/scorecard")).AssertProblem(404);
        await (await _client.GetAsync($"/api/assessment/townships/{on}/scorecard?year=99")).AssertProblem(400);
    }

    [Fact]
    public async Task Rankings_put_the_best_on_the_red_list_and_the_worst_on_the_black_list()
    {
        var best = await DemoCity.TownshipId(_client, "桃源镇");
        var worst = await DemoCity.TownshipId(_client, "青石镇");
        (await _client.PutJson($"/api/townships/{best}/modules/sample", new { enabled = true })).Dispose();
        var year = (await _client.GetJson("/api/assessment/scorecard")).GetProperty("year").GetInt32();
        foreach (var day in new[] { "03-01", "03-15" })
        {
            await Created(await _client.PostJson("/api/assessment/exposures", new { date = $"{year}-{day}", townshipId = worst, description = "暗访发现问题", source = "省暗访视频" }));
        }

        var rankings = await _client.GetJson($"/api/assessment/rankings?year={year}&top=3");
        Assert.Equal(22, rankings.GetProperty("townships").GetInt32());
        var red = rankings.GetProperty("redList").Items().ToList();
        var black = rankings.GetProperty("blackList").Items().ToList();
        Assert.Equal(3, red.Count);
        Assert.Equal(3, black.Count);
        Assert.Equal(best, red[0].GetProperty("townshipId").GetGuid());
        Assert.Equal(1, red[0].GetProperty("rank").GetInt32());
        Assert.Equal(152m, red[0].GetProperty("pointsEarned").GetDecimal());
        Assert.Equal(80m, red[0].GetProperty("additionalPoints").GetDecimal());
        Assert.Equal(worst, black[0].GetProperty("townshipId").GetGuid());
        Assert.Equal(22, black[0].GetProperty("rank").GetInt32());
        Assert.Equal(0m, black[0].GetProperty("pointsEarned").GetDecimal());

        await (await _client.GetAsync("/api/assessment/rankings?top=0")).AssertProblem(400);
        var problem = await (await _client.GetAsync("/api/assessment/rankings?top=51")).AssertProblem(400);
        Assert.True(problem.GetProperty("errors").TryGetProperty("top", out _));
    }

    [Fact]
    public async Task Recompute_check_stores_one_snapshot_per_scope_and_day_however_often_it_runs()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        var first = await RunRecompute();
        Assert.Equal("Succeeded", first.GetProperty("outcome").GetString());
        Assert.Equal(22, first.GetProperty("townshipsCovered").GetInt32());
        Assert.Equal(23, first.GetProperty("itemsProcessed").GetInt32());
        Assert.Equal(23, first.GetProperty("itemsCreated").GetInt32());

        var second = await RunRecompute();
        Assert.Equal("Succeeded", second.GetProperty("outcome").GetString());
        Assert.Equal(0, second.GetProperty("itemsCreated").GetInt32());

        var city = Assert.Single((await _client.GetJson("/api/assessment/snapshots")).Items());
        Assert.Equal(JsonValueKind.Null, city.GetProperty("townshipId").ValueKind);
        Assert.Equal(100m, city.GetProperty("pointsEarned").GetDecimal());
        Assert.Equal(second.GetProperty("id").GetGuid(), city.GetProperty("runId").GetGuid());
        var own = Assert.Single((await _client.GetJson($"/api/assessment/snapshots?townshipId={township}")).Items());
        Assert.Equal(township, own.GetProperty("townshipId").GetGuid());
        await (await _client.GetAsync($"/api/assessment/snapshots?townshipId={Guid.NewGuid()}")).AssertProblem(404);

        var check = (await _client.GetJson("/api/checks")).Items().Single(c => c.GetProperty("id").GetString() == "assessment.recompute");
        Assert.Equal("0 2 * * *", check.GetProperty("cron").GetString());
    }

    [Fact]
    public async Task Township_scorecard_is_compared_with_the_snapshot_of_a_week_or_more_earlier()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero)); // 10:00 on 1 June in the city
        UseClock(clock);
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        Assert.Equal("Succeeded", (await RunRecompute()).GetProperty("outcome").GetString());

        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(JsonValueKind.Null, (await _client.GetJson($"/api/assessment/townships/{township}/scorecard")).GetProperty("previous").ValueKind);

        clock.Advance(TimeSpan.FromDays(5));
        await Created(await _client.PostJson("/api/assessment/exposures", new { date = "2026-06-08", townshipId = township, description = "垃圾桶满溢", source = "省暗访视频" }));
        var card = await _client.GetJson($"/api/assessment/townships/{township}/scorecard");
        Assert.Equal(2026, card.GetProperty("year").GetInt32());
        var previous = card.GetProperty("previous");
        Assert.Equal("2026-06-01", previous.GetProperty("day").GetString());
        Assert.Equal(100m, previous.GetProperty("pointsEarned").GetDecimal());
        Assert.Equal(-30m, previous.GetProperty("delta").GetDecimal());
        Assert.Equal(70m, card.GetProperty("pointsEarned").GetDecimal());
    }

    [Fact]
    public async Task Bad_facts_and_exposures_are_400_or_404_and_nothing_is_written()
    {
        using var fact = await _client.PostJson("/api/assessment/facts", new { year = 1900, kind = "Nonsense" });
        await fact.AssertProblem(400);
        using var empty = await _client.PostJson("/api/assessment/facts", new { });
        var errors = (await empty.AssertProblem(400)).GetProperty("errors");
        foreach (var field in new[] { "year", "kind", "met", "date" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");
        }

        using var exposure = await _client.PostJson("/api/assessment/exposures", new { date = "2026-03-01", description = "", source = "" });
        var exposureErrors = (await exposure.AssertProblem(400)).GetProperty("errors");
        Assert.True(exposureErrors.TryGetProperty("description", out _));
        Assert.True(exposureErrors.TryGetProperty("source", out _));
        using var unknown = await _client.PostJson("/api/assessment/exposures", new { date = "2026-03-01", townshipId = Guid.NewGuid(), description = "x", source = "省暗访视频" });
        await unknown.AssertProblem(404);

        Assert.Equal(0, (await _client.GetJson("/api/assessment/facts")).GetArrayLength());
        Assert.Equal(0, (await _client.GetJson("/api/assessment/exposures")).GetArrayLength());
    }

    private async Task<JsonElement> RunRecompute()
    {
        using var queued = await _client.PostAsync("/api/checks/assessment.recompute/run", null);
        Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
        var runId = (await queued.ReadJson()).GetProperty("runId").GetGuid();
        return await Http.Eventually(
            () => _client.GetJson($"/api/checks/runs/{runId}"),
            run => run.GetProperty("outcome").GetString() is not ("Queued" or "Running"),
            what: $"recompute run {runId} finishes");
    }

    private static async Task Created(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        }
    }

    private static decimal Earned(JsonElement card, string code) => card.ScoreLine(code).GetProperty("pointsEarned").GetDecimal();
}
