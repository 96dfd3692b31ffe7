using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The handwashing line reads each site's latest facility check from a table the hygiene module keeps beside the
/// checks: a check replaces the site's latest only when it is later, concurrent checks of one site leave the latest of
/// them, and data without the table gets it made from the checks at start-up that scores the same.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class HygieneLatestCheckTests
{
    [Fact]
    public async Task A_later_check_moves_the_handwashing_line_and_an_earlier_one_does_not()
    {
        var clock = TestClocks.NoonTomorrow();
        using var factory = new PlatformFactory(clock);
        using var client = factory.CreateClient();
        var township = await RecordHistory(client, clock);
        Assert.Equal((1m, 0m, 1m), await Handwashing(client, township));
    }

    [Fact]
    public async Task Concurrent_checks_of_one_site_leave_the_latest_of_them()
    {
        var clock = TestClocks.NoonTomorrow();
        using var factory = new PlatformFactory(clock);
        using var client = factory.CreateClient();
        var township = await DemoCity.TownshipId(client, "桃源镇");
        var market = await Site(client, township);
        var registered = Today(clock);
        clock.Advance(TimeSpan.FromDays(6));
        // Six checks at once, dated one to six days after the registration; only the last, dated today, finds no soap.
        var responses = await Task.WhenAll(Enumerable.Range(1, 6).Select(day => Check(client, market, registered.AddDays(day), soap: day < 6)));
        foreach (var response in responses)
        {
            using (response)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            }
        }

        Assert.Equal((1m, 0m, 1m), await Handwashing(client, township));
    }

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task A_store_with_checks_but_no_latest_ones_gets_them_at_start_up_and_scores_the_same()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var clock = TestClocks.NoonTomorrow();
            const string latest = "SELECT SiteId, CheckId, CheckedOn FROM hygiene_latest_facility_checks ORDER BY SiteId";
            string lineBefore, cityBefore, rankingsBefore, latestBefore;
            Guid township;
            using (var before = new PlatformFactory(clock, dataDirectory: data))
            {
                using var client = before.CreateClient();
                township = await RecordHistory(client, clock);
                lineBefore = (await client.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("handwashing").GetRawText();
                cityBefore = (await client.GetJson("/api/assessment/scorecard")).ScoreLine("handwashing").GetRawText();
                rankingsBefore = (await client.GetJson("/api/assessment/rankings")).GetRawText();
            }

            latestBefore = SqliteStore.Rows(data, latest);
            Assert.NotEmpty(latestBefore);
            SqliteStore.Rows(data, "DELETE FROM hygiene_latest_facility_checks");
            TestDatabase.ForgetMigration(data, "hygiene", "20261207151902_SummariesFromExistingRows");
            TestDatabase.ForgetPreparation(data); // what data older than the summary looks like

            using var after = new PlatformFactory(clock, dataDirectory: data);
            using var restarted = after.CreateClient();
            Assert.Equal(lineBefore, (await restarted.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("handwashing").GetRawText());
            Assert.Equal(cityBefore, (await restarted.GetJson("/api/assessment/scorecard")).ScoreLine("handwashing").GetRawText());
            Assert.Equal(rankingsBefore, (await restarted.GetJson("/api/assessment/rankings")).GetRawText());
            // What the checks kept one by one is exactly what the checks give in one ranking.
            Assert.Equal(latestBefore, SqliteStore.Rows(data, latest));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    /// <summary>
    /// In 桃源镇 (no demo sites), a market registered on the clock's day, then three days on: a check dated the second
    /// day that finds all working (the line counts it), one dated the first day that finds none (earlier: no change),
    /// and one dated today that finds no soap (later: the site is no longer adequate).
    /// </summary>
    internal static async Task<Guid> RecordHistory(HttpClient client, FakeTimeProvider clock)
    {
        var township = await DemoCity.TownshipId(client, "桃源镇");
        var market = await Site(client, township);
        var registered = Today(clock);
        clock.Advance(TimeSpan.FromDays(3));
        await Created(Check(client, market, registered.AddDays(2), soap: true));
        Assert.Equal((1m, 1m, 1m), await Handwashing(client, township));
        await Created(Check(client, market, registered.AddDays(1), soap: true, working: 0));
        Assert.Equal((1m, 1m, 1m), await Handwashing(client, township));
        await Created(Check(client, market, registered.AddDays(3), soap: false));
        return township;
    }

    private static DateOnly Today(FakeTimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).DateTime);

    /// <summary>The township's handwashing line as (sites, adequate, checked).</summary>
    private static async Task<(decimal Sites, decimal Adequate, decimal Checked)> Handwashing(HttpClient client, Guid township)
    {
        var figures = (await client.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("handwashing").GetProperty("figures");
        return (figures.GetProperty("sites").GetDecimal(), figures.GetProperty("sitesAdequate").GetDecimal(), figures.GetProperty("sitesChecked").GetDecimal());
    }

    private static async Task<Guid> Site(HttpClient client, Guid township)
    {
        using var response = await client.PostJson("/api/hygiene/sites", new { townshipId = township, category = "Market", name = "桃源集市", address = "解放路1号" });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> Check(HttpClient client, Guid site, DateOnly on, bool soap, int working = 2) =>
        client.PostJson($"/api/hygiene/sites/{site}/facility-checks", new { checkedOn = on, checker = "王五", total = 2, working, soapPresent = soap });

    private static async Task Created(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
    }
}
