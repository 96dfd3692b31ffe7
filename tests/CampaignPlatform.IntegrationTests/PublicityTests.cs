using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The publicity module (宣传动员) over HTTP: activities, volunteer work, village rules, surveys, the coverage check, score lines, ledgers.</summary>
[Collection(HostCollection.Name)]
public sealed class PublicityTests : IDisposable
{
    private readonly FakeTimeProvider _clock;
    private readonly PlatformFactory _factory;
    private readonly HttpClient _client;

    public PublicityTests()
    {
        // Noon in the city (04:00 UTC) of the next day, so "today" is never near a city midnight.
        var now = DateTimeOffset.UtcNow;
        _clock = new FakeTimeProvider(new DateTimeOffset(now.Year, now.Month, now.Day, 4, 0, 0, TimeSpan.Zero).AddDays(1));
        _factory = new PlatformFactory(_clock);
        _client = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    private DateOnly Today => DateOnly.FromDateTime(_clock.GetUtcNow().AddHours(8).DateTime);

    private static async Task<JsonElement> Expect(HttpResponseMessage response, HttpStatusCode status)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"expected {status}: {(int)response.StatusCode} {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    private static Task<JsonElement> Created(HttpResponseMessage response) => Expect(response, HttpStatusCode.Created);


    private async Task<Guid> FirstVillage(Guid township) =>
        (await _client.GetJson($"/api/org/townships/{township}/villages")).Items().First().GetProperty("id").GetGuid();

    private object ActivityBody(Guid township, Guid? village = null, string channel = "BulletinBoard", DateOnly? heldOn = null, object? organiser = null,
        int participants = 40, int reach = 300, string title = "爱国卫生月宣传") =>
        new
        {
            townshipId = township, villageId = village, channel, title, heldOn = heldOn ?? Today,
            organiser = organiser ?? new { kind = "WomensFederation", name = "镇妇联" }, participants, estimatedReach = reach, evidenceNote = "照片 6 张，签到表",
        };

    private Task<HttpResponseMessage> RecordActivity(object body) => _client.PostJson("/api/publicity/activities", body);

    private async Task<Guid> OpenRound(Guid? township, string kind, string conductor = "ThirdParty", string? agency = "清源民意调查中心") =>
        (await Created(await _client.PostJson("/api/publicity/surveys",
            new { kind, conductor, agencyName = agency, townshipId = township, title = $"{kind} 调查", from = Today, to = Today })))
        .GetProperty("id").GetGuid();

    private async Task<JsonElement> Counts(Guid round, int sample, int positive) =>
        await Expect(await _client.PostJson($"/api/publicity/surveys/{round}/answer-counts", new { sampleSize = sample, positiveCount = positive }), HttpStatusCode.OK);

    private async Task<JsonElement> Close(Guid round) =>
        await Expect(await _client.PostAsync($"/api/publicity/surveys/{round}/close", null), HttpStatusCode.OK);

    [Fact]
    public async Task Activities_are_recorded_listed_by_filter_and_page_and_fetched_one_by_one()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var village = await FirstVillage(township);
        var unit = (await _client.GetJson("/api/org/units")).Items().First();

        var activity = await Created(await RecordActivity(ActivityBody(township, village, "CivilisationPracticeCentre",
            organiser: new { kind = "Unit", unitId = unit.GetProperty("id").GetGuid() })));
        Assert.Equal("新时代文明实践中心", activity.GetProperty("channelZh").GetString());
        Assert.Equal(unit.GetProperty("name").GetString(), activity.GetProperty("organiser").GetProperty("name").GetString());
        Assert.Equal("单位", activity.GetProperty("organiser").GetProperty("kindZh").GetString());
        await Created(await RecordActivity(ActivityBody(township, channel: "Broadcast", heldOn: Today.AddDays(-3), participants: 0, reach: 5000)));
        await Created(await RecordActivity(ActivityBody(township, channel: "Broadcast", heldOn: Today.AddDays(-40))));

        var all = await _client.GetJson($"/api/publicity/townships/{township}/activities");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        Assert.Equal(activity.GetProperty("id").GetGuid(), all.GetProperty("items").Items().First().GetProperty("id").GetGuid()); // newest first
        var broadcasts = await _client.GetJson($"/api/publicity/townships/{township}/activities?channel=Broadcast&from={Today.AddDays(-10):yyyy-MM-dd}");
        Assert.Equal(1, broadcasts.GetProperty("total").GetInt32());
        Assert.Equal(1, (await _client.GetJson($"/api/publicity/townships/{township}/activities?villageId={village}")).GetProperty("total").GetInt32());
        var page2 = await _client.GetJson($"/api/publicity/townships/{township}/activities?pageSize=2&page=2");
        Assert.Equal(3, page2.GetProperty("total").GetInt32());
        Assert.Single(page2.GetProperty("items").Items());

        var one = await _client.GetJson($"/api/publicity/activities/{activity.GetProperty("id").GetGuid()}");
        Assert.Equal("爱国卫生月宣传", one.GetProperty("title").GetString());
        Assert.NotNull(one.GetProperty("villageName").GetString());
        await (await _client.GetAsync($"/api/publicity/activities/{Guid.NewGuid()}")).AssertProblem(404);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/activities?pageSize=0&from=2026-02-01&to=2026-01-01")).AssertProblem(400);

        var evidence = await Http.Eventually(() => _client.GetJson("/api/assessment/indicators/2.1/evidence"), e => e.GetArrayLength() >= 3, what: "activities filed as evidence");
        Assert.All(evidence.Items(), e => Assert.Equal("publicity", e.GetProperty("sourceModule").GetString()));
    }

    [Fact]
    public async Task Bad_activities_are_refused_with_an_error_per_field_and_nothing_is_written()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var otherVillage = await FirstVillage(await DemoCity.TownshipId(_client, "桃源镇"));

        await Http.AssertFields(await RecordActivity(new
            {
                townshipId = township, title = "", heldOn = Today.AddDays(1), organiser = new { kind = "Other" }, participants = -1, estimatedReach = 20_000_000,
            }),
            "channel", "title", "heldOn", "organiser.name", "participants", "estimatedReach");
        await Http.AssertFields(await RecordActivity(ActivityBody(township, participants: 500, reach: 100)), "estimatedReach");
        await Http.AssertFields(await RecordActivity(ActivityBody(township, organiser: new { kind = "Unit" })), "organiser.unitId");
        await Http.AssertFields(await RecordActivity(ActivityBody(township, organiser: new { kind = "Union", unitId = Guid.NewGuid() })), "organiser.unitId");
        await Http.AssertFields(await RecordActivity(new { townshipId = township, channel = "Broadcast", title = "x", heldOn = Today, participants = 1, estimatedReach = 1 }),
            "organiser");
        await (await RecordActivity(ActivityBody(township, channel: "Poster"))).AssertProblem(400);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/activities?channel=Poster")).AssertProblem(400);
        await (await RecordActivity(ActivityBody(Guid.NewGuid()))).AssertProblem(404);
        await (await RecordActivity(ActivityBody(township, otherVillage))).AssertProblem(404);
        await (await RecordActivity(ActivityBody(township, organiser: new { kind = "Unit", unitId = Guid.NewGuid() }))).AssertProblem(404);

        Assert.Equal(0, (await _client.GetJson($"/api/publicity/townships/{township}/activities")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_activity_recorded_with_a_mistake_is_corrected_once_and_a_stale_correction_is_refused()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var activity = await Created(await RecordActivity(ActivityBody(township, title: "卫生宣传进村入户（错字）")));
        var id = activity.GetProperty("id").GetGuid();
        object Correction(int? version, string title) => new
        {
            expectedVersion = version, channel = "HouseholdMeeting", title, heldOn = Today, organiser = new { kind = "YouthLeague" }, participants = 55,
            estimatedReach = 55,
        };

        var corrected = await Expect(await _client.PutJson($"/api/publicity/activities/{id}", Correction(0, "卫生宣传进村入户")), HttpStatusCode.OK);
        Assert.Equal(1, corrected.GetProperty("version").GetInt32());
        Assert.Equal("户主会", corrected.GetProperty("channelZh").GetString());
        Assert.Equal("共青团", corrected.GetProperty("organiser").GetProperty("name").GetString());

        var stale = await (await _client.PutJson($"/api/publicity/activities/{id}", Correction(0, "又一次更正"))).AssertProblem(409);
        Assert.Equal(1, stale.GetProperty("currentVersion").GetInt32());
        await Http.AssertFields(await _client.PutJson($"/api/publicity/activities/{id}", Correction(null, "")), "expectedVersion", "title");
        await (await _client.PutJson($"/api/publicity/activities/{Guid.NewGuid()}", Correction(0, "x"))).AssertProblem(404);
        Assert.Equal("卫生宣传进村入户", (await _client.GetJson($"/api/publicity/activities/{id}")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Volunteer_work_is_recorded_and_added_up_per_organiser_and_per_township()
    {
        var baima = await DemoCity.TownshipId(_client, "白马镇");
        var taoyuan = await DemoCity.TownshipId(_client, "桃源镇");
        object Event(Guid township, string kind, object organiser, int volunteers, decimal hours, DateOnly? on = null) => new
        {
            townshipId = township, heldOn = on ?? Today, kind, organiser, volunteers, totalHours = hours, description = "清理河道垃圾",
        };

        var first = await Created(await _client.PostJson("/api/publicity/volunteer-events", Event(baima, "UnpaidLabour", new { kind = "VolunteerTeam", name = "白马志愿服务队" }, 20, 60)));
        Assert.Equal("义务劳动", first.GetProperty("kindZh").GetString());
        await Created(await _client.PostJson("/api/publicity/volunteer-events", Event(baima, "VolunteerService", new { kind = "VolunteerTeam", name = "白马志愿服务队" }, 10, 25.5m)));
        await Created(await _client.PostJson("/api/publicity/volunteer-events", Event(baima, "VolunteerService", new { kind = "Union" }, 5, 10, Today.AddDays(-60))));
        await Created(await _client.PostJson("/api/publicity/volunteer-events", Event(taoyuan, "VolunteerService", new { kind = "YouthLeague" }, 8, 16)));

        var totals = await _client.GetJson($"/api/publicity/townships/{baima}/volunteer-totals?from={Today.AddDays(-30):yyyy-MM-dd}&to={Today:yyyy-MM-dd}");
        var team = Assert.Single(totals.GetProperty("byOrganiser").Items());
        Assert.Equal((2, 30, 85.5m), (team.GetProperty("events").GetInt32(), team.GetProperty("volunteers").GetInt32(), team.GetProperty("hours").GetDecimal()));
        Assert.Equal(85.5m, totals.GetProperty("total").GetProperty("hours").GetDecimal());
        var allTime = await _client.GetJson($"/api/publicity/townships/{baima}/volunteer-totals");
        Assert.Equal(2, allTime.GetProperty("byOrganiser").GetArrayLength());

        var city = await _client.GetJson("/api/publicity/volunteer-totals");
        Assert.Equal(111.5m, city.GetProperty("total").GetProperty("hours").GetDecimal());
        Assert.Equal(95.5m, city.GetProperty("byTownship").Items().Single(t => t.GetProperty("townshipId").GetGuid() == baima).GetProperty("hours").GetDecimal());
        Assert.Equal(3, (await _client.GetJson($"/api/publicity/townships/{baima}/volunteer-events")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await _client.GetJson($"/api/publicity/townships/{baima}/volunteer-events?kind=UnpaidLabour")).GetProperty("total").GetInt32());
        Assert.Equal(20, (await _client.GetJson($"/api/publicity/volunteer-events/{first.GetProperty("id").GetGuid()}")).GetProperty("volunteers").GetInt32());

        await Http.AssertFields(await _client.PostJson("/api/publicity/volunteer-events", Event(baima, "UnpaidLabour", new { kind = "Union" }, 2, 49)), "totalHours");
        await Http.AssertFields(await _client.PostJson("/api/publicity/volunteer-events",
            new { townshipId = baima, heldOn = Today.AddDays(2), volunteers = 0, totalHours = 0, description = "" }), "heldOn", "kind", "organiser", "volunteers", "totalHours", "description");
        await (await _client.PostJson("/api/publicity/volunteer-events", Event(Guid.NewGuid(), "UnpaidLabour", new { kind = "Union" }, 2, 4))).AssertProblem(404);
        await (await _client.GetAsync($"/api/publicity/townships/{baima}/volunteer-totals?from=2026-02-01&to=2026-01-01")).AssertProblem(400);
        Assert.Equal(111.5m, (await _client.GetJson("/api/publicity/volunteer-totals")).GetProperty("total").GetProperty("hours").GetDecimal());
    }

    [Fact]
    public async Task Village_rules_are_versioned_and_a_new_version_supersedes_the_one_in_force()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        var village = await FirstVillage(township);
        object Rules(DateOnly adopted, DateOnly meeting, int households, string text = "门前三包，垃圾分类，不乱堆乱放。") =>
            new { adoptedOn = adopted, meetingOn = meeting, householdsPresent = households, text };

        var v1 = await Created(await _client.PostJson($"/api/publicity/villages/{village}/rules", Rules(Today.AddDays(-300), Today.AddDays(-305), 120)));
        Assert.Equal(1, v1.GetProperty("number").GetInt32());
        var v2 = await Created(await _client.PostJson($"/api/publicity/villages/{village}/rules", Rules(Today.AddDays(-10), Today.AddDays(-12), 143, "修订：增加庭院整洁条款。")));
        Assert.Equal(2, v2.GetProperty("number").GetInt32());

        var rules = await _client.GetJson($"/api/publicity/villages/{village}/rules");
        Assert.Equal(2, rules.GetProperty("inForce").GetProperty("number").GetInt32());
        var history = rules.GetProperty("history").Items().ToList();
        Assert.Equal(2, history.Count);
        Assert.False(history[1].GetProperty("inForce").GetBoolean());
        Assert.Equal(Today.AddDays(-10).ToString("yyyy-MM-dd"), history[1].GetProperty("supersededOn").GetString());
        var status = await _client.GetJson($"/api/publicity/townships/{township}/village-rules");
        Assert.Equal(143, status.Items().Single(v => v.GetProperty("villageId").GetGuid() == village).GetProperty("householdsPresent").GetInt32());
        Assert.Contains(status.Items(), v => v.GetProperty("number").ValueKind == JsonValueKind.Null);

        var earlier = await (await _client.PostJson($"/api/publicity/villages/{village}/rules", Rules(Today.AddDays(-20), Today.AddDays(-20), 90))).AssertProblem(409);
        Assert.Equal(2, earlier.GetProperty("currentNumber").GetInt32());
        await Http.AssertFields(await _client.PostJson($"/api/publicity/villages/{village}/rules", Rules(Today.AddDays(-1), Today, 0, "")),
            "meetingOn", "householdsPresent", "text");
        await Http.AssertFields(await _client.PostJson($"/api/publicity/villages/{village}/rules", Rules(Today.AddDays(1), Today, 10)), "adoptedOn");
        await (await _client.PostJson($"/api/publicity/villages/{Guid.NewGuid()}/rules", Rules(Today, Today, 10))).AssertProblem(404);
        Assert.Equal(2, (await _client.GetJson($"/api/publicity/villages/{village}/rules")).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Survey_answers_one_by_one_and_as_counts_add_up_until_the_round_is_closed()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var round = await OpenRound(township, "Awareness", "Internal", agency: null);

        var empty = await _client.GetJson($"/api/publicity/surveys/{round}");
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("result").GetProperty("rate").ValueKind);
        Assert.Contains("无法计算", empty.GetProperty("result").GetProperty("text").GetString());
        await (await _client.PostAsync($"/api/publicity/surveys/{round}/close", null)).AssertProblem(409);

        await Expect(await _client.PostJson($"/api/publicity/surveys/{round}/answers", new { positive = true }), HttpStatusCode.OK);
        await Expect(await _client.PostJson($"/api/publicity/surveys/{round}/answers", new { positive = false, villageId = await FirstVillage(township) }),
            HttpStatusCode.OK);
        var counted = await Counts(round, 48, 44);
        var result = counted.GetProperty("result");
        Assert.Equal((50, 45), (result.GetProperty("sampleSize").GetInt32(), result.GetProperty("positiveCount").GetInt32()));
        Assert.Equal(0.9m, result.GetProperty("rate").GetDecimal());
        Assert.Equal(0.7864m, result.GetProperty("lower").GetDecimal());
        Assert.Equal(0.9565m, result.GetProperty("upper").GetDecimal());

        await Http.AssertFields(await _client.PostJson($"/api/publicity/surveys/{round}/answer-counts", new { sampleSize = 10, positiveCount = 11 }), "positiveCount");
        await Http.AssertFields(await _client.PostJson($"/api/publicity/surveys/{round}/answer-counts", new { sampleSize = 0, positiveCount = -1 }), "sampleSize", "positiveCount");
        await Http.AssertFields(await _client.PostJson($"/api/publicity/surveys/{round}/answers", new { }), "positive");
        await (await _client.PostJson($"/api/publicity/surveys/{round}/answers", new { positive = true, villageId = Guid.NewGuid() })).AssertProblem(404);
        var stale = await (await _client.PostJson($"/api/publicity/surveys/{round}/close", new { expectedVersion = 1 })).AssertProblem(409);
        Assert.Equal(3, stale.GetProperty("currentVersion").GetInt32());

        var closed = await Close(round);
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        var refused = await (await _client.PostJson($"/api/publicity/surveys/{round}/answers", new { positive = true })).AssertProblem(409);
        Assert.Equal("Closed", refused.GetProperty("currentStatus").GetString());
        await (await _client.PostAsync($"/api/publicity/surveys/{round}/close", null)).AssertProblem(409);
        Assert.Equal(50, (await _client.GetJson($"/api/publicity/surveys/{round}")).GetProperty("result").GetProperty("sampleSize").GetInt32());

        var entries = await _client.GetJson($"/api/publicity/surveys/{round}/entries");
        Assert.Equal(["逐份录入", "逐份录入", "汇总录入"], entries.Items().Select(e => e.GetProperty("kindZh").GetString()));
        Assert.Equal(48, entries.Items().Last().GetProperty("sampleSize").GetInt32());
        var listed = await _client.GetJson($"/api/publicity/surveys?townshipId={township}&kind=Awareness");
        Assert.Equal(round, Assert.Single(listed.GetProperty("items").Items()).GetProperty("id").GetGuid());
        await (await _client.PostJson($"/api/publicity/surveys/{Guid.NewGuid()}/answers", new { positive = true })).AssertProblem(404);
    }

    [Fact]
    public async Task Answers_entered_at_the_same_moment_are_all_counted()
    {
        var round = await OpenRound(null, "Participation", "Internal", agency: null);

        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => _client.PostJson($"/api/publicity/surveys/{round}/answers", new { positive = i % 3 != 0 })));
        foreach (var answer in answers)
        {
            await Expect(answer, HttpStatusCode.OK);
        }

        var result = (await _client.GetJson($"/api/publicity/surveys/{round}")).GetProperty("result");
        Assert.Equal((12, 8), (result.GetProperty("sampleSize").GetInt32(), result.GetProperty("positiveCount").GetInt32()));
        Assert.Equal(12, (await Close(round)).GetProperty("version").GetInt32() - 1);
    }

    [Fact]
    public async Task Bad_survey_rounds_are_refused()
    {
        await Http.AssertFields(await _client.PostJson("/api/publicity/surveys",
            new { kind = "Satisfaction", conductor = "ThirdParty", title = "", from = Today.AddDays(3), to = Today }), "agencyName", "title", "from", "to");
        await Http.AssertFields(await _client.PostJson("/api/publicity/surveys", new { title = "x", from = Today.AddDays(-400), to = Today }), "kind", "conductor", "to");
        await (await _client.PostJson("/api/publicity/surveys",
            new { kind = "Awareness", conductor = "Internal", townshipId = Guid.NewGuid(), title = "x", from = Today, to = Today })).AssertProblem(404);
        Assert.Empty((await _client.GetJson("/api/publicity/surveys")).GetProperty("items").Items());
    }

    [Fact]
    public async Task Third_party_satisfaction_of_90_percent_earns_50_points_and_awareness_shows_for_the_ranking()
    {
        var baima = await DemoCity.TownshipId(_client, "白马镇");
        var taoyuan = await DemoCity.TownshipId(_client, "桃源镇");
        var before = await _client.GetJson("/api/assessment/scorecard");
        Assert.DoesNotContain("publicity", before.ScoreLine("satisfaction").GetProperty("explanation").GetString());

        var city = await OpenRound(null, "Satisfaction");
        await Counts(city, 50, 45);
        var open = await _client.GetJson("/api/assessment/scorecard");
        Assert.Equal(0m, open.ScoreLine("satisfaction").GetProperty("pointsEarned").GetDecimal()); // an open round does not count yet
        await Close(city);
        var own = await OpenRound(taoyuan, "Satisfaction");
        await Counts(own, 100, 89);
        await Close(own);
        var awareness = await OpenRound(baima, "Awareness", "Internal", agency: null);
        await Counts(awareness, 200, 170);
        await Close(awareness);

        var cityCard = await _client.GetJson("/api/assessment/scorecard");
        var satisfaction = cityCard.ScoreLine("satisfaction");
        Assert.Equal(50m, satisfaction.GetProperty("pointsEarned").GetDecimal());
        Assert.Contains("清源民意调查中心", satisfaction.GetProperty("explanation").GetString());
        Assert.Contains("90.0%（95% 置信区间 78.6%–95.7%，样本 50）", satisfaction.GetProperty("explanation").GetString());

        var baimaCard = await _client.GetJson($"/api/assessment/townships/{baima}/scorecard");
        Assert.Equal(50m, baimaCard.ScoreLine("satisfaction").GetProperty("pointsEarned").GetDecimal()); // the city-wide round stands in
        var line = baimaCard.GetProperty("additional").Items().Single(a => a.GetProperty("lineKey").GetString() == "awareness");
        Assert.Equal(85m, line.GetProperty("figures").GetProperty("ratePercent").GetDecimal());
        Assert.Equal(200m, line.GetProperty("figures").GetProperty("sampleSize").GetDecimal());

        var taoyuanCard = await _client.GetJson($"/api/assessment/townships/{taoyuan}/scorecard");
        Assert.Equal(0m, taoyuanCard.ScoreLine("satisfaction").GetProperty("pointsEarned").GetDecimal()); // its own round, 89 %
        Assert.Contains("未达到 90%", taoyuanCard.ScoreLine("satisfaction").GetProperty("explanation").GetString());
        Assert.DoesNotContain(taoyuanCard.GetProperty("additional").Items(), a => a.GetProperty("lineKey").GetString() == "awareness");
    }

    [Fact]
    public async Task The_coverage_check_reports_each_quiet_township_once_a_week_however_often_it_runs()
    {
        var baima = await DemoCity.TownshipId(_client, "白马镇");
        var taoyuan = await DemoCity.TownshipId(_client, "桃源镇");
        var hongqi = await DemoCity.TownshipId(_client, "红旗乡");
        Assert.False(await DemoCity.IsEnabled(_client, hongqi, "publicity"));
        await Created(await RecordActivity(ActivityBody(baima, heldOn: Today.AddDays(-13))));
        await Created(await RecordActivity(ActivityBody(taoyuan, heldOn: Today.AddDays(-14))));

        var first = await Checks.RunAndWait(_client, "publicity.coverage");
        var second = await Checks.RunAndWait(_client, "publicity.coverage");
        var enabled = first.GetProperty("townshipsCovered").GetInt32();
        Assert.Equal(enabled - 1, first.GetProperty("itemsCreated").GetInt32());

        var items = await Http.Eventually(() => _client.GetJson("/api/rectification/items?module=publicity&pageSize=200"),
            page => page.GetProperty("total").GetInt32() >= enabled - 1, what: "coverage items filed");
        Assert.Equal(enabled - 1, items.GetProperty("total").GetInt32());
        var townships = items.GetProperty("items").Items().Select(i => i.GetProperty("townshipId").GetGuid()).ToList();
        Assert.DoesNotContain(baima, townships);
        Assert.DoesNotContain(hongqi, townships);
        var quiet = items.GetProperty("items").Items().Single(i => i.GetProperty("townshipId").GetGuid() == taoyuan);
        Assert.Contains($"最近一次活动为 {Today.AddDays(-14):yyyy-MM-dd}", quiet.GetProperty("description").GetString());
        Assert.Equal(second.GetProperty("itemsCreated").GetInt32(), first.GetProperty("itemsCreated").GetInt32());
    }

    [Fact]
    public async Task The_township_overview_sums_up_channels_volunteer_work_village_rules_and_survey_rates()
    {
        var township = await DemoCity.TownshipId(_client, "白马镇");
        var village = await FirstVillage(township);
        await Created(await RecordActivity(ActivityBody(township, channel: "Broadcast", heldOn: Today.AddDays(-2), participants: 0, reach: 8000)));
        await Created(await RecordActivity(ActivityBody(township, channel: "OnSiteEvent", participants: 120, reach: 400)));
        await Created(await RecordActivity(ActivityBody(township, channel: "OnSiteEvent", participants: 30, reach: 30)));
        await Created(await _client.PostJson("/api/publicity/volunteer-events", new
        {
            townshipId = township, heldOn = Today, kind = "VolunteerService", organiser = new { kind = "VolunteerTeam" }, volunteers = 6, totalHours = 18, description = "入户宣传",
        }));
        await Created(await _client.PostJson($"/api/publicity/villages/{village}/rules", new { adoptedOn = Today, meetingOn = Today, householdsPresent = 80, text = "爱护环境卫生。" }));
        var awareness = await OpenRound(township, "Awareness", "Internal", agency: null);
        await Counts(awareness, 10, 7);
        await Close(awareness);

        var overview = await _client.GetJson($"/api/publicity/townships/{township}/overview?from={Today.AddDays(-30):yyyy-MM-dd}");
        Assert.Equal(3, overview.GetProperty("activities").GetInt32());
        Assert.Equal(Today.ToString("yyyy-MM-dd"), overview.GetProperty("lastActivityOn").GetString());
        var onSite = overview.GetProperty("byChannel").Items().Single(c => c.GetProperty("channel").GetString() == "OnSiteEvent");
        Assert.Equal((2, 150, 430L), (onSite.GetProperty("activities").GetInt32(), onSite.GetProperty("participants").GetInt32(), onSite.GetProperty("estimatedReach").GetInt64()));
        Assert.Equal(18m, overview.GetProperty("volunteerWork").GetProperty("hours").GetDecimal());
        Assert.Equal(1, overview.GetProperty("villagesWithRules").GetInt32());
        Assert.True(overview.GetProperty("villages").GetInt32() > 1);
        Assert.Equal(0.7m, overview.GetProperty("awareness").GetProperty("result").GetProperty("rate").GetDecimal());
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("satisfaction").ValueKind);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/overview?from=2026-02-01&to=2026-01-01")).AssertProblem(400);
    }

    [Fact]
    public async Task Everything_is_refused_with_403_where_the_module_is_off()
    {
        var township = await DemoCity.TownshipId(_client, "青石镇");
        var village = await FirstVillage(township);
        var activity = (await Created(await RecordActivity(ActivityBody(township)))).GetProperty("id").GetGuid();
        var round = await OpenRound(township, "Participation", "Internal", agency: null);
        (await _client.PutJson($"/api/townships/{township}/modules/publicity", new { enabled = false })).Dispose();

        await (await RecordActivity(ActivityBody(township))).AssertProblem(403);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/activities")).AssertProblem(403);
        await (await _client.GetAsync($"/api/publicity/activities/{activity}")).AssertProblem(403);
        await (await _client.PostJson("/api/publicity/volunteer-events", new
        {
            townshipId = township, heldOn = Today, kind = "UnpaidLabour", organiser = new { kind = "Union" }, volunteers = 1, totalHours = 2, description = "x",
        })).AssertProblem(403);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/volunteer-totals")).AssertProblem(403);
        await (await _client.PostJson($"/api/publicity/villages/{village}/rules", new { adoptedOn = Today, meetingOn = Today, householdsPresent = 9, text = "x" }))
            .AssertProblem(403);
        await (await _client.PostJson($"/api/publicity/surveys/{round}/answers", new { positive = true })).AssertProblem(403);
        await (await _client.GetAsync($"/api/publicity/surveys?townshipId={township}")).AssertProblem(403);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/ledgers/activities")).AssertProblem(403);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/overview")).AssertProblem(403);
        var check = await Checks.RunAndWait(_client, "publicity.coverage");
        var items = await _client.GetJson("/api/rectification/items?module=publicity&pageSize=200");
        Assert.DoesNotContain(items.GetProperty("items").Items(), i => i.GetProperty("townshipId").GetGuid() == township);
        Assert.True(check.GetProperty("townshipsCovered").GetInt32() > 0);
    }

    [Fact]
    public async Task Ledgers_export_activities_volunteer_work_and_surveys_as_csv_and_xlsx_with_chinese_headers()
    {
        var township = await DemoCity.TownshipId(_client, "桃源镇");
        await Created(await RecordActivity(ActivityBody(township, channel: "NewMedia", title: "微信公众号推送")));
        await Created(await _client.PostJson("/api/publicity/volunteer-events", new
        {
            townshipId = township, heldOn = Today, kind = "UnpaidLabour", organiser = new { kind = "Union" }, volunteers = 12, totalHours = 36, description = "清扫街巷",
        }));
        var round = await OpenRound(township, "Satisfaction");
        await Counts(round, 10, 10);

        using var csv = await _client.GetAsync($"/api/publicity/townships/{township}/ledgers/activities?format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("活动日期,活动名称,宣传渠道", lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("微信公众号推送", lines[1]);
        Assert.Contains("新媒体", lines[1]);

        foreach (var (kind, header, value) in new[] { ("volunteer-work", "服务总时长（小时）", "36"), ("surveys", "95%置信下限（%）", "72.25") })
        {
            using var xlsx = await _client.GetAsync($"/api/publicity/townships/{township}/ledgers/{kind}?format=xlsx");
            Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
            using var copy = new MemoryStream();
            await (await xlsx.Content.ReadAsStreamAsync()).CopyToAsync(copy);
            copy.Position = 0;
            var rows = MiniExcelLibs.MiniExcel.Query(copy, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            Assert.Equal(value, Assert.Single(rows)[header]?.ToString());
        }

        using var empty = await _client.GetAsync($"/api/publicity/townships/{township}/ledgers/activities?from={Today.AddDays(-30):yyyy-MM-dd}&to={Today.AddDays(-1):yyyy-MM-dd}");
        Assert.Single(Encoding.UTF8.GetString(await empty.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
        await (await _client.GetAsync($"/api/publicity/townships/{township}/ledgers/activities?format=pdf")).AssertProblem(400);
        await (await _client.GetAsync($"/api/publicity/townships/{township}/ledgers/nonsense")).AssertProblem(404); // no such ledger
        await (await _client.GetAsync($"/api/publicity/townships/{township}/ledgers/surveys?from=2026-02-01&to=2026-01-01")).AssertProblem(400);
    }
}
