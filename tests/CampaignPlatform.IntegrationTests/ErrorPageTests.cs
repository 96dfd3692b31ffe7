using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// A browser that meets a failure is shown an HTML error page inside the layout with the status the API would answer;
/// an API client keeps getting problem details for the very same failures.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ErrorPageTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    private static async Task<string> AssertErrorPage(HttpResponseMessage response, HttpStatusCode status)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {html}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"data-testid=\"error\" data-status=\"{(int)status}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"menu\"", html, StringComparison.Ordinal); // inside the layout, menu and all
        return html;
    }

    [Fact]
    public async Task An_address_nobody_serves_is_an_html_404_for_a_page_and_problem_details_for_the_api()
    {
        using var browser = await _factory.SignedIn("demo-admin");
        using var page = await browser.GetAsync("/no-such-page");
        await AssertErrorPage(page, HttpStatusCode.NotFound);

        using var client = _factory.CreateClientFor("demo-admin");
        await (await client.GetAsync("/api/no-such-endpoint")).AssertProblem(404);
    }

    [Fact]
    public async Task A_page_whose_handler_meets_an_unknown_id_shows_the_404_page_while_the_api_answers_problem_details()
    {
        var unknown = Guid.NewGuid();
        using var browser = await _factory.SignedIn("demo-admin");
        using var page = await browser.GetAsync($"/modules/switch?townshipId={unknown}&moduleId=publicity");
        var html = await AssertErrorPage(page, HttpStatusCode.NotFound);
        Assert.Contains($"Township &#x27;{unknown}&#x27; was not found.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);

        using var api = _factory.CreateClientFor("demo-admin");
        await (await api.GetAsync($"/api/townships/{unknown}/modules")).AssertProblem(404);
    }
}
