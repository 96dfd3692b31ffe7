using Microsoft.Data.Sqlite;

namespace CampaignPlatform.IntegrationTests;

/// <summary>Data made before modules had an outbox starts on this version: the missing outbox table is added.</summary>
[Collection(HostCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class OutboxUpgradeTests
{
    [Fact]
    public async Task A_store_without_an_outbox_table_gets_one_at_start_up_and_its_problems_are_delivered()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using (var before = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await before.CreateClient().GetJson("/api/org/townships")).Items());
            }

            Execute(data, "DROP TABLE rural_upkeep_outbox");
            Assert.Equal(0L, Execute(data, "SELECT count(*) FROM sqlite_master WHERE name = 'rural_upkeep_outbox'"));

            using var after = new PlatformFactory(dataDirectory: data);
            using var client = after.CreateClient();
            var itemsBefore = await RuralItems(client);
            var run = await Checks.RunAndWait(client, "rural-upkeep.missed-inspections");
            var missed = run.GetProperty("itemsCreated").GetInt32();
            Assert.True(missed > 0, run.ToString());
            Assert.Equal(itemsBefore + missed, await RuralItems(client));
            Assert.Equal((long)missed, Execute(data, "SELECT count(*) FROM rural_upkeep_outbox WHERE DeliveredAt IS NOT NULL"));
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
