using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using static CampaignPlatform.Modules.DemonstrationCreation.Tests.DemonstrationApi;

namespace CampaignPlatform.Modules.DemonstrationCreation.Tests;

/// <summary>The module's pages as a browser uses them: the list, the application form, the review form, the withdrawal.</summary>
[Collection("host")]
public sealed partial class DemonstrationPagesTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _admin;

    public DemonstrationPagesTests() => _admin = _factory.CreateClient();

    public void Dispose()
    {
        _admin.Dispose();
        _factory.Dispose();
    }

    private static string Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd");

    private async Task<HttpClient> Browser(string userName)
    {
        var browser = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        browser.DefaultRequestHeaders.Authorization = null;
        browser.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var signIn = await browser.PostJson("/api/auth/sign-in", new { userName, password = PlatformFactory.DemoPassword });
        Assert.True(signIn.IsSuccessStatusCode, $"sign-in as {userName}");
        return browser;
    }

    private static async Task<string> Read(HttpClient browser, string address)
    {
        using var response = await browser.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {address} → {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>Posts the page's form with its hidden fields (the anti-forgery token among them) and the given values.</summary>
    private static async Task<HttpResponseMessage> Submit(HttpClient browser, string address, Dictionary<string, string> values)
    {
        var html = await Read(browser, address);
        var main = html[html.IndexOf("<main>", StringComparison.Ordinal)..];
        var form = main[main.IndexOf("<form method=\"post\"", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        var fields = HiddenInput().Matches(form)
            .Select(m => KeyValuePair.Create(Attr(m.Value, "name"), WebUtility.HtmlDecode(Attr(m.Value, "value"))))
            .Where(f => !values.ContainsKey(f.Key)).Concat(values);
        return await browser.PostAsync(address, new FormUrlEncodedContent(fields));
    }

    private static string Attr(string tag, string name) => Regex.Match(tag, $"\\b{name}=\"([^\"]*)\"").Groups[1].Value;

    private static async Task<string> Refused(HttpResponseMessage response, string field)
    {
        using (response)
        {
            var html = await response.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(Regex.IsMatch(html, $"data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>[^<]+</span>"), string.Join(" | ", Regex.Matches(html, "(data-valmsg-for=\"[^\"]*\"[^>]*>[^<]+</span>|role=\"alert\">[^<]+)").Select(m => m.Value)));
            return html;
        }
    }

    private static void Redirected(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task An_officer_applies_a_supervisor_reviews_on_site_and_withdraws_the_title_from_the_pages()
    {
        var township = await DemoCity.TownshipId(_admin, "柳河镇");
        await Enable(_admin, township);
        var criteria = await StreetCriteria(_admin);
        using var officer = await Browser("demo-township");
        using var supervisor = await Browser("demo-supervisor");

        var list = await Read(officer, "/demo-creation");
        Assert.Contains("/demo-creation/applications/new", list, StringComparison.Ordinal);
        var form = $"/demo-creation/applications/new?townshipId={township}";
        await Refused(await Submit(officer, form, new() { ["Kind"] = "Street", ["PlaceName"] = "", ["Address"] = "解放路全段" }), "PlaceName");
        Redirected(await Submit(officer, form, new() { ["Kind"] = "Street", ["PlaceName"] = "解放路", ["Address"] = "解放路全段" }));
        list = await Read(officer, "/demo-creation");
        Assert.Contains("解放路", list, StringComparison.Ordinal);
        Assert.DoesNotContain("/demo-creation/review?applicationId=", list, StringComparison.Ordinal);

        var waiting = await Read(supervisor, $"/demo-creation?townshipId={township}");
        var review = "/demo-creation/review?applicationId=" + Regex.Match(waiting, "/demo-creation/review\\?applicationId=([0-9a-f-]{36})").Groups[1].Value;
        var reviewForm = await Read(supervisor, review);
        Assert.Contains("路面整洁、无暴露垃圾", reviewForm, StringComparison.Ordinal);
        Assert.Equal(criteria.Clean.ToString(), Regex.Match(reviewForm, "name=\"Scores\\[0\\].CriterionId\" value=\"([^\"]+)\"").Groups[1].Value);
        await Refused(await Submit(supervisor, review, new() { ["ReviewedOn"] = Today, ["Scores[0].Score"] = "61", ["Scores[1].Score"] = "35" }), "Scores[0].Score");
        Redirected(await Submit(supervisor, review, new() { ["ReviewedOn"] = Today, ["Scores[0].Score"] = "55", ["Scores[1].Score"] = "35" }));

        var titles = await Read(supervisor, $"/demo-creation?townshipId={township}");
        Assert.Contains("有效", titles, StringComparison.Ordinal);

        // The application's and the title's own pages, from the place's name in the lists: the review's score per criterion.
        var applicationPage = Regex.Match(await Read(officer, $"/demo-creation/applications?townshipId={township}"), "/demo-creation/applications/[0-9a-f-]{36}").Value;
        var application = await Read(officer, applicationPage);
        Assert.Contains("已命名", application, StringComparison.Ordinal);
        Assert.Contains("路面整洁、无暴露垃圾", application, StringComparison.Ordinal);
        Assert.Matches("<td>路面整洁、无暴露垃圾</td><td>\\d+</td><td>55</td>", application);
        Assert.Contains("得分 90 / ", application, StringComparison.Ordinal);
        Assert.DoesNotContain("/demo-creation/review?applicationId=", application, StringComparison.Ordinal);
        var titlePage = Regex.Match(application, "/demo-creation/titles/[0-9a-f-]{36}").Value;
        Assert.Contains($"href=\"{titlePage}\"", titles, StringComparison.Ordinal);
        var title = await Read(supervisor, titlePage);
        Assert.Contains("下次复审", title, StringComparison.Ordinal);
        Assert.Contains($"href=\"{applicationPage}\"", title, StringComparison.Ordinal);
        Assert.Contains("/demo-creation/review?titleId=", title, StringComparison.Ordinal);
        Assert.Contains("<td>55</td>", title, StringComparison.Ordinal);
        Assert.DoesNotContain("/withdraw", await Read(officer, titlePage), StringComparison.Ordinal);
        var withdraw = Regex.Match(titles, "/demo-creation/titles/[0-9a-f-]{36}/withdraw").Value;
        Assert.NotEmpty(withdraw);
        Assert.DoesNotContain("/withdraw", await Read(officer, "/demo-creation"), StringComparison.Ordinal);
        await Refused(await Submit(supervisor, withdraw, new() { ["Reason"] = "" }), "Reason");
        Redirected(await Submit(supervisor, withdraw, new() { ["Reason"] = "暗访发现占道经营反弹" }));
        Assert.Contains("已撤销", await Read(supervisor, $"/demo-creation?townshipId={township}"), StringComparison.Ordinal);
        var withdrawn = await Read(supervisor, titlePage);
        Assert.Contains("暗访发现占道经营反弹", withdrawn, StringComparison.Ordinal);
        Assert.DoesNotContain("/demo-creation/review?titleId=", withdrawn, StringComparison.Ordinal);

        var decided = await Read(supervisor, $"/demo-creation/applications?townshipId={township}&state=Granted");
        Assert.Contains("解放路", decided, StringComparison.Ordinal);
        Assert.Contains("已命名", decided, StringComparison.Ordinal);
        Assert.DoesNotContain("解放路", await Read(supervisor, $"/demo-creation/applications?townshipId={township}&state=Submitted"), StringComparison.Ordinal);
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();
}
