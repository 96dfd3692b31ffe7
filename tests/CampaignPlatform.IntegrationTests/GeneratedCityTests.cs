using System.Text.Json;
using CampaignPlatform.Generator;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The province-scale generator writes straight into the modules' tables; a tiny city proves that what it writes is what
/// the modules read (ids, enums, instants in their stored form), so the generator cannot drift from the tables unnoticed.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class GeneratedCityTests
{
    private static readonly CitySize Size = new(Townships: 2, Villages: 50, HygieneSites: 10, LogDays: 14, EnforcementCases: 40, RectificationItems: 200);

    [Fact]
    public async Task A_generated_city_is_served_by_the_platforms_own_api()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var target = TargetFor(dataDirectory);
        try
        {
            GeneratedCity city;
            await using (var prepared = await PreparedPlatform.StartAsync(target))
            {
                city = await new CityGenerator(prepared.Services, Size, TimeProvider.System).GenerateAsync();
            }

            using var factory = new PlatformFactory(settings: new Dictionary<string, string?> { ["Demo:Seed"] = "false" }, dataDirectory: dataDirectory);
            using var client = factory.CreateClient();

            var townships = await client.GetJson("/api/org/townships");
            Assert.Equal(city.Townships.Select(t => t.Name).Order(), townships.EnumerateArray().Select(t => t.GetProperty("name").GetString()).Order());
            int villages = 0, sites = 0, cases = 0;
            foreach (var township in city.Townships)
            {
                villages += (await client.GetJson($"/api/org/townships/{township.Id}/villages")).GetArrayLength();
                sites += (await client.GetJson($"/api/hygiene/townships/{township.Id}/sites/search?pageSize=1")).GetProperty("total").GetInt32();
                cases += (await client.GetJson($"/api/enforcement/townships/{township.Id}/cases?pageSize=1")).GetProperty("total").GetInt32();
            }

            Assert.Equal(Size.Villages, villages);
            Assert.Equal(Size.HygieneSites, sites);
            Assert.Equal(Size.EnforcementCases, cases);
            Assert.Equal(Size.RectificationItems, (await client.GetJson("/api/rectification/items?pageSize=1")).GetProperty("total").GetInt32());

            // The scorecard reads the disinfection log and the facility checks: most generated site-days meet the frequency.
            var scorecard = await client.GetJson("/api/assessment/scorecard");
            var disinfection = Figures(scorecard).Single(f => f.TryGetProperty("siteDaysMet", out _));
            Assert.InRange(disinfection.GetProperty("siteDaysMet").GetDecimal(), 1, disinfection.GetProperty("siteDays").GetDecimal());
            Assert.Equal(Size.Townships, (await client.GetJson("/api/assessment/rankings")).GetProperty("townships").GetInt32());
        }
        finally
        {
            PlatformFactory.DeleteData(dataDirectory);
        }
    }

    /// <summary>
    /// The generator builds a table's indices after its rows on SQLite; the database it leaves must have the very schema
    /// the platform makes (every table and index, each with its DDL) and stay a write-ahead-log database.
    /// </summary>
    [Fact]
    public async Task A_generated_city_has_the_schema_the_platform_creates()
    {
        var generatedDirectory = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var createdDirectory = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var generated = TargetFor(generatedDirectory);
            await using (var prepared = await PreparedPlatform.StartAsync(generated))
            {
                await new CityGenerator(prepared.Services, Size, TimeProvider.System).GenerateAsync();
            }

            var created = TargetFor(createdDirectory);
            await using (await PreparedPlatform.StartAsync(created))
            {
            }

            var schema = await GeneratedSchema.ReadAsync(generated);
            Assert.Contains(schema, line => line.Contains("disinfections_SiteId_At", StringComparison.Ordinal));
            Assert.Equal(await GeneratedSchema.ReadAsync(created), schema);
        }
        finally
        {
            PlatformFactory.DeleteData(generatedDirectory);
            PlatformFactory.DeleteData(createdDirectory);
        }
    }

    private static DatabaseTarget TargetFor(string dataDirectory) => TestDatabase.IsPostgres
        ? DatabaseTarget.Postgres(TestDatabase.ConnectionStringFor(dataDirectory), dataDirectory)
        : DatabaseTarget.Sqlite(dataDirectory);

    /// <summary>Every "figures" object of a scorecard, however deep its line.</summary>
    private static IEnumerable<JsonElement> Figures(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => p.Name == "figures" ? [p.Value] : Figures(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Figures),
        _ => [],
    };
}
