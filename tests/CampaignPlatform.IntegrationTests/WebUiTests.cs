using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The web UI over HTTP, as a browser without JavaScript would use it: sign-in redirects for pages but not for the
/// API, and forms that send the same requests as the API — same rules, same audit log.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class WebUiTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _admin;

    public WebUiTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private HttpClient Browser() => _factory.Browser();

    private Task<HttpClient> SignedIn(string userName) => _factory.SignedIn(userName);

    [Fact]
    public async Task An_anonymous_page_request_goes_to_sign_in_while_the_api_keeps_answering_401()
    {
        using var browser = Browser();
        using var page = await browser.GetAsync("/modules?township=x");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/sign-in", page.Headers.Location!.AbsolutePath);
        Assert.Contains("ReturnUrl=%2Fmodules%3Ftownship%3Dx", page.Headers.Location.Query, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/org/townships")).StatusCode);
        using var anonymous = _factory.CreateAnonymousClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/modules")).StatusCode);

        using var signIn = await browser.GetAsync("/sign-in");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("<html lang=\"zh-CN\">", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_switch_confirmed_in_the_matrix_is_made_and_audited_like_one_made_through_the_api()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var browser = await SignedIn("demo-admin");
        var address = $"/modules/switch?townshipId={township}&moduleId=publicity";
        var form = await browser.ReadForm(address);
        Assert.Contains("确定在“柳河镇”停用“宣传动员”吗？", form.Html, StringComparison.Ordinal);

        using var confirmed = await browser.PostAsync(address, form.With(new() { ["Reason"] = "<b>试点结束</b>" }));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.False(await DemoCity.IsEnabled(_admin, township, "publicity"));

        var matrix = await (await browser.GetAsync(confirmed.Headers.Location!.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains("&lt;b&gt;试点结束&lt;/b&gt;", matrix, StringComparison.Ordinal); // what people typed is shown, never run
        var audit = (await _admin.GetJson("/api/accounts/audit?actor=demo-admin")).GetProperty("items").Items().ToList();
        var change = Assert.Single(audit, e => e.GetProperty("action").GetString() == "POST /modules/switch" && e.GetProperty("outcome").GetString() == "302");
        Assert.Equal(address, change.GetProperty("target").GetString());
    }

    [Fact]
    public async Task A_refused_switch_says_why_on_the_page_and_changes_nothing()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        using var browser = await SignedIn("demo-admin");
        var address = $"/modules/switch?townshipId={township}&moduleId=org";
        var form = await browser.ReadForm(address);

        using var refused = await browser.PostAsync(address, form.With(new() { ["Enabled"] = "false" }));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("是核心模块，不能停用", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await DemoCity.IsEnabled(_admin, township, "org"));
        var audit = (await _admin.GetJson("/api/accounts/audit?actor=demo-admin")).GetProperty("items").Items();
        Assert.DoesNotContain(audit, e => e.GetProperty("action").GetString() == "POST /modules/switch");
    }

    [Fact]
    public async Task A_township_officer_has_no_matrix_in_the_menu_and_is_refused_it_at_its_address()
    {
        using var officer = await SignedIn("demo-township");
        var home = await (await officer.GetAsync("/")).Content.ReadAsStringAsync();
        Assert.Contains("宣传动员概况", home, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/modules\"", home, StringComparison.Ordinal);

        using var matrix = await officer.GetAsync("/modules");
        Assert.Equal(HttpStatusCode.Redirect, matrix.StatusCode);
        Assert.Equal("/denied", matrix.Headers.Location!.AbsolutePath);
    }
}
