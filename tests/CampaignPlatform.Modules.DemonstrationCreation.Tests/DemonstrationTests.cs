using System.Net;
using Microsoft.Extensions.Time.Testing;
using static CampaignPlatform.Modules.DemonstrationCreation.Tests.DemonstrationApi;

namespace CampaignPlatform.Modules.DemonstrationCreation.Tests;

/// <summary>Criteria, applications, on-site reviews, titles, the check and the ranking line, over HTTP on the real host.</summary>
[Collection("host")]
public sealed class DemonstrationTests : IDisposable
{
    private readonly FakeTimeProvider _clock;
    private readonly PlatformFactory _factory;
    private readonly HttpClient _admin;
    private readonly HttpClient _supervisor;
    private readonly HttpClient _officer;

    public DemonstrationTests()
    {
        // Noon in the city (04:00 UTC), so "today" is never near a city midnight.
        var now = DateTimeOffset.UtcNow;
        _clock = new FakeTimeProvider(new DateTimeOffset(now.Year, now.Month, now.Day, 4, 0, 0, TimeSpan.Zero));
        _factory = new PlatformFactory(_clock);
        _admin = _factory.CreateClient();
        _supervisor = _factory.CreateClientFor("demo-supervisor");
        _officer = _factory.CreateClientFor("demo-township");
    }

    public void Dispose()
    {
        _admin.Dispose();
        _supervisor.Dispose();
        _officer.Dispose();
        _factory.Dispose();
    }

    private string Today => DateOnly.FromDateTime(_clock.GetUtcNow().AddHours(8).DateTime).ToString("yyyy-MM-dd");

    private Task<Guid> Liuhe() => DemoCity.TownshipId(_admin, "柳河镇");

    [Fact]
    public async Task Criteria_are_kept_by_administrators_with_their_points_and_bad_ones_are_refused()
    {
        await (await _admin.PostJson($"{Root}/criteria", new { kind = "Street", name = "", points = 0 })).AssertFields("name", "points");
        await (await _admin.PostJson($"{Root}/criteria", new { kind = "Nowhere", name = "x", points = 5 })).AssertProblem(400);
        await (await _officer.PostJson($"{Root}/criteria", new { kind = "Street", name = "路面整洁", points = 10 })).AssertProblem(403);
        Assert.Empty((await _admin.GetJson($"{Root}/criteria")).Items());

        var criteria = await StreetCriteria(_admin);
        var listed = await _admin.GetJson($"{Root}/criteria?kind=Street");
        Assert.Equal(["路面整洁、无暴露垃圾", "店外无乱摆乱占"], listed.Items().Select(c => c.GetProperty("name").GetString()));
        Assert.Equal("示范街", listed[0].GetProperty("kindZh").GetString());

        var changed = await Ok(await _admin.PutJson($"{Root}/criteria/{criteria.Order}", new { name = "店外秩序", points = 30, version = 0 }));
        Assert.Equal(30, changed.GetProperty("points").GetInt32());
        var stale = await (await _admin.PutJson($"{Root}/criteria/{criteria.Order}", new { name = "店外秩序", points = 35, version = 0 })).AssertProblem(409);
        Assert.Equal(1, stale.GetProperty("currentVersion").GetInt32());
        await Ok(await _admin.PutJson($"{Root}/criteria/{criteria.Order}", new { name = "店外秩序", points = 30, retired = true, version = 1 }));
        Assert.Single((await _admin.GetJson($"{Root}/criteria?kind=Street")).Items());
    }

    [Fact]
    public async Task An_application_is_refused_where_the_module_is_off_and_a_village_demonstration_names_its_village()
    {
        var township = await Liuhe();
        var applications = $"{Root}/townships/{township}/applications";
        await (await _officer.PostJson(applications, new { kind = "Street", placeName = "解放路", address = "解放路全段" })).AssertProblem(403);

        await Enable(_admin, township);
        await (await _officer.PostJson(applications, new { kind = "VillageOrCommunity", placeName = "", address = "" }))
            .AssertFields("placeName", "address", "villageId");
        await (await _officer.PostJson(applications, new { kind = "Hospital", placeName = "柳河镇卫生院", address = "柳河镇中心街" })).AssertFields("unitName");
        Assert.Equal(0, (await _admin.GetJson($"{Root}/applications")).GetProperty("total").GetInt32());

        var application = await Apply(_officer, township);
        Assert.Equal("已申报", application.GetProperty("stateZh").GetString());
        var twice = await (await _officer.PostJson(applications, new { kind = "Street", placeName = "解放路", address = "解放路全段" })).AssertProblem(409);
        Assert.Equal("Submitted", twice.GetProperty("currentState").GetString());
    }

    [Fact]
    public async Task A_review_at_the_pass_mark_grants_the_title_and_an_application_is_decided_once()
    {
        var township = await Liuhe();
        await Enable(_admin, township);
        var criteria = await StreetCriteria(_admin);
        var application = (await Apply(_officer, township)).GetProperty("id").GetGuid();
        var reviews = $"{Root}/applications/{application}/reviews";

        // The officer may apply but not review; a score above a criterion's points, or a criterion left out, is a 400.
        await (await _officer.PostJson(reviews, new { reviewedOn = Today, scores = Scores(criteria, 55, 35), version = 0 })).AssertProblem(403);
        await (await _supervisor.PostJson(reviews, new { reviewedOn = Today, scores = Scores(criteria, 61, 35), version = 0 })).AssertFields("scores[0].score");
        await (await _supervisor.PostJson(reviews, new { reviewedOn = Today, scores = new[] { new { criterionId = criteria.Clean, score = 60 } }, version = 0 }))
            .AssertFields("scores");
        await (await _supervisor.PostJson(reviews, new { reviewedOn = "2999-01-01", scores = Scores(criteria, 55, 35), version = 0 })).AssertFields("reviewedOn");
        var untouched = await _admin.GetJson($"{Root}/applications/{application}");
        Assert.Equal("Submitted", untouched.GetProperty("application").GetProperty("state").GetString());
        Assert.Empty(untouched.GetProperty("reviews").Items());

        var outcome = await Ok(await _supervisor.PostJson(reviews, new { reviewedOn = Today, scores = Scores(criteria, 55, 35), version = 0 }));
        Assert.Equal(90m, outcome.GetProperty("review").GetProperty("percentage").GetDecimal());
        Assert.True(outcome.GetProperty("review").GetProperty("passed").GetBoolean());
        Assert.Equal("已命名", outcome.GetProperty("application").GetProperty("stateZh").GetString());
        var title = outcome.GetProperty("title");
        Assert.Equal("有效", title.GetProperty("stateZh").GetString());
        Assert.Equal(DateOnly.Parse(Today).AddYears(1), DateOnly.Parse(title.GetProperty("nextReviewDue").GetString()!));

        var again = await (await _supervisor.PostJson(reviews, new { reviewedOn = Today, scores = Scores(criteria, 55, 35), version = 1 })).AssertProblem(409);
        Assert.Equal("Granted", again.GetProperty("currentState").GetString());
        var stale = await (await _supervisor.PostJson(reviews, new { reviewedOn = Today, scores = Scores(criteria, 55, 35), version = 0 })).AssertProblem(409);
        Assert.Equal(1, stale.GetProperty("currentVersion").GetInt32());

        var held = await _officer.GetJson($"{Root}/titles?townshipId={township}&state=Held");
        Assert.Equal("解放路", Assert.Single(held.GetProperty("items").Items()).GetProperty("placeName").GetString());
    }

    [Fact]
    public async Task A_review_below_the_pass_mark_closes_the_application_without_a_title()
    {
        var township = await Liuhe();
        await Enable(_admin, township);
        var criteria = await StreetCriteria(_admin);
        var application = (await Apply(_officer, township)).GetProperty("id").GetGuid();

        var outcome = await Ok(await _supervisor.PostJson($"{Root}/applications/{application}/reviews",
            new { reviewedOn = Today, scores = Scores(criteria, 50, 34), version = 0 }));

        Assert.Equal(84m, outcome.GetProperty("review").GetProperty("percentage").GetDecimal());
        Assert.Equal("NotPassed", outcome.GetProperty("application").GetProperty("state").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, outcome.GetProperty("title").ValueKind);
        Assert.Equal(0, (await _admin.GetJson($"{Root}/titles")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_failed_yearly_review_withdraws_the_title_and_a_withdrawn_title_cannot_be_withdrawn_again()
    {
        var township = await Liuhe();
        await Enable(_admin, township);
        var criteria = await StreetCriteria(_admin);
        var first = (await Apply(_officer, township, "解放路")).GetProperty("id").GetGuid();
        var second = (await Apply(_officer, township, "人民路")).GetProperty("id").GetGuid();
        var reviewed = await Ok(await _supervisor.PostJson($"{Root}/applications/{first}/reviews", new { reviewedOn = Today, scores = Scores(criteria, 60, 40), version = 0 }));
        var kept = await Ok(await _supervisor.PostJson($"{Root}/applications/{second}/reviews", new { reviewedOn = Today, scores = Scores(criteria, 60, 40), version = 0 }));
        var title = reviewed.GetProperty("title").GetProperty("id").GetGuid();
        var keptTitle = kept.GetProperty("title").GetProperty("id").GetGuid();

        _clock.Advance(TimeSpan.FromDays(365));
        var yearly = await Ok(await _supervisor.PostJson($"{Root}/titles/{title}/reviews", new { reviewedOn = Today, scores = Scores(criteria, 40, 30), version = 0 }));
        Assert.Equal("Withdrawn", yearly.GetProperty("title").GetProperty("state").GetString());
        Assert.Contains("复审未达标", yearly.GetProperty("title").GetProperty("withdrawnReason").GetString());
        var passed = await Ok(await _supervisor.PostJson($"{Root}/titles/{keptTitle}/reviews", new { reviewedOn = Today, scores = Scores(criteria, 58, 38), version = 0 }));
        Assert.Equal(DateOnly.Parse(Today).AddYears(1), DateOnly.Parse(passed.GetProperty("title").GetProperty("nextReviewDue").GetString()!));

        var withdraw = $"{Root}/titles/{title}/withdraw";
        var twice = await (await _supervisor.PostJson(withdraw, new { reason = "群众投诉", version = 1 })).AssertProblem(409);
        Assert.Equal("Withdrawn", twice.GetProperty("currentState").GetString());
        await (await _supervisor.PostJson($"{Root}/titles/{keptTitle}/withdraw", new { reason = "", version = 1 })).AssertFields("reason");
        await (await _officer.PostJson($"{Root}/titles/{keptTitle}/withdraw", new { reason = "自行撤回", version = 1 })).AssertProblem(403);
        var decided = await Ok(await _supervisor.PostJson($"{Root}/titles/{keptTitle}/withdraw", new { reason = "暗访发现占道经营反弹", version = 1 }));
        Assert.Equal("已撤销", decided.GetProperty("stateZh").GetString());

        var detail = await _officer.GetJson($"{Root}/titles/{title}");
        Assert.Equal(["Initial", "Yearly"], detail.GetProperty("reviews").Items().Select(r => r.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Reviews_falling_due_are_reported_once_per_title_and_year()
    {
        var township = await Liuhe();
        await Enable(_admin, township);
        var criteria = await StreetCriteria(_admin);
        var application = (await Apply(_officer, township)).GetProperty("id").GetGuid();
        var title = (await Ok(await _supervisor.PostJson($"{Root}/applications/{application}/reviews",
            new { reviewedOn = Today, scores = Scores(criteria, 60, 40), version = 0 }))).GetProperty("title").GetProperty("id").GetGuid();

        var early = await CampaignPlatform.Testing.Checks.RunAndWait(_admin, "demo-creation.reviews-due");
        Assert.Equal(0, early.GetProperty("itemsCreated").GetInt32());

        _clock.Advance(TimeSpan.FromDays(345));
        var due = await CampaignPlatform.Testing.Checks.RunAndWait(_admin, "demo-creation.reviews-due");
        Assert.Equal(1, due.GetProperty("itemsCreated").GetInt32());
        await CampaignPlatform.Testing.Checks.RunAndWait(_admin, "demo-creation.reviews-due");

        var items = await Http.Eventually(() => _admin.GetJson($"/api/rectification/items?module={DemonstrationCreationModule.Id}"),
            page => page.GetProperty("total").GetInt32() >= 1, what: "the review falling due is filed");
        var item = Assert.Single(items.GetProperty("items").Items());
        Assert.StartsWith($"review-due:{title}:", item.GetProperty("sourceReference").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Titles_held_count_in_the_township_ranking_up_to_the_target_and_are_exported_with_chinese_headers()
    {
        var township = await Liuhe();
        await Enable(_admin, township);
        var criteria = await StreetCriteria(_admin);
        var application = (await Apply(_officer, township)).GetProperty("id").GetGuid();
        await Ok(await _supervisor.PostJson($"{Root}/applications/{application}/reviews", new { reviewedOn = Today, scores = Scores(criteria, 60, 40), version = 0 }));

        var card = await _admin.GetJson($"/api/assessment/townships/{township}/scorecard");
        var line = Assert.Single(card.GetProperty("additional").Items(), l => l.GetProperty("lineKey").GetString() == "demonstration-titles");
        Assert.Equal(1m, line.GetProperty("pointsEarned").GetDecimal());
        Assert.Equal(3m, line.GetProperty("pointsPossible").GetDecimal());

        using var ledger = await _officer.GetAsync($"{Root}/townships/{township}/ledgers/titles?format=csv");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        var csv = await ledger.Content.ReadAsStringAsync();
        Assert.Contains("示范类别", csv, StringComparison.Ordinal);
        Assert.Contains("下次复审日期", csv, StringComparison.Ordinal);
        Assert.Contains("解放路", csv, StringComparison.Ordinal);
        await (await _officer.GetAsync($"{Root}/townships/{township}/ledgers/titles?format=pdf")).AssertFields("format");
    }
}
