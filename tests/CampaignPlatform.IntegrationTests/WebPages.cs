using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The page's form fields (hidden ones included, the anti-forgery token among them) as a browser would send them.</summary>
public sealed record PageForm(string Html, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>The form as sent with these fields filled in (a field given here replaces every hidden one of its name).</summary>
    public FormUrlEncodedContent With(Dictionary<string, string> changes) =>
        new(Fields.Where(f => !changes.ContainsKey(f.Key)).Concat(changes));
}

/// <summary>The web UI as a browser without JavaScript uses it: cookies, HTML, redirects shown rather than followed.</summary>
public static partial class WebPages
{
    /// <summary>A browser that keeps cookies, asks for HTML and shows redirects instead of following them.</summary>
    public static HttpClient Browser(this PlatformFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return client;
    }

    public static async Task<HttpClient> SignedIn(this PlatformFactory factory, string userName, string password = PlatformFactory.DemoPassword)
    {
        var browser = factory.Browser();
        using var response = await browser.PostJson("/api/auth/sign-in", new { userName, password });
        Assert.True(response.IsSuccessStatusCode, $"sign-in as {userName}: {(int)response.StatusCode}");
        return browser;
    }

    /// <summary>The page's HTML, asserting the status it answered with.</summary>
    public static async Task<string> ReadPage(this HttpClient browser, string address, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await browser.GetAsync(address);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {address} → {(int)response.StatusCode}, expected {(int)expected}: {html}");
        return html;
    }

    /// <summary>
    /// The first post form in the page's main part (the layout's language and sign-out forms left aside) whose opening
    /// tag contains <paramref name="tagContains"/>, with its hidden fields.
    /// </summary>
    public static async Task<PageForm> ReadForm(this HttpClient browser, string address, string tagContains = "")
    {
        var html = await browser.ReadPage(address);
        return FormIn(html, html[html.IndexOf("<main>", StringComparison.Ordinal)..], tagContains);
    }

    /// <summary>A post form of the layout (the language switch, sign-out): a page's anti-forgery token for a hand-made post.</summary>
    public static async Task<PageForm> ReadLayoutForm(this HttpClient browser, string address, string tagContains)
    {
        var html = await browser.ReadPage(address);
        return FormIn(html, html, tagContains);
    }

    private static PageForm FormIn(string html, string part, string tagContains)
    {
        var tag = FormTag().Matches(part).First(m => m.Value.Contains(tagContains, StringComparison.Ordinal));
        var form = part[tag.Index..];
        form = form[..(form.IndexOf("</form>", StringComparison.Ordinal) + 7)];
        var fields = HiddenInput().Matches(form).Select(m => m.Value).Select(input => KeyValuePair.Create(
            Attribute("name").Match(input).Groups[1].Value,
            WebUtility.HtmlDecode(Attribute("value").Match(input).Groups[1].Value))).ToList();
        return new PageForm(html, fields);
    }

    /// <summary>The form as a multipart body (a form with a file input), with the files given.</summary>
    public static MultipartFormDataContent Multipart(this PageForm form, Dictionary<string, string> changes, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in form.Fields.Where(f => !changes.ContainsKey(f.Key)).Concat(changes))
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, name, fileName);
        }

        return content;
    }

    /// <summary>The message shown beside a field after a refused form.</summary>
    public static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<span class=\"field-error field-validation-error\" data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)</span>");
        Assert.True(match.Success, $"No error beside '{field}'.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("<form method=\"post\"[^>]*>")]
    private static partial Regex FormTag();

    [GeneratedRegex("<input[^>]*type=\"hidden\"[^>]*>")]
    private static partial Regex HiddenInput();

    private static Regex Attribute(string name) => new($"\\b{name}=\"([^\"]*)\"");
}
