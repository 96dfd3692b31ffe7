using System.Text.RegularExpressions;
using Npgsql;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The host's own commands for deployments, run as a real process on the suite's store: <c>--migrations</c> lists and
/// changes nothing, <c>--migrate-only</c> applies and exits, and a host started after it finds nothing to do.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed partial class MigrationCommandTests
{
    [Fact]
    public async Task Listing_changes_nothing_migrating_only_applies_every_migration_and_exits_and_the_next_start_applies_none()
    {
        var work = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var data = Path.Combine(work, "data");
        var connectionString = TestDatabase.IsPostgres ? TestDatabase.ConnectionStringFor(data) : null;
        try
        {
            var before = await HostProcess.RunCommandAsync("--migrations", connectionString, work, data);
            Assert.True(before.ExitCode == 0, before.Errors + before.Output);
            var listed = Modules(before.Output);
            Assert.Contains("hygiene", listed.Keys);
            Assert.Contains("sample", listed.Keys);
            Assert.All(listed.Values, m => Assert.Equal(0, m.Applied));
            Assert.All(listed.Values, m => Assert.True(m.Pending > 0));
            Assert.False(TestDatabase.Exists(data), "listing made the database");

            var migrated = await HostProcess.RunCommandAsync("--migrate-only", connectionString, work, data);
            Assert.True(migrated.ExitCode == 0, migrated.Errors + migrated.Output);
            var after = Modules(migrated.Output);
            Assert.Equal(listed.Keys.Order(), after.Keys.Order());
            Assert.All(after, m => Assert.Equal((listed[m.Key].Pending, 0), (m.Value.Applied, m.Value.Pending)));
            Assert.Equal(listed.Values.Sum(m => m.Pending), AppliedLines().Count(migrated.Output));

            var listedAgain = await HostProcess.RunCommandAsync("--migrations", connectionString, work, data);
            Assert.True(listedAgain.ExitCode == 0, listedAgain.Errors + listedAgain.Output);
            Assert.Equal(after, Modules(listedAgain.Output));

            using var host = await HostProcess.StartAsync(connectionString, work, new Dictionary<string, string> { ["Storage:DataDirectory"] = data });
            Assert.Empty(AppliedLines().Matches(host.Output));
            using var admin = await host.AdminClientAsync();
            Assert.True((await admin.GetJson("/api/org/townships")).GetArrayLength() > 0);
        }
        finally
        {
            PlatformFactory.DeleteData(data);
            PlatformFactory.DeleteData(work);
        }
    }

    [Fact]
    public async Task A_database_a_newer_version_upgraded_makes_both_commands_name_the_unknown_migration_and_exit_1()
    {
        var work = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        var data = Path.Combine(work, "data");
        var connectionString = TestDatabase.IsPostgres ? TestDatabase.ConnectionStringFor(data) : null;
        try
        {
            var migrated = await HostProcess.RunCommandAsync("--migrate-only", connectionString, work, data);
            Assert.True(migrated.ExitCode == 0, migrated.Errors + migrated.Output);
            const string newer = "29991231000000_FromANewerVersion";
            // What the newer version leaves: its migration in the history and its own mark of having prepared the data.
            TestDatabase.Scalar(data, TestDatabase.IsPostgres
                ? $"INSERT INTO hygiene.migrations (\"MigrationId\", \"ProductVersion\") VALUES ('{newer}', '99.0'); UPDATE host.prepared SET fingerprint = 'newer'"
                : $"INSERT INTO hygiene_migrations (\"MigrationId\", \"ProductVersion\") VALUES ('{newer}', '99.0'); UPDATE host_prepared SET fingerprint = 'newer'");

            var listed = await HostProcess.RunCommandAsync("--migrations", connectionString, work, data);
            Assert.Equal(1, listed.ExitCode);
            Assert.Contains($"unknown  {newer} (made by a newer version)", listed.Output, StringComparison.Ordinal);

            var refused = await HostProcess.RunCommandAsync("--migrate-only", connectionString, work, data);
            Assert.Equal(1, refused.ExitCode);
            Assert.Contains($"Module hygiene: the database has migration {newer}, which this version does not know", refused.Errors, StringComparison.Ordinal);
        }
        finally
        {
            PlatformFactory.DeleteData(data);
            PlatformFactory.DeleteData(work);
        }
    }

    /// <summary>Each module's line of the listing: "hygiene            3 applied    0 pending  last …".</summary>
    private static Dictionary<string, (int Applied, int Pending)> Modules(string listing) =>
        ModuleLine().Matches(listing).ToDictionary(
            m => m.Groups["module"].Value,
            m => (int.Parse(m.Groups["applied"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(m.Groups["pending"].Value, System.Globalization.CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"^(?<module>[a-z][a-z0-9-]*)\s+(?<applied>\d+) applied\s+(?<pending>\d+) pending", RegexOptions.Multiline)]
    private static partial Regex ModuleLine();

    [GeneratedRegex(@"Module [a-z0-9-]+: migration \S+ applied")]
    internal static partial Regex AppliedLines();
}

/// <summary>Two hosts starting at once on one empty PostgreSQL database: one applies each migration, the other waits and applies none.</summary>
[Collection(ProcessCollection.Name)]
[Trait("Database", "Postgres")]
public sealed class MigrationsBetweenHostsTests
{
    [Fact]
    public async Task Two_hosts_starting_together_on_an_empty_database_apply_each_migration_once()
    {
        using var hosts = await TwoHosts.StartAsync(new Dictionary<string, string>());

        var applied = hosts.Both.SelectMany(h => MigrationCommandTests.AppliedLines().Matches(h.Output).Select(m => m.Value)).ToList();
        Assert.Equal(applied.Distinct().Count(), applied.Count);
        Assert.Contains(hosts.Both, h => MigrationCommandTests.AppliedLines().IsMatch(h.Output));

        var recorded = new List<string>();
        await using (var connection = new NpgsqlConnection(hosts.ConnectionString))
        {
            await connection.OpenAsync();
            var histories = new List<string>();
            await using (var find = new NpgsqlCommand("SELECT table_schema FROM information_schema.tables WHERE table_name = 'migrations'", connection))
            await using (var reader = await find.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    histories.Add(reader.GetString(0));
                }
            }

            foreach (var schema in histories)
            {
                await using var read = new NpgsqlCommand($"SELECT \"MigrationId\" FROM \"{schema}\".migrations", connection);
                await using var reader = await read.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    recorded.Add(reader.GetString(0));
                }
            }
        }

        // Every recorded migration was applied by exactly one of the two, and nothing applied went unrecorded.
        var appliedIds = applied.Select(line => line.Split(' ')[3]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(recorded.Order(StringComparer.Ordinal).ToList(), appliedIds);

        foreach (var host in hosts.Both)
        {
            using var admin = await host.AdminClientAsync();
            Assert.True((await admin.GetJson("/api/org/townships")).GetArrayLength() > 0, $"{host.Address}\n{host.Output}");
        }
    }
}
