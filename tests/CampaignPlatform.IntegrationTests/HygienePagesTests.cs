using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The hygiene pages over HTTP: the site list with filters and paging, the site page, the forms with the API's validation.</summary>
[Collection(HostCollection.Name)]
public sealed class HygienePagesTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _admin;

    public HygienePagesTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<Guid> Site(Guid township, string name, string category = "Market")
    {
        using var response = await _admin.PostJson("/api/hygiene/sites", new { townshipId = township, category, name, address = "柳河街1号" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJson()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_city_administrator_picks_the_township_first_and_the_site_form_lists_only_its_villages()
    {
        var liuhe = await DemoCity.TownshipId(_admin, "柳河镇");
        var chengguan = await DemoCity.TownshipId(_admin, "城关街道");
        var liuheVillages = (await _admin.GetJson($"/api/org/townships/{liuhe}/villages")).Items().ToList();
        var chengguanVillages = (await _admin.GetJson($"/api/org/townships/{chengguan}/villages")).Items().ToList();
        using var administrator = await _factory.SignedIn("demo-admin");

        var form = await administrator.ReadForm($"/hygiene/sites/new?townshipId={liuhe}");
        Assert.Contains(KeyValuePair.Create("TownshipId", liuhe.ToString()), form.Fields);
        Assert.All(liuheVillages, v => Assert.Contains($"value=\"{v.GetProperty("id").GetGuid()}\"", form.Html, StringComparison.Ordinal));
        Assert.All(chengguanVillages, v => Assert.DoesNotContain(v.GetProperty("id").GetGuid().ToString(), form.Html, StringComparison.Ordinal));

        var village = chengguanVillages[0];
        var other = await administrator.ReadForm($"/hygiene/sites/new?townshipId={chengguan}");
        Assert.DoesNotContain(liuheVillages[0].GetProperty("id").GetGuid().ToString(), other.Html, StringComparison.Ordinal);
        using var registered = await administrator.PostAsync("/hygiene/sites/new", other.With(new()
        {
            ["VillageId"] = village.GetProperty("id").GetGuid().ToString(), ["Category"] = "Market", ["Name"] = "城关农贸市场", ["Address"] = "城关路1号",
        }));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var site = await _admin.GetJson($"/api/hygiene/sites/{registered.Headers.Location!.OriginalString.Split('/', '?')[3]}");
        Assert.Equal(chengguan, site.GetProperty("townshipId").GetGuid());
        Assert.Equal(village.GetProperty("id").GetGuid(), site.GetProperty("villageId").GetGuid());
    }

    [Fact]
    public async Task A_township_officer_registers_a_site_and_logs_a_disinfection_in_the_forms_with_errors_beside_the_fields()
    {
        using var officer = await _factory.SignedIn("demo-township");
        var form = await officer.ReadForm("/hygiene/sites/new");
        using var registered = await officer.PostAsync("/hygiene/sites/new", form.With(new()
        {
            ["Category"] = "School", ["Name"] = "柳河镇中心小学", ["Address"] = "学府路3号",
        }));
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var sitePage = registered.Headers.Location!.OriginalString;
        Assert.Contains("已登记场所", await officer.ReadPage(sitePage), StringComparison.Ordinal);
        var siteId = sitePage.Split('/', '?')[3];

        var log = await officer.ReadForm($"/hygiene/sites/{siteId}/disinfection");
        Assert.Contains("柳河镇中心小学", log.Html, StringComparison.Ordinal);
        using var refused = await officer.PostAsync($"/hygiene/sites/{siteId}/disinfection", log.With(new()
        {
            ["At"] = "2999-01-01T08:00", ["AreaSquareMetres"] = "0", ["Disinfectant"] = "", ["Operator"] = "张三",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("消毒时间不能晚于现在", WebPages.FieldError(html, "At"), StringComparison.Ordinal);
        WebPages.FieldError(html, "AreaSquareMetres");
        WebPages.FieldError(html, "Disinfectant");
        Assert.Empty((await _admin.GetJson($"/api/hygiene/sites/{siteId}/disinfections")).Items());

        var at = DateTime.UtcNow.AddHours(8).AddMinutes(-30);
        using var logged = await officer.PostAsync($"/hygiene/sites/{siteId}/disinfection", log.With(new()
        {
            ["At"] = at.ToString("yyyy-MM-ddTHH:mm"), ["AreaSquareMetres"] = "120.5", ["Disinfectant"] = "含氯消毒液", ["Operator"] = "张三",
        }));
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var page = await officer.ReadPage(logged.Headers.Location!.OriginalString);
        Assert.Contains("已登记消毒记录", page, StringComparison.Ordinal);
        Assert.Contains(at.ToString("yyyy-MM-dd HH:mm"), page, StringComparison.Ordinal);
        var entry = Assert.Single((await _admin.GetJson($"/api/hygiene/sites/{siteId}/disinfections")).Items());
        Assert.Equal(120.5m, entry.GetProperty("areaSquareMetres").GetDecimal());
        Assert.Equal("demo-township", entry.GetProperty("recordedBy").GetString());

        var check = await officer.ReadForm($"/hygiene/sites/{siteId}/facility-check");
        using var badCheck = await officer.PostAsync($"/hygiene/sites/{siteId}/facility-check", check.With(new()
        {
            ["Total"] = "2", ["Working"] = "5", ["SoapPresent"] = "true",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, badCheck.StatusCode);
        Assert.Contains("完好数不能多于总数", WebPages.FieldError(await badCheck.Content.ReadAsStringAsync(), "Working"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_site_list_filters_and_pages_keeping_the_filters_in_the_pager_links()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        for (var i = 1; i <= 23; i++)
        {
            await Site(township, $"集市{i:00}");
        }

        await Site(township, "柳河医院", "Hospital");
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var first = await supervisor.ReadPage($"/hygiene?townshipId={township}&category=Market");
        Assert.Contains("第 1 / 2 页（共 23 条）", first, StringComparison.Ordinal);
        Assert.DoesNotContain("柳河医院", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/hygiene?townshipId={township}&amp;category=Market&amp;pageNumber=2\"", first, StringComparison.Ordinal);
        var second = await supervisor.ReadPage($"/hygiene?townshipId={township}&category=Market&pageNumber=2");
        Assert.Contains("集市23", second, StringComparison.Ordinal);
        Assert.DoesNotContain("集市01", second, StringComparison.Ordinal);

        var searched = await supervisor.ReadPage($"/hygiene?townshipId={township}&search=医院");
        Assert.Contains("柳河医院", searched, StringComparison.Ordinal);
        Assert.DoesNotContain("集市01", searched, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pager\"", searched, StringComparison.Ordinal);

        using var badPage = await supervisor.GetAsync($"/hygiene?townshipId={township}&pageNumber=0");
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        var api = await _admin.GetJson($"/api/hygiene/townships/{township}/sites/search?category=Market&page=3&pageSize=10");
        Assert.Equal(23, api.GetProperty("total").GetInt32());
        Assert.Equal(3, api.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Forms_and_ledgers_show_to_the_roles_that_may_use_them_and_the_ledger_link_takes_the_cookie()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        var site = await Site(township, "柳河农贸市场");

        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var read = await supervisor.ReadPage($"/hygiene/sites/{site}");
        Assert.Contains("柳河农贸市场", read, StringComparison.Ordinal);
        Assert.DoesNotContain("登记消毒", read, StringComparison.Ordinal);
        using var refusedForm = await supervisor.PostAsync($"/hygiene/sites/{site}/disinfection",
            (await supervisor.ReadForm($"/hygiene/sites/{site}/disinfection")).With(new() { ["AreaSquareMetres"] = "10", ["Disinfectant"] = "x" }));
        Assert.Equal(HttpStatusCode.Forbidden, refusedForm.StatusCode);

        using var officer = await _factory.SignedIn("demo-township");
        var list = await officer.ReadPage("/hygiene");
        Assert.Contains($"href=\"/api/hygiene/townships/{township}/ledgers/disinfections?format=xlsx\"", list, StringComparison.Ordinal);
        Assert.Contains("登记消毒", await officer.ReadPage($"/hygiene/sites/{site}"), StringComparison.Ordinal);
        using var ledger = await officer.GetAsync($"/api/hygiene/townships/{township}/ledgers/sites?format=csv");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.Contains("柳河农贸市场", await ledger.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var grid = await _factory.SignedIn("demo-grid");
        Assert.DoesNotContain("ledgers/", await grid.ReadPage("/hygiene"), StringComparison.Ordinal);
        using var unit = await _factory.SignedIn("demo-unit");
        Assert.DoesNotContain("href=\"/hygiene\"", await unit.ReadPage("/"), StringComparison.Ordinal);
        using var refused = await unit.GetAsync("/hygiene");
        Assert.Equal("/denied", refused.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task A_township_officer_corrects_a_site_with_its_version_and_retires_it_after_a_confirmation()
    {
        var site = await Site(await DemoCity.TownshipId(_admin, "柳河镇"), "柳河农贸市场");
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        Assert.DoesNotContain($"/hygiene/sites/{site}/edit", await supervisor.ReadPage($"/hygiene/sites/{site}"), StringComparison.Ordinal);
        using var notAllowed = await supervisor.PostAsync($"/hygiene/sites/{site}/edit",
            (await supervisor.ReadForm($"/hygiene/sites/{site}/edit")).With(new() { ["Name"] = "改名", ["Address"] = "别处" }));
        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);

        using var officer = await _factory.SignedIn("demo-township");
        Assert.Contains($"/hygiene/sites/{site}/retire", await officer.ReadPage($"/hygiene/sites/{site}"), StringComparison.Ordinal);
        var edit = await officer.ReadForm($"/hygiene/sites/{site}/edit");
        using var empty = await officer.PostAsync($"/hygiene/sites/{site}/edit", edit.With(new() { ["Name"] = "", ["Address"] = "柳河街2号" }));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        WebPages.FieldError(await empty.Content.ReadAsStringAsync(), "Name");
        using var saved = await officer.PostAsync($"/hygiene/sites/{site}/edit", edit.With(new() { ["Name"] = "柳河菜市场", ["Address"] = "柳河街2号" }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("已修改场所", await officer.ReadPage(saved.Headers.Location!.OriginalString), StringComparison.Ordinal);
        var changed = await _admin.GetJson($"/api/hygiene/sites/{site}");
        Assert.Equal("柳河菜市场", changed.GetProperty("name").GetString());

        // The same form again carries the version it was read at: someone else's change is not overwritten.
        using var stale = await officer.PostAsync($"/hygiene/sites/{site}/edit", edit.With(new() { ["Name"] = "旧表单", ["Address"] = "柳河街3号" }));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("场所已被他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("柳河菜市场", (await _admin.GetJson($"/api/hygiene/sites/{site}")).GetProperty("name").GetString());

        var retire = await officer.ReadForm($"/hygiene/sites/{site}/retire");
        using var noReason = await officer.PostAsync($"/hygiene/sites/{site}/retire", retire.With(new() { ["Reason"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        WebPages.FieldError(await noReason.Content.ReadAsStringAsync(), "Reason");
        var today = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd");
        using var retired = await officer.PostAsync($"/hygiene/sites/{site}/retire", retire.With(new() { ["RetiredOn"] = today, ["Reason"] = "停业" }));
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var page = await officer.ReadPage(retired.Headers.Location!.OriginalString);
        Assert.Contains("已注销场所", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"/hygiene/sites/{site}/retire", page, StringComparison.Ordinal);
        Assert.Equal("停业", (await _admin.GetJson($"/api/hygiene/sites/{site}")).GetProperty("retiredReason").GetString());
    }
}
