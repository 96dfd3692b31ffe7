using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The publicity pages over HTTP: activities and volunteer work, their lists with paging and their forms with the API's validation.</summary>
[Collection(HostCollection.Name)]
public sealed class PublicityPagesTests : IDisposable
{
    private static readonly string Today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");

    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _admin;

    public PublicityPagesTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_township_officer_records_an_activity_and_volunteer_work_with_errors_beside_the_fields()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var officer = await _factory.SignedIn("demo-township");
        var form = await officer.ReadForm("/publicity/activities/new");
        var activity = new Dictionary<string, string>
        {
            ["Channel"] = "BulletinBoard", ["Title"] = "爱国卫生宣传栏更新", ["HeldOn"] = Today, ["Organiser.Kind"] = "Other",
            ["Participants"] = "30", ["EstimatedReach"] = "10",
        };
        using (var refused = await officer.PostAsync("/publicity/activities/new", form.With(activity)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("覆盖人数不能少于参与人数", WebPages.FieldError(html, "EstimatedReach"), StringComparison.Ordinal);
            Assert.Contains("其他组织者须填写名称", WebPages.FieldError(html, "Organiser.Name"), StringComparison.Ordinal);
        }

        Assert.Equal(0, (await _admin.GetJson($"/api/publicity/townships/{township}/activities")).GetProperty("total").GetInt32());
        activity["EstimatedReach"] = "500";
        activity["Organiser.Name"] = "柳河镇爱卫办";
        using var recorded = await officer.PostAsync("/publicity/activities/new", form.With(activity));
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var list = await officer.ReadPage(recorded.Headers.Location!.OriginalString);
        Assert.Contains("已登记宣传活动", list, StringComparison.Ordinal);
        Assert.Contains("爱国卫生宣传栏更新", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/publicity/townships/{township}/ledgers/activities?format=xlsx\"", list, StringComparison.Ordinal);

        var volunteering = await officer.ReadForm("/publicity/volunteering/new");
        using var hours = await officer.PostAsync("/publicity/volunteering/new", volunteering.With(new()
        {
            ["Kind"] = "UnpaidLabour", ["HeldOn"] = Today, ["Organiser.Kind"] = "YouthLeague", ["Volunteers"] = "12", ["TotalHours"] = "36",
            ["Description"] = "清理河道垃圾",
        }));
        Assert.Equal(HttpStatusCode.Redirect, hours.StatusCode);
        Assert.Contains("清理河道垃圾", await officer.ReadPage(hours.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var overview = await officer.ReadPage("/publicity");
        Assert.Contains($"href=\"/api/publicity/townships/{township}/ledgers/volunteer-work?format=xlsx\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_activity_list_pages_and_shows_the_form_only_to_those_who_record()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        for (var i = 1; i <= 21; i++)
        {
            using var created = await _admin.PostJson("/api/publicity/activities", new
            {
                townshipId = township, channel = "Broadcast", title = $"广播{i:00}", heldOn = DateOnly.Parse(Today).AddDays(-i),
                organiser = new { kind = "Union" }, participants = 0, estimatedReach = 100,
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var first = await supervisor.ReadPage($"/publicity/activities?townshipId={township}&channel=Broadcast");
        Assert.Contains("第 1 / 2 页（共 21 条）", first, StringComparison.Ordinal);
        Assert.DoesNotContain("/publicity/activities/new", first, StringComparison.Ordinal);
        var second = await supervisor.ReadPage($"/publicity/activities?townshipId={township}&channel=Broadcast&pageNumber=2");
        Assert.Contains("广播21", second, StringComparison.Ordinal);
        Assert.DoesNotContain("广播01", second, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的活动", await supervisor.ReadPage($"/publicity/activities?townshipId={township}&channel=Television"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_township_officer_records_a_new_version_of_a_villages_rules_and_the_history_keeps_the_old_one()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var village = (await _admin.GetJson($"/api/org/townships/{township}/villages")).Items().First();
        var villageId = village.GetProperty("id").GetGuid();
        using var officer = await _factory.SignedIn("demo-township");
        var list = await officer.ReadPage("/publicity/village-rules");
        Assert.Contains($"href=\"/publicity/village-rules/{villageId}\"", list, StringComparison.Ordinal);
        Assert.Contains("尚未制定", list, StringComparison.Ordinal);

        var address = $"/publicity/village-rules/{villageId}";
        var form = await officer.ReadForm(address);
        using var refused = await officer.PostAsync(address, form.With(new()
        {
            ["MeetingOn"] = Today, ["AdoptedOn"] = Today, ["HouseholdsPresent"] = "0", ["Text"] = "",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        WebPages.FieldError(html, "HouseholdsPresent");
        WebPages.FieldError(html, "Text");
        Assert.Empty((await _admin.GetJson($"/api/publicity/villages/{villageId}/rules")).GetProperty("history").Items());

        foreach (var text in new[] { "一、爱护环境卫生。", "一、爱护环境卫生，垃圾分类投放。" })
        {
            using var adopted = await officer.PostAsync(address, form.With(new()
            {
                ["MeetingOn"] = Today, ["AdoptedOn"] = Today, ["HouseholdsPresent"] = "86", ["Text"] = text,
            }));
            Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        }

        var page = await officer.ReadPage($"{address}?recorded=true");
        Assert.Contains("已登记新版村规民约", page, StringComparison.Ordinal);
        Assert.Contains("第 2 版", page, StringComparison.Ordinal);
        Assert.Contains("废止", page, StringComparison.Ordinal);
        Assert.Contains("垃圾分类投放", page, StringComparison.Ordinal);
        Assert.Contains("第 2 版", await officer.ReadPage("/publicity/village-rules"), StringComparison.Ordinal);

        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var read = await supervisor.ReadPage(address);
        Assert.Contains("第 1 版", read, StringComparison.Ordinal);
        Assert.DoesNotContain("登记新版本", read, StringComparison.Ordinal);
        using var forbidden = await supervisor.PostAsync(address, (await supervisor.ReadLayoutForm(address, "")).With(new()
        {
            ["MeetingOn"] = Today, ["AdoptedOn"] = Today, ["HouseholdsPresent"] = "10", ["Text"] = "x",
        }));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        using var unit = await _factory.SignedIn("demo-unit");
        using var denied = await unit.GetAsync("/publicity/village-rules");
        Assert.Equal("/denied", denied.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_township_officer_opens_a_survey_round_enters_answers_and_closes_it_on_the_version_shown()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var officer = await _factory.SignedIn("demo-township");
        var list = await officer.ReadPage("/publicity/surveys");
        Assert.Contains("href=\"/publicity/surveys\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/api/publicity/townships/{township}/ledgers/surveys?format=xlsx\"", list, StringComparison.Ordinal);

        var form = await officer.ReadForm("/publicity/surveys/new");
        var round = new Dictionary<string, string>
        {
            ["Kind"] = "Satisfaction", ["Conductor"] = "ThirdParty", ["Title"] = "柳河镇群众满意度调查", ["From"] = Today, ["To"] = Today,
        };
        using (var refused = await officer.PostAsync("/publicity/surveys/new", form.With(round)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("调查机构名称", WebPages.FieldError(await refused.Content.ReadAsStringAsync(), "AgencyName"), StringComparison.Ordinal);
        }

        Assert.Empty((await _admin.GetJson($"/api/publicity/surveys?townshipId={township}")).GetProperty("items").Items());
        round["AgencyName"] = "清源市统计调查队";
        using var opened = await officer.PostAsync("/publicity/surveys/new", form.With(round));
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var address = opened.Headers.Location!.OriginalString.Split('?')[0];
        Assert.Contains("已开始本轮调查", await officer.ReadPage(opened.Headers.Location!.OriginalString), StringComparison.Ordinal);

        var counts = await officer.ReadForm(address, "handler=Counts");
        using (var tooMany = await officer.PostAsync($"{address}?handler=Counts", counts.With(new() { ["Counts.SampleSize"] = "50", ["Counts.PositiveCount"] = "51" })))
        {
            Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
            Assert.Contains("不能超过样本数", WebPages.FieldError(await tooMany.Content.ReadAsStringAsync(), "Counts.PositiveCount"), StringComparison.Ordinal);
        }

        using var counted = await officer.PostAsync($"{address}?handler=Counts", counts.With(new() { ["Counts.SampleSize"] = "50", ["Counts.PositiveCount"] = "45" }));
        Assert.Equal(HttpStatusCode.Redirect, counted.StatusCode);
        var page = await officer.ReadPage(counted.Headers.Location!.OriginalString);
        Assert.Contains("90.0%（95% 置信区间 78.6%–95.7%，样本 50）", page, StringComparison.Ordinal);

        // The close form carries the version it was read at: an answer entered meanwhile is not closed over unseen.
        var close = await officer.ReadForm(address, "handler=Close");
        var answer = await officer.ReadForm(address, "handler=Answer");
        using (var one = await officer.PostAsync($"{address}?handler=Answer", answer.With(new() { ["Answer.Positive"] = "false", ["Answer.Note"] = "入户" })))
        {
            Assert.Equal(HttpStatusCode.Redirect, one.StatusCode);
        }

        using (var stale = await officer.PostAsync($"{address}?handler=Close", close.With(new())))
        {
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
            var html = await stale.Content.ReadAsStringAsync();
            Assert.Contains("刚有新答卷录入", html, StringComparison.Ordinal);
            Assert.Contains("样本 51", html, StringComparison.Ordinal);
        }

        Assert.Equal("Open", (await _admin.GetJson($"/api{address}")).GetProperty("status").GetString());
        using var closed = await officer.PostAsync($"{address}?handler=Close", (await officer.ReadForm(address, "handler=Close")).With(new()));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var final = await officer.ReadPage(closed.Headers.Location!.OriginalString);
        Assert.Contains("本轮调查已结束", final, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Answer", final, StringComparison.Ordinal);
        var listed = await officer.ReadPage("/publicity/surveys?kind=Satisfaction");
        Assert.Contains("柳河镇群众满意度调查", listed, StringComparison.Ordinal);
        Assert.Contains("已结束", listed, StringComparison.Ordinal);
        Assert.Contains("88.2%", listed, StringComparison.Ordinal);
        Assert.Contains($"href=\"{address}\"", await officer.ReadPage($"/publicity?from={Today}&to={Today}"), StringComparison.Ordinal);
        using var late = await officer.PostAsync($"{address}?handler=Answer", answer.With(new() { ["Answer.Positive"] = "true" }));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

        using var supervisor = await _factory.SignedIn("demo-supervisor");
        Assert.Contains("柳河镇群众满意度调查", await supervisor.ReadPage("/publicity/surveys"), StringComparison.Ordinal);
        using var grid = await _factory.SignedIn("demo-grid");
        Assert.DoesNotContain("href=\"/publicity/surveys\"", await grid.ReadPage("/"), StringComparison.Ordinal);
        using var denied = await grid.GetAsync("/publicity/surveys");
        Assert.Equal("/denied", denied.Headers.Location!.AbsolutePath);
    }
}
