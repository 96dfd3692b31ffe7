using System.Globalization;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;
using Microsoft.EntityFrameworkCore;
using CampaignPlatform.Modules.Accounts;
using CampaignPlatform.Modules.Assessment;
using CampaignPlatform.Modules.Checks;
using CampaignPlatform.Modules.Enablement;
using CampaignPlatform.Modules.Organisation;
using CampaignPlatform.Modules.Rectification;
using CampaignPlatform.Testing.Conformance;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Every module's tables move by its own migrations: data made before the modules kept a history is adopted without
/// touching a row, and data a newer version upgraded, or data older than the adoptable version, stops the start with a
/// message naming the module.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MigrationTests
{
    private static readonly string[] Stores =
        ["org", "accounts", "assessment", "modules", "checks", "rectification", "enforcement", "hygiene", "publicity", "rural_upkeep"];

    /// <summary>The campaign modules' conformance classes check theirs; these are the core modules and the host.</summary>
    [Fact]
    public void Every_change_to_a_core_model_is_carried_by_a_migration_on_both_providers()
    {
        Type[] core = [typeof(OrganisationModule), typeof(AccountsModule), typeof(AssessmentModule), typeof(EnablementModule), typeof(ChecksModule), typeof(RectificationModule)];
        var uncarried = ModelMigrations.Uncarried(core.SelectMany(m => ModelMigrations.ContextsOf(m.Assembly)));
        Assert.True(uncarried.Count == 0, string.Join("\n", uncarried));

        // The host keeps its key ring in the database on PostgreSQL only (a file beside the data on SQLite).
        using var keys = PlatformStorage.CreateDetached(typeof(HostKeysDbContext), DatabaseProvider.Postgres);
        Assert.False(keys.Database.HasPendingModelChanges(), "the host's key ring has changes no migration carries");
    }

    [Fact]
    public async Task Tables_made_before_the_modules_kept_a_history_are_adopted_and_keep_every_row()
    {
        var data = NewData();
        try
        {
            using (var before = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await before.CreateClient().GetJson("/api/org/townships")).Items());
            }

            // What the last version without migrations left: the same tables, no histories.
            foreach (var store in Stores)
            {
                TestDatabase.Scalar(data, $"DROP TABLE {TestDatabase.HistoryTable(store)}");
            }

            TestDatabase.ForgetPreparation(data);
            var rowsBefore = RowCounts(data);

            using (var after = new PlatformFactory(dataDirectory: data))
            {
                Assert.Equal(22, (await after.CreateClient().GetJson("/api/org/townships")).Items().Count());
            }

            // Not a row lost (the sign-in of the requests above adds to the audit).
            var rowsAfter = RowCounts(data);
            Assert.All(rowsBefore, table => Assert.True(rowsAfter[table.Key] >= table.Value, $"{table.Key}: {table.Value} rows before, {rowsAfter[table.Key]} after"));
            foreach (var store in Stores)
            {
                var baseline = TestDatabase.Scalar(data,
                    $"SELECT \"MigrationId\" FROM {TestDatabase.HistoryTable(store)} WHERE \"ProductVersion\" = '{ModuleMigrations.AdoptedVersion}'");
                Assert.EndsWith("_Baseline", Assert.IsType<string>(baseline));
            }

            // The data migrations after the baseline ran on the adopted rows, once.
            Assert.Equal(1L, Count(data, $"{TestDatabase.HistoryTable("hygiene")} WHERE \"ProductVersion\" = '{ModuleMigrations.DataMigrationVersion}'"));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    [Fact]
    public async Task Data_upgraded_by_a_newer_version_stops_an_older_host_naming_the_module_and_the_migration()
    {
        var data = NewData();
        try
        {
            using (var first = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await first.CreateClient().GetJson("/api/org/townships")).Items());
            }

            TestDatabase.Scalar(data,
                $"INSERT INTO {TestDatabase.HistoryTable("publicity")} (\"MigrationId\", \"ProductVersion\") VALUES ('29991231000000_FromTheFuture', '99.0.0')");
            TestDatabase.ForgetPreparation(data);
            var tables = RowCounts(data);

            var refused = Assert.ThrowsAny<Exception>(() =>
            {
                using var older = new PlatformFactory(dataDirectory: data);
                older.CreateClient().Dispose();
            });
            var message = Flatten(refused);
            Assert.Contains("Module publicity", message, StringComparison.Ordinal);
            Assert.Contains("29991231000000_FromTheFuture", message, StringComparison.Ordinal);
            Assert.Equal(tables, RowCounts(data));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    [Fact]
    public async Task Data_older_than_the_adoptable_version_stops_the_start_naming_what_it_lacks()
    {
        var data = NewData();
        try
        {
            using (var first = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await first.CreateClient().GetJson("/api/org/townships")).Items());
            }

            var outbox = TestDatabase.IsPostgres ? "rural_upkeep.outbox" : "rural_upkeep_outbox";
            TestDatabase.Scalar(data, $"DROP TABLE {TestDatabase.HistoryTable("rural_upkeep")}");
            TestDatabase.Scalar(data, $"DROP TABLE {outbox}");
            TestDatabase.ForgetPreparation(data);

            var refused = Assert.ThrowsAny<Exception>(() =>
            {
                using var host = new PlatformFactory(dataDirectory: data);
                host.CreateClient().Dispose();
            });
            var message = Flatten(refused);
            Assert.Contains("Module rural-upkeep", message, StringComparison.Ordinal);
            Assert.Contains("outbox", message, StringComparison.Ordinal);
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    private static string NewData() => Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));

    private static string Flatten(Exception e) => e.InnerException is null ? e.Message : e.Message + " | " + Flatten(e.InnerException);

    private static long Count(string data, string from) =>
        Convert.ToInt64(TestDatabase.Scalar(data, $"SELECT count(*) FROM {from}"), CultureInfo.InvariantCulture);

    /// <summary>Rows per table of every module (the migrations histories and bookkeeping aside).</summary>
    private static Dictionary<string, long> RowCounts(string data)
    {
        var tables = new List<string>();
        using (var connection = TestDatabase.Open(data))
        using (var command = connection.CreateCommand())
        {
            command.CommandText = TestDatabase.IsPostgres
                ? "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_schema NOT IN ('pg_catalog', 'information_schema', 'hangfire', 'public')"
                : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EF%'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        return tables.Where(t => !t.EndsWith("migrations", StringComparison.Ordinal) && !t.EndsWith("prepared", StringComparison.Ordinal))
            .ToDictionary(t => t, t => Count(data, t));
    }
}
