using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>A page's form: its HTML and the fields a browser would send (hidden ones, the anti-forgery token among them).</summary>
public sealed record PageForm(string Html, Dictionary<string, string> Fields)
{
    public FormUrlEncodedContent With(Dictionary<string, string> changes) =>
        new(Fields.Concat(changes).GroupBy(f => f.Key).Select(g => g.Last()));
}

/// <summary>The web UI over HTTP, as a browser without JavaScript would use it.</summary>
public static partial class PageBrowser
{
    /// <summary>A browser that keeps cookies, asks for HTML and shows redirects instead of following them.</summary>
    public static HttpClient CreatePageBrowser(this PlatformFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    /// <summary>A page browser signed in with the cookie of this account.</summary>
    public static async Task<HttpClient> SignedInPageBrowser(this PlatformFactory factory, string userName, string password = PlatformFactory.DemoPassword)
    {
        var browser = factory.CreatePageBrowser();
        using var response = await browser.PostJson("/api/auth/sign-in", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {userName}: {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>GETs a page that must answer 200 and returns its HTML.</summary>
    public static async Task<string> Html(this HttpClient browser, string address)
    {
        using var response = await browser.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {address} → {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>The fields of the first form that starts with <paramref name="marker"/> (by default a form posting to the page itself).</summary>
    public static async Task<PageForm> ReadForm(this HttpClient browser, string address, string marker = "<form method=\"post\">")
    {
        var html = await browser.Html(address);
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {marker} on {address}");
        var form = html[start..];
        form = form[..(form.IndexOf("</form>", StringComparison.Ordinal) + 7)];
        var fields = HiddenInput().Matches(form).Select(m => m.Value).ToDictionary(
            input => Attribute("name").Match(input).Groups[1].Value,
            input => WebUtility.HtmlDecode(Attribute("value").Match(input).Groups[1].Value));
        return new PageForm(html, fields);
    }

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();

    private static Regex Attribute(string name) => new($"\\b{name}=\"([^\"]*)\"");
}
