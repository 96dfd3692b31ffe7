namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// A start on data that this same host, with the same modules and settings, prepared completely skips the preparation
/// (migrations, one-time initializers); a stamp that does not match — older data, another version — prepares it again.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PreparedDataTests
{
    [Fact]
    public async Task A_second_start_on_unchanged_data_skips_the_preparation_and_a_stamp_that_does_not_match_makes_it_again()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var templateItems = TestDatabase.IsPostgres ? "rural_upkeep.template_items" : "rural_upkeep_template_items";
        var hygieneHistory = TestDatabase.HistoryTable("hygiene");
        const string summaries = "20261207151902_SummariesFromExistingRows";
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

            // Older data: another fingerprint, a migration step not yet taken. The start prepares it all again (the step
            // included) and stamps it anew.
            TestDatabase.Scalar(data, $"UPDATE {TestDatabase.PreparedTable} SET fingerprint = 'an older host'");
            TestDatabase.ForgetMigration(data, "hygiene", summaries);
            using (var third = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await third.CreateClient().GetJson("/api/org/townships")).Items());
            }

            var restamped = TestDatabase.PreparedStamp(data);
            Assert.NotNull(restamped);
            Assert.Equal(stamp.Split(' ')[0], restamped.Split(' ')[0]);
            Assert.NotEqual(stamp, restamped);
            Assert.Equal(seeded, Count(data, templateItems));
            Assert.Equal(1L, Convert.ToInt64(TestDatabase.Scalar(data, $"SELECT count(*) FROM {hygieneHistory} WHERE \"MigrationId\" = '{summaries}'"),
                System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    private static long Count(string data, string table) => Convert.ToInt64(TestDatabase.Scalar(data, $"SELECT count(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);
}
