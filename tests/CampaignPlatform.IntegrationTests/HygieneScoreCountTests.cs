using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The hygiene lines count their sites in the database, grouped per township: every kind of site must land in the right
/// figure — adequate or not by each half of the rule, unchecked, retired in the period, in a township with the module
/// off, checked again after a past period — on a township's card, in the rankings and on the city's card alike.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HygieneScoreCountTests
{
    [Fact]
    public async Task Each_kind_of_site_lands_in_its_own_figure_on_every_card()
    {
        var clock = TestClocks.NoonTomorrow();
        using var factory = new PlatformFactory(clock);
        using var client = factory.CreateClient();
        var township = await DemoCity.TownshipId(client, "桃源镇");
        var off = await DemoCity.TownshipId(client, "青石镇");
        var cityBefore = await Figures(client, "/api/assessment/scorecard");
        var registered = Today(clock);

        var adequate = await HygieneApi.Site(client, township, "Market", "桃源集市");
        var noneWorking = await HygieneApi.Site(client, township, "Hospital", "桃源医院");
        var noSoap = await HygieneApi.Site(client, township, "School", "桃源中学");
        await HygieneApi.Site(client, township, "Restaurant", "桃源饭店"); // never checked
        var retired = await HygieneApi.Site(client, township, "Market", "桃源旧集市");
        var elsewhere = await HygieneApi.Site(client, off, "Market", "青石集市");
        await Checked(client, adequate, registered, working: 1, soap: true);
        await Checked(client, noneWorking, registered, working: 0, soap: true);
        await Checked(client, noSoap, registered, working: 2, soap: false);
        await Checked(client, retired, registered, working: 2, soap: true);
        await Checked(client, elsewhere, registered, working: 2, soap: true);
        (await client.PutJson($"/api/townships/{off}/modules/hygiene", new { enabled = false })).Dispose();
        clock.Advance(TimeSpan.FromDays(3));
        var today = Today(clock);
        // Retired two days after it was registered: it counted its first two days, and is no longer open today.
        var version = (await client.GetJson($"/api/hygiene/sites/{retired}")).GetProperty("version").GetInt32();
        (await client.PostJson($"/api/hygiene/sites/{retired}/retire", new { retiredOn = registered.AddDays(2), reason = "搬迁", version }))
            .EnsureSuccessStatusCode().Dispose();

        // The period starts on 1 January: a site registered before it counts from then.
        var first = new DateOnly(today.Year, 1, 1) > registered ? new DateOnly(today.Year, 1, 1) : registered;
        var days = today.DayNumber - first.DayNumber + 1;
        var retiredDays = Math.Max(0, registered.AddDays(1).DayNumber - first.DayNumber + 1);
        var expected = new Counts(4, 1, 3, 5, 4 * days + retiredDays);
        Assert.Equal(expected, await Figures(client, $"/api/assessment/townships/{township}/scorecard"));

        // The rankings score every township in one pass: the same figures must come out for this one.
        var rankings = await client.GetJson("/api/assessment/rankings?top=50");
        var entry = rankings.GetProperty("redList").Items().Concat(rankings.GetProperty("blackList").Items())
            .First(e => e.GetProperty("townshipId").GetGuid() == township);
        var card = await client.GetJson($"/api/assessment/townships/{township}/scorecard");
        Assert.Equal(card.GetProperty("pointsEarned").GetDecimal(), entry.GetProperty("pointsEarned").GetDecimal());

        // The city counts the townships where the module is on: this township's sites, none of the one switched off.
        var city = await Figures(client, "/api/assessment/scorecard");
        Assert.Equal(cityBefore.Open + 4, city.Open);
        Assert.Equal(cityBefore.Adequate + 1, city.Adequate);
        Assert.Equal(cityBefore.Checked + 3, city.Checked);
        Assert.Equal(cityBefore.Sites + 5, city.Sites);
        Assert.Equal(cityBefore.SiteDays + expected.SiteDays, city.SiteDays);
    }

    [Fact]
    public async Task A_past_year_counts_each_site_by_its_latest_check_of_that_year()
    {
        // Registered and checked on 30 December of last year; checked again on 2 January, finding no soap.
        var now = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(new DateTimeOffset(now.Year - 1, 12, 30, 4, 0, 0, TimeSpan.Zero));
        using var factory = new PlatformFactory(clock);
        using var client = factory.CreateClient();
        var township = await DemoCity.TownshipId(client, "桃源镇");
        var market = await HygieneApi.Site(client, township, "Market", "桃源集市");
        var school = await HygieneApi.Site(client, township, "School", "桃源中学");
        await Checked(client, market, Today(clock), working: 1, soap: true);
        await Checked(client, school, Today(clock), working: 0, soap: true);
        clock.Advance(TimeSpan.FromDays(3));
        await Checked(client, market, Today(clock), working: 1, soap: false);
        await Checked(client, school, Today(clock), working: 1, soap: true);

        // Last year: both checked by 31 December, the market adequate then and the school not; two days each.
        var lastYear = await Figures(client, $"/api/assessment/townships/{township}/scorecard?year={now.Year - 1}");
        Assert.Equal(new Counts(2, 1, 2, 2, 4), lastYear);
        Assert.Equal(lastYear, await Figures(client, $"/api/assessment/scorecard?year={now.Year - 1}")); // the demo city has no sites
        // This year: the latest checks turned it round.
        var thisYear = await Figures(client, $"/api/assessment/townships/{township}/scorecard");
        Assert.Equal((2m, 1m, 2m), (thisYear.Open, thisYear.Adequate, thisYear.Checked));
    }

    /// <summary>The handwashing line's open, adequate and checked sites and the disinfection line's sites and site-days.</summary>
    private sealed record Counts(decimal Open, decimal Adequate, decimal Checked, decimal Sites, decimal SiteDays);

    private static async Task<Counts> Figures(HttpClient client, string url)
    {
        var card = await client.GetJson(url);
        var handwashing = card.ScoreLine("handwashing").GetProperty("figures");
        var disinfection = card.ScoreLine("disinfection").GetProperty("figures");
        decimal Of(JsonElement figures, string name) => figures.TryGetProperty(name, out var value) ? value.GetDecimal() : 0m;
        return new Counts(
            Of(handwashing, "sites"), Of(handwashing, "sitesAdequate"), Of(handwashing, "sitesChecked"),
            Of(disinfection, "sites"), Of(disinfection, "siteDays"));
    }

    private static DateOnly Today(FakeTimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).DateTime);

    private static async Task Checked(HttpClient client, Guid site, DateOnly on, int working, bool soap)
    {
        using var response = await client.PostJson(
            $"/api/hygiene/sites/{site}/facility-checks", new { checkedOn = on, checker = "王五", total = 2, working, soapPresent = soap });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
