using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Data made by an earlier version starts on this one: tables added since (here rural upkeep's outbox and
/// enforcement's case counters) are created at start-up, and the features that use them work on the old data.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class StoreUpgradeTests
{
    [Fact]
    public async Task Tables_added_since_the_data_was_made_are_created_at_start_up_and_used()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using (var before = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await before.CreateClient().GetJson("/api/org/townships")).Items());
            }

            var casesBefore = (long)Execute(data, "SELECT count(*) FROM enforcement_cases")!;
            Execute(data, "DROP TABLE rural_upkeep_outbox");
            Execute(data, "DROP TABLE enforcement_case_counters");
            TestDatabase.ForgetPreparation(data); // what data made by an earlier version looks like
            Assert.Equal(0L, Execute(data, "SELECT count(*) FROM sqlite_master WHERE name IN ('rural_upkeep_outbox', 'enforcement_case_counters')"));

            using var after = new PlatformFactory(dataDirectory: data);
            using var client = after.CreateClient();
            var itemsBefore = await RuralItems(client);
            var run = await Checks.RunAndWait(client, "rural-upkeep.missed-inspections");
            var missed = run.GetProperty("itemsCreated").GetInt32();
            Assert.True(missed > 0, run.ToString());
            Assert.Equal(itemsBefore + missed, await RuralItems(client));
            Assert.Equal((long)missed, Execute(data, "SELECT count(*) FROM rural_upkeep_outbox WHERE DeliveredAt IS NOT NULL"));

            // The case counter starts after the numbers the old data already gave that year.
            var township = await DemoCity.TownshipId(client, "白马镇");
            var created = await EnforcementApi.Created(await after.CreateClient().PostJson("/api/enforcement/reports",
                new { townshipId = township, category = "Flyposting", description = "电线杆小广告", address = "人民路" }));
            var number = created.GetProperty("caseNumber").GetString()!.Split('-');
            var lastBefore = (long)Execute(data, $"SELECT coalesce(max(Sequence), 0) FROM enforcement_cases WHERE Year = {number[1]} AND Number <> '{string.Join('-', number)}'")!;
            Assert.Equal(lastBefore + 1, long.Parse(number[2], CultureInfo.InvariantCulture));
            Assert.Equal(casesBefore + 1, (long)Execute(data, "SELECT count(*) FROM enforcement_cases")!);
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    private static async Task<int> RuralItems(HttpClient client) =>
        (await client.GetJson("/api/rectification/items?module=rural-upkeep&pageSize=1")).GetProperty("total").GetInt32();

    private static object? Execute(string data, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "campaign.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
