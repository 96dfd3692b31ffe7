using System.Net;
using CampaignPlatform.Generator;
using Microsoft.Data.Sqlite;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The real host killed with SIGKILL in the middle of a fan-out over ten thousand villages, and started again on the same
/// data: the problems it had stored in its outbox are all delivered, each as exactly one rectification item, and the
/// run that was cut off is retried and completes on its own.
/// </summary>
[Collection(ProcessCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class CrashRecoveryTests
{
    private const string MissedInspections = "rural-upkeep.missed-inspections";
    private static readonly CitySize Size = new(Townships: 20, Villages: 10_000, HygieneSites: 0, LogDays: 1, EnforcementCases: 0, RectificationItems: 0);

    [Fact]
    public async Task A_fan_out_killed_part_way_completes_after_a_restart_with_exactly_one_item_per_uninspected_village()
    {
        var work = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var data = Path.Combine(work, "data");
        try
        {
            GeneratedCity city;
            await using (var prepared = await PreparedPlatform.StartAsync(DatabaseTarget.Sqlite(data)))
            {
                city = await new CityGenerator(prepared.Services, Size, TimeProvider.System).GenerateAsync();
            }

            // Rural upkeep is on outside the built-up area; none of the generated villages has ever been inspected.
            var ruralTownships = city.Townships.Where(t => !t.InBuiltUpArea).Select(t => t.Id).ToHashSet();
            var expected = city.Villages.Count(v => ruralTownships.Contains(v.TownshipId));
            Assert.True(expected >= 5_000, $"{expected} villages under rural upkeep");
            var settings = new Dictionary<string, string>
            {
                ["Storage:DataDirectory"] = data, ["Demo:Seed"] = "false", ["Checks:RetryDelays"] = "00:00:01",
            };

            int openedBeforeKill;
            string runId;
            using (var first = await HostProcess.StartAsync(null, work, settings))
            {
                using var admin = await first.AdminClientAsync();
                using var queued = await admin.PostAsync($"/api/checks/{MissedInspections}/run", null);
                Assert.Equal(HttpStatusCode.Accepted, queued.StatusCode);
                runId = (await queued.ReadJson()).GetProperty("runId").GetString()!;
                openedBeforeKill = await Http.Eventually(() => ItemCount(admin), n => n > 0, TimeSpan.FromSeconds(90), "the first items are opened");
                first.Kill();
            }

            Assert.InRange(openedBeforeKill, 1, expected - 1);
            var (stored, undeliveredAtKill) = Outbox(data);
            // One fan-out, stored whole: a problem for every village, in one save.
            Assert.Equal(expected, stored);
            Assert.True(undeliveredAtKill > 0, "the outbox still held undelivered problems when the host died");

            using (var second = await HostProcess.StartAsync(null, work, settings))
            {
                using var admin = await second.AdminClientAsync();
                await Http.Eventually(() => ItemCount(admin), n => n >= expected, TimeSpan.FromSeconds(120), "every problem becomes an item after the restart");
                await Http.Eventually(() => Task.FromResult(Outbox(data).Undelivered), n => n == 0, TimeSpan.FromSeconds(30), "the outbox is drained");
                Assert.Equal(expected, await ItemCount(admin));

                // The killed run counts as a failed attempt, is retried, and completes: every village is still
                // uninspected this fortnight, and the retry opens nothing twice.
                var resumed = await Http.Eventually(
                    () => admin.GetJson($"/api/checks/runs/{runId}"), r => r.GetProperty("outcome").GetString() == "Succeeded",
                    TimeSpan.FromSeconds(90), "the interrupted run is retried to completion");
                Assert.Contains("The host stopped", resumed.GetProperty("failures")[0].GetProperty("error").GetString());
                Assert.Equal(expected, resumed.GetProperty("itemsCreated").GetInt32());
                await Http.Eventually(() => Task.FromResult(Outbox(data).Undelivered), n => n == 0, TimeSpan.FromSeconds(30), "the retry's messages are delivered");
                Assert.Equal(expected, await ItemCount(admin));

                // A run started afresh opens nothing twice either.
                var again = await Checks.RunAndWait(admin, MissedInspections);
                Assert.Equal(expected, again.GetProperty("itemsCreated").GetInt32());
                await Http.Eventually(() => Task.FromResult(Outbox(data).Undelivered), n => n == 0, TimeSpan.FromSeconds(30), "the second run's messages are delivered");
                Assert.Equal(expected, await ItemCount(admin));
            }

            var (items, villages) = RuralItems(data);
            Assert.Equal(expected, items);
            Assert.Equal(expected, villages);
        }
        finally
        {
            PlatformFactory.DeleteData(work);
        }
    }

    private static async Task<int> ItemCount(HttpClient client) =>
        (await client.GetJson("/api/rectification/items?module=rural-upkeep&pageSize=1")).GetProperty("total").GetInt32();

    /// <summary>Rows in rural upkeep's outbox, read from the file itself (the host may be dead).</summary>
    private static (int Stored, int Undelivered) Outbox(string data) =>
        Query(data, "SELECT count(*), count(*) - count(DeliveredAt) FROM rural_upkeep_outbox");

    private static (int Items, int Villages) RuralItems(string data) =>
        Query(data, "SELECT count(*), count(DISTINCT VillageId) FROM rectification_items WHERE SourceModule = 'rural-upkeep'");

    private static (int, int) Query(string data, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "campaign.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt32(0), reader.GetInt32(1));
    }
}
