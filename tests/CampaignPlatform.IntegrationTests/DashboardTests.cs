using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The home page's dashboard over HTTP: each role sees the panels of the requests it may send, from the modules on for
/// them, and the panels count what was recorded — within the person's own scope.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class DashboardTests : IDisposable
{
    private static readonly string[] EveryPanel = ["ScorePanel", "RankingPanel", "AttentionPanel", "CaseFlowPanel", "CompliancePanel", "LastRunsPanel"];

    // Noon in the city: an entry made minutes before "now" falls on the day its site was registered.
    private readonly FakeTimeProvider _clock = TestClocks.NoonTomorrow();
    private readonly PlatformFactory _factory;
    private readonly HttpClient _admin;

    public DashboardTests()
    {
        _factory = new PlatformFactory(_clock);
        _admin = _factory.CreateClient();
    }

    public void Dispose() => _factory.Dispose();

    private async Task<string> Home(string userName)
    {
        using var browser = await _factory.SignedIn(userName);
        return await browser.ReadPage("/");
    }

    private static List<string> Panels(string html) => PanelAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Theory]
    [InlineData("demo-admin", "ScorePanel RankingPanel AttentionPanel CaseFlowPanel CompliancePanel LastRunsPanel")]
    [InlineData("demo-supervisor", "ScorePanel RankingPanel AttentionPanel CaseFlowPanel CompliancePanel LastRunsPanel")]
    [InlineData("demo-township", "ScorePanel RankingPanel AttentionPanel CaseFlowPanel CompliancePanel LastRunsPanel")]
    [InlineData("demo-grid", "AttentionPanel CaseFlowPanel CompliancePanel")]
    [InlineData("demo-unit", "AttentionPanel CaseFlowPanel")]
    public async Task Each_role_sees_the_panels_of_the_requests_it_may_send(string userName, string panels)
    {
        var html = await Home(userName);
        Assert.Equal(panels.Split(' '), Panels(html));
    }

    [Fact]
    public async Task A_module_switched_off_in_a_township_leaves_its_officers_dashboard_but_not_the_citys()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var off = await _admin.PutJson($"/api/townships/{township}/modules/enforcement", new { enabled = false, reason = "试点调整" });
        Assert.Equal(HttpStatusCode.NoContent, off.StatusCode);

        Assert.DoesNotContain("CaseFlowPanel", Panels(await Home("demo-township")));
        Assert.Equal(EveryPanel, Panels(await Home("demo-admin")));
    }

    [Fact]
    public async Task The_score_panel_shows_the_city_line_by_line_to_the_city_and_the_own_township_to_its_officer()
    {
        var city = await Home("demo-supervisor");
        Assert.Contains("全市", city, StringComparison.Ordinal);
        Assert.Contains("11项必备条件", city, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-snapshots\"", city, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"red-list\"", city, StringComparison.Ordinal);

        var officer = await Home("demo-township");
        Assert.Matches("data-testid=\"score-total\">[^<]*<strong[^>]*>[^<]*</strong>[^·]*· 柳河镇", officer);

        // A snapshot turns the explanation into the weekly line chart.
        await Checks.RunAndWait(_admin, "assessment.recompute");
        var after = await Home("demo-supervisor");
        Assert.DoesNotContain("data-testid=\"no-snapshots\"", after, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"全市每周得分（每周最后一份快照）\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_trend_panels_count_this_weeks_cases_and_disinfections_within_the_persons_township()
    {
        var liuhe = await DemoCity.TownshipId(_admin, "柳河镇");
        var other = await DemoCity.TownshipId(_admin, "城关街道");
        foreach (var township in new[] { liuhe, liuhe, other })
        {
            using var opened = await _admin.PostJson("/api/enforcement/cases",
                new { townshipId = township, category = "Dumping", source = "Patrol", description = "巡查发现垃圾堆放", address = "解放路12号" });
            Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        }

        using var created = await _admin.PostJson("/api/hygiene/sites", new { townshipId = liuhe, category = "Market", name = "柳河集市", address = "柳河街1号" });
        var site = (await created.ReadJson()).GetProperty("id").GetGuid();
        using var logged = await _admin.PostJson($"/api/hygiene/sites/{site}/disinfections",
            new { at = _clock.GetUtcNow().AddMinutes(-5), areaSquareMetres = 300m, disinfectant = "含氯消毒液", @operator = "李四" });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);

        var city = await Home("demo-admin");
        Assert.Contains("近 12 周立案 3 件、结案 0 件", city, StringComparison.Ordinal);
        var officer = await Home("demo-township");
        Assert.Contains("近 12 周立案 2 件、结案 0 件", officer, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"每周立案与结案数\"", officer, StringComparison.Ordinal);
        Assert.Contains("1 个场所日中 1 个达到消毒频次", officer, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"每周消毒达标率（%）\"", officer, StringComparison.Ordinal);

        // The same figures on the API, for a client that draws its own charts.
        using var officerApi = _factory.CreateClientFor("demo-township");
        var flow = await officerApi.GetJson("/api/enforcement/case-flow?weeks=4");
        Assert.Equal(4, flow.GetArrayLength());
        Assert.Equal(2, flow.EnumerateArray().Sum(w => w.GetProperty("opened").GetInt32()));
        var compliance = await officerApi.GetJson("/api/hygiene/disinfection-compliance?weeks=2");
        Assert.Equal(2, compliance.GetArrayLength());
        Assert.Equal(1, compliance.EnumerateArray().Sum(w => w.GetProperty("siteDaysMet").GetInt32()));
        using var badWeeks = await officerApi.GetAsync("/api/hygiene/disinfection-compliance?weeks=0");
        Assert.True((await badWeeks.AssertProblem(400)).GetProperty("errors").TryGetProperty("weeks", out _));
    }

    [Fact]
    public async Task Overdue_and_listed_items_link_to_the_board()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var filed = await _admin.PostJson("/api/rectification/items", new
        {
            townshipId = township, source = "Supervision", category = "环境卫生", description = "农贸市场周边垃圾未清运", severity = "Major", deadlineDays = 3,
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var item = await filed.ReadJson();

        var home = await Home("demo-township");
        Assert.Contains($"href=\"/rectification/items/{item.GetProperty("id").GetInt64()}\">{item.GetProperty("number").GetString()}</a>", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"listed-count\">1<", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"overdue-count\">0<", home, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-panel=\"([A-Za-z]+)\"")]
    private static partial Regex PanelAttribute();
}
