namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The dashboard's weekly disinfection compliance counts a township officer's days met from the township tallies and a
/// grid worker's, whose villages the tallies cannot single out, from their sites' own day counts: both give the same
/// site-days as the score line would — inside each site's window, met when the category's frequency is reached.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DisinfectionComplianceTests
{
    [Fact]
    public async Task A_township_officer_and_a_grid_worker_see_the_site_days_of_their_own_sites_owed_and_met()
    {
        var clock = TestClocks.NoonTomorrow();
        using var factory = new PlatformFactory(clock);
        using var admin = factory.CreateClientFor("demo-admin");
        using var officer = factory.CreateClientFor("demo-township");
        using var grid = factory.CreateClientFor("demo-grid");
        var township = await DemoCity.TownshipId(admin, "柳河镇");
        var village = await GridVillage(admin, grid, township);
        Assert.Equal((0, 0), await Compliance(officer)); // the demo city has no sites in 柳河镇

        // A hospital (twice a day) in the grid's village, a market (once a day) of the township with no village.
        var hospital = await HygieneApi.Site(admin, township, "Hospital", "柳河卫生院", village);
        var market = await HygieneApi.Site(admin, township, "Market", "柳河农贸市场");
        // Two the day before its registration: that day owes and earns nothing, though the entries reach the frequency.
        await HygieneApi.Logged(admin, hospital, clock.GetUtcNow().AddDays(-1).AddHours(-1));
        await HygieneApi.Logged(admin, hospital, clock.GetUtcNow().AddDays(-1));
        await HygieneApi.Logged(admin, hospital, clock.GetUtcNow().AddHours(-2)); // one of two: not met
        await HygieneApi.Logged(admin, market, clock.GetUtcNow().AddHours(-1)); // met
        clock.Advance(TimeSpan.FromDays(1));
        await HygieneApi.Logged(admin, hospital, clock.GetUtcNow().AddHours(-2));
        await HygieneApi.Logged(admin, hospital, clock.GetUtcNow().AddHours(-1)); // met; the market logs nothing today

        Assert.Equal((4, 2), await Compliance(officer));
        Assert.Equal((2, 1), await Compliance(grid));

        // Retired from today, the market owes only yesterday, which it met.
        var version = (await admin.GetJson($"/api/hygiene/sites/{market}")).GetProperty("version").GetInt32();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).DateTime);
        (await admin.PostJson($"/api/hygiene/sites/{market}/retire", new { retiredOn = today, reason = "市场搬迁", version })).EnsureSuccessStatusCode().Dispose();
        Assert.Equal((3, 2), await Compliance(officer));
        Assert.Equal((2, 1), await Compliance(grid));
    }

    /// <summary>Site-days owed and met over the last two weeks (yesterday may fall in the week before today's).</summary>
    private static async Task<(int Days, int Met)> Compliance(HttpClient client)
    {
        var weeks = (await client.GetJson("/api/hygiene/disinfection-compliance?weeks=2")).Items().ToList();
        return (weeks.Sum(w => w.GetProperty("siteDays").GetInt32()), weeks.Sum(w => w.GetProperty("siteDaysMet").GetInt32()));
    }

    private static async Task<Guid> GridVillage(HttpClient admin, HttpClient grid, Guid township)
    {
        var gridId = (await grid.GetJson("/api/auth/me")).GetProperty("gridIds")[0].GetGuid();
        foreach (var village in (await admin.GetJson($"/api/org/townships/{township}/villages")).Items().Select(v => v.GetProperty("id").GetGuid()))
        {
            if ((await admin.GetJson($"/api/org/villages/{village}/grids")).Items().Any(g => g.GetProperty("id").GetGuid() == gridId))
            {
                return village;
            }
        }

        throw new InvalidOperationException("The demo grid lies in no village of its township.");
    }
}
