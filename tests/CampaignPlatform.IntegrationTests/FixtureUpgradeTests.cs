using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The data of the last version without migrations (<see cref="UpgradeFixture"/>) starts on this one: every module's
/// baseline is adopted, the later migrations run on top, and every row of every table is still there, column by column;
/// then the API reads the recorded work back.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FixtureUpgradeTests
{
    /// <summary>
    /// What a start may change in rows that were there: the host's own bookkeeping (the preparation stamp, Hangfire's
    /// job storage), the delivery state of outbox messages the old host left undelivered, and the state of check runs
    /// it left unfinished. Everything else must be as it was.
    /// </summary>
    private static readonly string[] MovingColumns = ["DeliveredAt", "Attempts", "NextAttemptAt", "ClaimToken", "ClaimedUntil", "LastError", "GaveUpAt"];

    private static bool IsBookkeeping(string table) =>
        table.Contains("hangfire", StringComparison.OrdinalIgnoreCase) || table.Contains("prepared", StringComparison.Ordinal)
        || table.Contains("__EFMigrationsLock", StringComparison.Ordinal);

    [Fact]
    public async Task The_last_version_without_migrations_upgrades_keeping_every_row_and_the_API_reads_its_work_back()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            UpgradeFixture.RestoreInto(data);
            var before = UpgradeFixture.ReadAll(data);
            Assert.Contains(before.Keys, t => t.Contains("rural_upkeep", StringComparison.Ordinal));
            Assert.True(before.Values.Sum(t => t.Rows.Count) > 1000, "the fixture holds the demo city and its work");

            using (var upgraded = new PlatformFactory(dataDirectory: data))
            {
                using var admin = upgraded.CreateClientFor("demo-admin");
                var liuhe = await DemoCity.TownshipId(admin, "柳河镇");
                Assert.Equal(2, (await admin.GetJson($"/api/enforcement/townships/{liuhe}/cases?pageSize=200")).GetProperty("items").Items().Count());
                var site = Assert.Single((await admin.GetJson($"/api/hygiene/townships/{liuhe}/sites")).Items());
                Assert.Equal("柳河卫生院", site.GetProperty("name").GetString());
                var siteId = site.GetProperty("id").GetGuid();
                Assert.Equal(2, (await admin.GetJson($"/api/hygiene/sites/{siteId}/disinfections")).Items().Count());
                Assert.Equal(1, (await admin.GetJson($"/api/publicity/townships/{liuhe}/activities")).GetProperty("total").GetInt32());
                Assert.Single((await admin.GetJson($"/api/publicity/surveys?townshipId={liuhe}")).GetProperty("items").Items());
                Assert.Contains((await admin.GetJson($"/api/rectification/items?townshipId={liuhe}&pageSize=200")).GetProperty("items").Items(),
                    i => i.GetProperty("description").GetString() == "农贸市场周边垃圾未清运");

                // The account made before signs in with its password, in its own township.
                using var officer = upgraded.CreateClientFor("fixture-officer", "Fixture@2026x");
                using var own = await officer.GetAsync($"/api/org/townships/{liuhe}/villages");
                Assert.Equal(HttpStatusCode.OK, own.StatusCode);

                using var health = upgraded.CreateClient();
                var migrations = (await health.GetJson("/health")).GetProperty("checks").GetProperty("migrations");
                Assert.Equal("Healthy", migrations.GetProperty("status").GetString());
            }

            var after = UpgradeFixture.ReadAll(data);
            var lost = new List<string>();
            foreach (var (table, rows) in before.Where(t => !IsBookkeeping(t.Key)))
            {
                Assert.True(after.TryGetValue(table, out var now), $"{table} is gone");
                var columns = rows.Columns.Except(table.Contains("outbox", StringComparison.Ordinal) ? MovingColumns : []).ToList();
                var remaining = now.Lines(columns).GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                foreach (var line in rows.Lines(columns))
                {
                    if (remaining.GetValueOrDefault(line) is 0)
                    {
                        lost.Add($"{table}: {line.Replace('\u001f', ' ')}");
                        continue;
                    }

                    remaining[line]--;
                }
            }

            Assert.True(lost.Count == 0, $"{lost.Count} rows lost or changed, for example:\n{string.Join("\n", lost.Take(10))}");
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }
}
