using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The disinfection score line reads a summary the hygiene module keeps beside its log (entries per site and city day,
/// and per township, category and day the sites with so many entries): each entry moves it in its own transaction, a
/// retirement takes the days it ends out of it, concurrent entries all count, and data without a summary gets one made
/// from the log at start-up that scores the same.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DisinfectionSummaryTests
{
    [Fact]
    public async Task Each_entry_moves_the_disinfection_line_inside_the_site_s_window_and_a_retirement_takes_its_days_out()
    {
        var clock = TestClocks.NoonTomorrow();
        using var factory = new PlatformFactory(clock);
        using var client = factory.CreateClient();
        var (township, hospital) = await RecordHistory(client, clock);

        // The hospital owes its registration day only (retired the next), and met it; the market owes both days, met the first.
        var line = (await client.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("disinfection");
        Assert.Equal(3m, line.GetProperty("figures").GetProperty("siteDays").GetDecimal());
        Assert.Equal(2m, line.GetProperty("figures").GetProperty("siteDaysMet").GetDecimal());
        Assert.Equal(36.67m, line.GetProperty("pointsEarned").GetDecimal());
        Assert.NotEqual(Guid.Empty, hospital);
    }

    [Fact]
    public async Task Concurrent_entries_for_one_site_and_day_each_count()
    {
        var clock = TestClocks.NoonTomorrow();
        // Six a day: the day is met only if none of six entries racing each other was lost from the summary.
        using var factory = new PlatformFactory(clock, new Dictionary<string, string?> { ["Hygiene:Frequencies:Hospital"] = "6" });
        using var client = factory.CreateClient();
        var township = await DemoCity.TownshipId(client, "白马镇");
        var hospital = await HygieneApi.Site(client, township, "Hospital", "白马医院");
        var morning = clock.GetUtcNow().AddHours(-3);
        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => HygieneApi.Disinfect(client, hospital, morning.AddMinutes(i))));
        foreach (var response in responses)
        {
            using (response)
            {
                Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            }
        }

        var figures = (await client.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("disinfection").GetProperty("figures");
        Assert.Equal(1m, figures.GetProperty("siteDays").GetDecimal());
        Assert.Equal(1m, figures.GetProperty("siteDaysMet").GetDecimal());
    }

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task A_store_with_a_log_but_no_summary_gets_it_from_the_log_at_start_up_and_scores_the_same()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var clock = TestClocks.NoonTomorrow();
            string lineBefore, cityBefore, daysBefore, talliesBefore;
            Guid township;
            using (var before = new PlatformFactory(clock, dataDirectory: data))
            {
                using var client = before.CreateClient();
                (township, _) = await RecordHistory(client, clock);
                lineBefore = (await client.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("disinfection").GetRawText();
                cityBefore = (await client.GetJson("/api/assessment/scorecard")).ScoreLine("disinfection").GetRawText();
            }

            daysBefore = SqliteStore.Rows(data, "SELECT SiteId, Day, TownshipId, Entries FROM hygiene_disinfection_days ORDER BY SiteId, Day");
            talliesBefore = SqliteStore.Rows(data, "SELECT TownshipId, Day, Category, Entries, Sites FROM hygiene_disinfection_day_tallies ORDER BY 1, 2, 3, 4");
            Assert.NotEmpty(talliesBefore);
            SqliteStore.Rows(data, "DELETE FROM hygiene_disinfection_days");
            SqliteStore.Rows(data, "DELETE FROM hygiene_disinfection_day_tallies");
            TestDatabase.ForgetMigration(data, "hygiene", "20261207151902_SummariesFromExistingRows");
            TestDatabase.ForgetPreparation(data); // what data older than the summary looks like

            using var after = new PlatformFactory(clock, dataDirectory: data);
            using var restarted = after.CreateClient();
            Assert.Equal(lineBefore, (await restarted.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("disinfection").GetRawText());
            Assert.Equal(cityBefore, (await restarted.GetJson("/api/assessment/scorecard")).ScoreLine("disinfection").GetRawText());
            // What the entries kept one by one is exactly what the log gives in one grouping.
            Assert.Equal(daysBefore, SqliteStore.Rows(data, "SELECT SiteId, Day, TownshipId, Entries FROM hygiene_disinfection_days ORDER BY SiteId, Day"));
            Assert.Equal(talliesBefore, SqliteStore.Rows(data, "SELECT TownshipId, Day, Category, Entries, Sites FROM hygiene_disinfection_day_tallies ORDER BY 1, 2, 3, 4"));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    /// <summary>
    /// In 桃源镇 (no demo sites), on the clock's day and the next: a hospital (two a day) with an entry the day before
    /// its registration (owes and earns nothing), one entry on its first day (not met), then a second (met), two on the
    /// next day (met) and a retirement from that day (it no longer counts); a market (once a day) with one entry on the
    /// first day.
    /// </summary>
    private static async Task<(Guid Township, Guid Hospital)> RecordHistory(HttpClient client, FakeTimeProvider clock)
    {
        var township = await DemoCity.TownshipId(client, "桃源镇");
        var hospital = await HygieneApi.Site(client, township, "Hospital", "桃源医院");
        var market = await HygieneApi.Site(client, township, "Market", "桃源集市");
        await HygieneApi.Logged(client, hospital, clock.GetUtcNow().AddDays(-1));
        await HygieneApi.Logged(client, hospital, clock.GetUtcNow().AddHours(-2));
        Assert.Equal(0m, await Met(client, township));
        await HygieneApi.Logged(client, hospital, clock.GetUtcNow().AddHours(-1));
        await HygieneApi.Logged(client, market, clock.GetUtcNow().AddHours(-1));
        Assert.Equal(2m, await Met(client, township));

        clock.Advance(TimeSpan.FromDays(1));
        await HygieneApi.Logged(client, hospital, clock.GetUtcNow().AddHours(-2));
        Assert.Equal(2m, await Met(client, township));
        await HygieneApi.Logged(client, hospital, clock.GetUtcNow().AddHours(-1));
        Assert.Equal(3m, await Met(client, township));

        var version = (await client.GetJson($"/api/hygiene/sites/{hospital}")).GetProperty("version").GetInt32();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().AddHours(8).DateTime);
        (await client.PostJson($"/api/hygiene/sites/{hospital}/retire", new { retiredOn = today, reason = "并入县医院", version })).EnsureSuccessStatusCode().Dispose();
        Assert.Equal(2m, await Met(client, township));
        return (township, hospital);
    }

    private static async Task<decimal> Met(HttpClient client, Guid township) =>
        (await client.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("disinfection")
            .GetProperty("figures").GetProperty("siteDaysMet").GetDecimal();
}
