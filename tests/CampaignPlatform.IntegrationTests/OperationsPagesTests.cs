using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>The organisation tree and the recurring-checks pages over HTTP: who sees what, and run-now for administrators only.</summary>
[Collection(HostCollection.Name)]
public sealed class OperationsPagesTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_organisation_tree_shows_the_city_to_city_roles_and_their_own_township_to_a_township_officer()
    {
        using var admin = await _factory.SignedIn("demo-admin");
        var city = await admin.ReadPage("/organisation");
        Assert.Equal(22, city.Split("data-township=").Length - 1);
        Assert.Contains("城关街道", city, StringComparison.Ordinal);

        using var officer = await _factory.SignedIn("demo-township");
        var own = await officer.ReadPage("/organisation");
        Assert.Equal(1, own.Split("data-township=").Length - 1);
        Assert.Contains("<details class=\"card\" open=\"open\"", own, StringComparison.Ordinal);
        Assert.Contains("柳河镇", own, StringComparison.Ordinal);
        Assert.Contains("个网格", own, StringComparison.Ordinal);
        Assert.Contains("href=\"/organisation\"", own, StringComparison.Ordinal); // in the menu of every signed-in person
    }

    [Fact]
    public async Task An_administrator_runs_a_check_now_and_sees_its_run()
    {
        using var admin = await _factory.SignedIn("demo-admin");
        var form = await admin.ReadForm("/checks", "data-run=\"rectification.overdue-sweep\"");
        using var queued = await admin.PostAsync("/checks?handler=run", form.With([]));
        Assert.Equal(HttpStatusCode.Redirect, queued.StatusCode);
        var runs = queued.Headers.Location!.OriginalString;
        Assert.StartsWith("/checks/runs?checkId=rectification.overdue-sweep&queued=", runs, StringComparison.Ordinal);

        var page = await Http.Eventually(() => admin.ReadPage(runs), html => html.Contains("outcome-Succeeded", StringComparison.Ordinal), what: "the run succeeds");
        Assert.Contains("data-testid=\"queued\"", page, StringComparison.Ordinal);
        Assert.Contains("手动 · demo-admin", page, StringComparison.Ordinal);
        Assert.Contains("outcome-Succeeded", await admin.ReadPage("/checks"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supervisor_sees_the_checks_without_run_now_and_is_refused_it_like_the_api()
    {
        using var supervisor = await _factory.SignedIn("demo-supervisor");
        var list = await supervisor.ReadPage("/checks");
        Assert.Contains("rectification.overdue-sweep", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-run=", list, StringComparison.Ordinal);

        // A forged form (the anti-forgery token taken from the page's language switch) is refused with the API's 403.
        var token = await supervisor.ReadLayoutForm("/checks", "action=\"/language\"");
        using var refused = await supervisor.PostAsync("/checks?handler=run",
            token.With(new() { ["checkId"] = "rectification.overdue-sweep" }));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("notice refusal", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var unknown = await supervisor.GetAsync("/checks/runs?checkId=no.such-check");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        using var grid = await _factory.SignedIn("demo-grid");
        using var denied = await grid.GetAsync("/checks");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/denied", denied.Headers.Location!.AbsolutePath);
    }
}
