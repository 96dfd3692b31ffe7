using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.IntegrationTests;

/// <summary>What survives a restart on the same data directory, and what start-up tidies.</summary>
[Collection(HostCollection.Name)]
public sealed class RestartTests
{
    [Fact]
    public async Task Data_survives_a_restart_the_demo_is_not_seeded_twice_and_stale_recurring_jobs_are_removed()
    {
        var directory = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            int townships;
            using (var first = new PlatformFactory(dataDirectory: directory))
            {
                var client = first.CreateClient();
                townships = (await client.GetJson("/api/org/townships")).GetArrayLength();
                var township = await DemoCity.TownshipId(client, "云山乡");
                (await client.PutJson($"/api/townships/{township}/modules/sample", new { enabled = true })).Dispose();
                // A check that some module used to declare and no longer does.
                first.Services.GetRequiredService<IRecurringJobManager>()
                    .AddOrUpdate("retired.check", () => Console.WriteLine("retired"), "0 4 * * *");
            }

            using var second = new PlatformFactory(dataDirectory: directory);
            var again = second.CreateClient();
            Assert.Equal(townships, (await again.GetJson("/api/org/townships")).GetArrayLength());
            Assert.True(await DemoCity.IsEnabled(again, await DemoCity.TownshipId(again, "云山乡"), "sample"));
            using var connection = second.Services.GetRequiredService<JobStorage>().GetConnection();
            var ids = connection.GetRecurringJobs().Select(j => j.Id).ToList();
            Assert.DoesNotContain("retired.check", ids);
            Assert.Contains("sample.mark-townships", ids);
        }
        finally
        {
            PlatformFactory.DeleteData(directory);
        }
    }

    [Fact]
    public async Task A_schedule_changed_between_starts_is_registered_again_and_the_unchanged_checks_keep_theirs()
    {
        var directory = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Dictionary<string, string> before;
            using (var first = new PlatformFactory(dataDirectory: directory))
            {
                _ = first.CreateClient();
                before = RecurringCrons(first);
            }

            using var second = new PlatformFactory(dataDirectory: directory, settings: new Dictionary<string, string?>
            {
                ["Checks:Schedules:sample.mark-townships"] = "30 5 * * *",
            });
            _ = second.CreateClient();
            var after = RecurringCrons(second);
            Assert.Equal("0 3 * * *", before["sample.mark-townships"]);
            Assert.Equal("30 5 * * *", after["sample.mark-townships"]);
            Assert.Equal(before.Where(j => j.Key != "sample.mark-townships"), after.Where(j => j.Key != "sample.mark-townships"));
        }
        finally
        {
            PlatformFactory.DeleteData(directory);
        }
    }

    private static Dictionary<string, string> RecurringCrons(PlatformFactory host)
    {
        using var connection = host.Services.GetRequiredService<JobStorage>().GetConnection();
        return connection.GetRecurringJobs().OrderBy(j => j.Id, StringComparer.Ordinal).ToDictionary(j => j.Id, j => j.Cron);
    }
}
