using System.Net;
using System.Text.Json;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The rectification board and item page over HTTP: the same requests as the API, so the same roles, scope, validation
/// and conflicts — shown beside the fields or on top, with the API's status codes.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class RectificationPagesTests : IDisposable
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _admin;

    public RectificationPagesTests() => _admin = _factory.CreateClient();

    public void Dispose() => _factory.Dispose();

    private async Task<JsonElement> FileItem(string township, string description = "农贸市场周边垃圾未清运", int deadlineDays = 5)
    {
        using var filed = await _admin.PostJson("/api/rectification/items", new
        {
            townshipId = await DemoCity.TownshipId(_admin, township), source = "Supervision", category = "环境卫生", description, severity = "Normal", deadlineDays,
        });
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        return await filed.ReadJson();
    }

    private static async Task<HttpResponseMessage> Step(HttpClient browser, long id, string step, Dictionary<string, string>? fields = null)
    {
        var form = await browser.ReadForm($"/rectification/items/{id}", $"data-step=\"{step}\"");
        return await browser.PostAsync($"/rectification/items/{id}?handler={step}", form.With(fields ?? []));
    }

    [Fact]
    public async Task The_board_groups_the_persons_items_by_state_and_filters_them()
    {
        var mine = await FileItem("柳河镇");
        var other = await FileItem("城关街道", "街道垃圾桶破损");
        using var officer = await _factory.SignedIn("demo-township");

        var board = await officer.ReadPage("/rectification");
        var open = board[board.IndexOf("data-status=\"Open\"", StringComparison.Ordinal)..board.IndexOf("data-status=\"Claimed\"", StringComparison.Ordinal)];
        Assert.Contains(mine.GetProperty("number").GetString()!, open, StringComparison.Ordinal);
        Assert.DoesNotContain(other.GetProperty("number").GetString()!, board, StringComparison.Ordinal);
        Assert.DoesNotContain(mine.GetProperty("number").GetString()!, await officer.ReadPage("/rectification?overdue=true"), StringComparison.Ordinal);

        // Another township's item is not theirs to see: 404, as an HTML page.
        using var foreign = await officer.GetAsync($"/rectification/items/{other.GetProperty("id").GetInt64()}");
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Contains("data-testid=\"error\" data-status=\"404\"", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var city = await (await _factory.SignedIn("demo-supervisor")).ReadPage($"/rectification?townshipId={other.GetProperty("townshipId").GetGuid()}");
        Assert.Contains(other.GetProperty("number").GetString()!, city, StringComparison.Ordinal);
        Assert.DoesNotContain(mine.GetProperty("number").GetString()!, city, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_goes_through_claim_submit_and_close_with_field_errors_and_conflicts_shown_like_the_api()
    {
        var item = await FileItem("柳河镇");
        var id = item.GetProperty("id").GetInt64();
        using var officer = await _factory.SignedIn("demo-township");
        using var supervisor = await _factory.SignedIn("demo-supervisor");

        var page = await officer.ReadPage($"/rectification/items/{id}");
        Assert.Contains("data-step=\"claim\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-step=\"close\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-step", await supervisor.ReadPage($"/rectification/items/{id}"), StringComparison.Ordinal);

        using var claimed = await Step(officer, id, "claim", new() { ["Note"] = "<b>马上整改</b>" });
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        var after = await officer.ReadPage(claimed.Headers.Location!.OriginalString);
        Assert.Contains("已认领。", after, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;马上整改&lt;/b&gt;", after, StringComparison.Ordinal);

        // Validation beside the field, 400, nothing written.
        using var empty = await Step(officer, id, "submit", new() { ["FixDescription"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Matches("<span class=\"field-error field-validation-error\" data-valmsg-for=\"FixDescription\"[^>]*>[^<]+</span>", await empty.Content.ReadAsStringAsync());
        Assert.Equal("Claimed", (await _admin.GetJson($"/api/rectification/items/{id}")).GetProperty("item").GetProperty("status").GetString());

        var stale = await officer.ReadForm($"/rectification/items/{id}", "data-step=\"submit\"");
        using var submitted = await Step(officer, id, "submit", new() { ["FixDescription"] = "垃圾已清运", ["EvidenceNote"] = "照片3张" });
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        // A page shown before someone else acted: 409 on top with the current state.
        using var conflict = await officer.PostAsync($"/rectification/items/{id}?handler=submit", stale.With(new() { ["FixDescription"] = "再次提交" }));
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("当前状态：待核验", await conflict.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Contains("data-step=\"return\"", await supervisor.ReadPage($"/rectification/items/{id}"), StringComparison.Ordinal);
        using var closed = await Step(supervisor, id, "close", new() { ["Note"] = "现场核验通过" });
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var detail = await _admin.GetJson($"/api/rectification/items/{id}");
        Assert.Equal("Closed", detail.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal(["open", "claim", "submit", "close"], detail.GetProperty("history").Items().Select(e => e.GetProperty("action").GetString()));
        Assert.Contains("核验销号", await supervisor.ReadPage($"/rectification/items/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_is_an_html_404_and_the_ledger_button_downloads_with_the_cookie()
    {
        using var officer = await _factory.SignedIn("demo-township");
        using var unknown = await officer.GetAsync("/rectification/items/999999");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("text/html", unknown.Content.Headers.ContentType?.MediaType);

        await FileItem("柳河镇");
        var board = await officer.ReadPage("/rectification");
        Assert.Contains("href=\"/api/rectification/ledgers/items?format=xlsx\"", board, StringComparison.Ordinal);
        using var ledger = await officer.GetAsync("/api/rectification/ledgers/items?format=csv");
        Assert.Equal(HttpStatusCode.OK, ledger.StatusCode);
        Assert.Contains("农贸市场周边垃圾未清运", await ledger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
