namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// A start on data that this same host, with the same modules and settings, prepared completely skips the preparation
/// (tables, one-time initializers); a stamp that does not match — older data, another version — prepares it again.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PreparedDataTests
{
    [Fact]
    public async Task A_second_start_on_unchanged_data_skips_the_preparation_and_a_stamp_that_does_not_match_makes_it_again()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var templateItems = TestDatabase.IsPostgres ? "rural_upkeep.template_items" : "rural_upkeep_template_items";
        var outbox = TestDatabase.IsPostgres ? "rural_upkeep.outbox" : "rural_upkeep_outbox";
        try
        {
            using (var first = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await first.CreateClient().GetJson("/api/org/townships")).Items());
            }

            var stamp = TestDatabase.PreparedStamp(data);
            Assert.NotNull(stamp);
            var seeded = Count(data, templateItems);
            Assert.True(seeded > 0);

            // The template seeder runs only when preparing: with the stamp matching, an emptied template stays empty.
            TestDatabase.Scalar(data, $"DELETE FROM {templateItems}");
            using (var second = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await second.CreateClient().GetJson("/api/org/townships")).Items());
            }

            Assert.Equal(stamp, TestDatabase.PreparedStamp(data));
            Assert.Equal(0, Count(data, templateItems));

            // Older data: another fingerprint, a table missing. The start prepares it all again and stamps it anew.
            TestDatabase.Scalar(data, $"UPDATE {TestDatabase.PreparedTable} SET fingerprint = 'an older host'");
            TestDatabase.Scalar(data, $"DROP TABLE {outbox}");
            using (var third = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await third.CreateClient().GetJson("/api/org/townships")).Items());
            }

            var restamped = TestDatabase.PreparedStamp(data);
            Assert.NotNull(restamped);
            Assert.Equal(stamp.Split(' ')[0], restamped.Split(' ')[0]);
            Assert.NotEqual(stamp, restamped);
            Assert.Equal(seeded, Count(data, templateItems));
            Assert.Equal(0, Count(data, outbox));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    private static long Count(string data, string table) => Convert.ToInt64(TestDatabase.Scalar(data, $"SELECT count(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);
}
