using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using static CampaignPlatform.IntegrationTests.EnforcementApi;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The on-time line (按期办结) reads tallies the enforcement module keeps beside its cases (per city day of the handling
/// deadline, township and outcome, the citizen cases): every case change through the API moves them in its own
/// transaction, day and month alike, concurrent changes all count, today's cases due so far come from the cases
/// themselves, and data without tallies gets them made from the cases at start-up that score the same.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EnforcementDueTallyTests
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Enforcement:Intake:PermitsPerMinute"] = "1000" };

    [Fact]
    public async Task Each_step_of_a_citizen_case_moves_the_line_today_and_after_the_day_is_over()
    {
        using var city = await Officers.StartAsync();
        var (clock, client, verifier, township, unit) = (city.Clock, city.Client, city.Verifier, city.Township, city.Unit);
        var fast = await DispatchedCitizenCase(client, township, unit, "第一件");
        var slow = await DispatchedCitizenCase(client, township, unit, "第二件");
        Assert.Null(await Figures(client, township)); // both due later today: nothing due yet

        await Close(client, verifier, fast);
        clock.Advance(TimeSpan.FromHours(7)); // 17:00, past both deadlines: today's cases counted from the cases
        Assert.Equal((2m, 1m, 1m), await Figures(client, township));
        await Close(client, verifier, slow);
        Assert.Equal((2m, 2m, 1m), await Figures(client, township));

        clock.Advance(TimeSpan.FromDays(1)); // Monday is a whole day past: counted from the tallies alone
        Assert.Equal((2m, 2m, 1m), await Figures(client, township));
        var another = await DispatchedCitizenCase(client, township, unit, "第三件");
        clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal((3m, 2m, 1m), await Figures(client, township)); // still open past its deadline: due, not on time
        await Close(client, verifier, another);
        Assert.Equal((3m, 3m, 1m), await Figures(client, township));
        var cityLine = (await client.GetJson("/api/assessment/scorecard?year=2026")).ScoreLine("complaints-on-time").GetProperty("figures");
        Assert.True(cityLine.GetProperty("casesDue").GetDecimal() >= 3m, cityLine.ToString());
    }

    [Fact]
    public async Task Concurrent_steps_of_cases_due_the_same_day_in_one_township_each_count()
    {
        using var city = await Officers.StartAsync();
        var (clock, client, verifier, township, unit) = (city.Clock, city.Client, city.Verifier, city.Township, city.Unit);
        var cases = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            cases.Add(await RegisteredCitizenCase(client, township, $"第{i + 1}件"));
        }

        // Six dispatches at once all add to one tally (day, township, open), then six closes all move from it.
        await Task.WhenAll(cases.Select(id => Step(client, id, "dispatch", new { level = "Township", unitId = unit })));
        await Task.WhenAll(cases.Select(id => Step(client, id, "handle", new { handler = "张队员", note = "已清运" })));
        await Task.WhenAll(cases.Select(id => Step(verifier, id, "verify", new { passed = true })));
        await Task.WhenAll(cases.Select(id => Step(client, id, "close", new { })));
        clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal((6m, 6m, 6m), await Figures(client, township));
    }

    [Fact]
    public async Task A_whole_month_past_is_read_from_its_month_tally_which_every_step_moves()
    {
        using var city = await Officers.StartAsync();
        var late = await DispatchedCitizenCase(city.Client, city.Township, city.Unit, "第一件");

        city.Clock.Advance(TimeSpan.FromDays(32)); // 10 April: March is a whole month past, read from its month tally alone
        Assert.Equal((1m, 0m, 0m), await Figures(city.Client, city.Township));
        await Close(city.Client, city.Verifier, late); // closed in April: moves March's month tally from open to closed late
        Assert.Equal((1m, 1m, 0m), await Figures(city.Client, city.Township));
    }

    [Fact]
    [Trait("Database", "Sqlite")]
    public async Task A_store_with_cases_but_no_tallies_gets_them_from_the_cases_at_start_up_and_scores_the_same()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            string townshipBefore, cityBefore, rankingsBefore, talliesBefore, monthsBefore;
            const string tallies = "SELECT Day, TownshipId, Outcome, Cases FROM enforcement_case_due_tallies WHERE Cases <> 0 ORDER BY 1, 2, 3";
            const string months = "SELECT Month, TownshipId, Outcome, Cases FROM enforcement_case_due_month_tallies WHERE Cases <> 0 ORDER BY 1, 2, 3";
            Guid township;
            FakeTimeProvider clock;
            using (var before = await Officers.StartAsync(data))
            {
                var (client, verifier, unit) = (before.Client, before.Verifier, before.Unit);
                (clock, township) = (before.Clock, before.Township);
                await Close(client, verifier, await DispatchedCitizenCase(client, township, unit, "第一件"));
                var late = await DispatchedCitizenCase(client, township, unit, "第二件");
                await DispatchedCitizenCase(client, township, unit, "第三件");
                clock.Advance(TimeSpan.FromDays(1));
                await Close(client, verifier, late);
                clock.Advance(TimeSpan.FromDays(31)); // April: March read from its month tally
                townshipBefore = Line(await client.GetJson($"/api/assessment/townships/{township}/scorecard?year=2026"));
                cityBefore = Line(await client.GetJson("/api/assessment/scorecard?year=2026"));
                rankingsBefore = (await client.GetJson("/api/assessment/rankings?year=2026")).GetRawText();
            }

            talliesBefore = SqliteStore.Rows(data, tallies);
            monthsBefore = SqliteStore.Rows(data, months);
            Assert.NotEmpty(talliesBefore);
            Assert.NotEmpty(monthsBefore);
            SqliteStore.Rows(data, "DELETE FROM enforcement_case_due_tallies");
            SqliteStore.Rows(data, "DELETE FROM enforcement_case_due_month_tallies");
            TestDatabase.ForgetMigration(data, "enforcement", "20261207151802_CaseDueTalliesFromCases");
            TestDatabase.ForgetPreparation(data); // what data older than the tallies looks like

            using var after = new PlatformFactory(clock, Settings, dataDirectory: data);
            using var restarted = after.CreateClient();
            Assert.Equal(townshipBefore, Line(await restarted.GetJson($"/api/assessment/townships/{township}/scorecard?year=2026")));
            Assert.Equal(cityBefore, Line(await restarted.GetJson("/api/assessment/scorecard?year=2026")));
            Assert.Equal(rankingsBefore, (await restarted.GetJson("/api/assessment/rankings?year=2026")).GetRawText());
            // What the saves kept one by one is exactly what the cases give in one grouping.
            Assert.Equal(talliesBefore, SqliteStore.Rows(data, tallies));
            Assert.Equal(monthsBefore, SqliteStore.Rows(data, months));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    private static string Line(JsonElement card) => card.ScoreLine("complaints-on-time").GetRawText();

    /// <summary>The township's on-time line as (due, closed, closed on time) for 2026, or null when enforcement gave it no figures.</summary>
    private static async Task<(decimal Due, decimal Closed, decimal OnTime)?> Figures(HttpClient client, Guid township)
    {
        var card = await client.GetJson($"/api/assessment/townships/{township}/scorecard?year=2026");
        var figures = card.ScoreLine("complaints-on-time").GetProperty("figures");
        if (!figures.TryGetProperty("casesDue", out _))
        {
            return null;
        }

        return (figures.GetProperty("casesDue").GetDecimal(), figures.GetProperty("closed").GetDecimal(), figures.GetProperty("closedOnTime").GetDecimal());
    }

    /// <summary>The demo city on Monday morning, its administrator and city supervisor signed in, in 白马镇 with a unit to dispatch to.</summary>
    private sealed class Officers(FakeTimeProvider clock, PlatformFactory factory, Guid township, Guid unit) : IDisposable
    {
        public FakeTimeProvider Clock => clock;
        public HttpClient Client { get; } = factory.CreateClient();
        public HttpClient Verifier { get; } = factory.CreateClientFor("demo-supervisor");
        public Guid Township => township;
        public Guid Unit => unit;

        public static async Task<Officers> StartAsync(string? data = null)
        {
            var clock = new FakeTimeProvider(MondayMorning);
            var factory = new PlatformFactory(clock, Settings, dataDirectory: data);
            using var client = factory.CreateClient();
            var township = await DemoCity.TownshipId(client, "白马镇");
            var unit = (await client.GetJson("/api/org/units")).Items().First().GetProperty("id").GetGuid();
            return new Officers(clock, factory, township, unit);
        }

        public void Dispose()
        {
            Client.Dispose();
            Verifier.Dispose();
            factory.Dispose();
        }
    }

    private static async Task<Guid> RegisteredCitizenCase(HttpClient client, Guid township, string description)
    {
        var receipt = await Submit(client, Report(township, description: description));
        var id = await CaseId(client, township, receipt.GetProperty("caseNumber").GetString()!);
        await Step(client, id, "register", new { });
        return id;
    }

    private static async Task<Guid> DispatchedCitizenCase(HttpClient client, Guid township, Guid unit, string description)
    {
        var id = await RegisteredCitizenCase(client, township, description);
        await Step(client, id, "dispatch", new { level = "Township", unitId = unit });
        return id;
    }

    private static async Task Close(HttpClient client, HttpClient verifier, Guid id)
    {
        await Step(client, id, "handle", new { handler = "张队员", note = "已清运" });
        await Step(verifier, id, "verify", new { passed = true });
        await Step(client, id, "close", new { });
    }
}
