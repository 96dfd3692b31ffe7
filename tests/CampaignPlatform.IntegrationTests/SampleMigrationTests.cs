using System.Data.Common;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.TestModules.Sample;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The sample module's second migration renames a column (Title → Name), changes a type (Priority, text → integer) and
/// moves values into a new table (Note → record_notes). Its records are written at the first version, then the host
/// upgrades them: every value arrives where the second version keeps it. Made to fail half-way, the migration leaves
/// the tables and rows as they were and the host does not start; without the fault the next start upgrades.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SampleMigrationTests
{
    private const string Baseline = "20261207181716_Baseline";
    private const string Second = "20261207182553_NamesPrioritiesAndNotes";

    private static readonly Guid Township = Guid.Parse("6f0b7c1e-0000-4000-8000-000000000001");

    private static readonly (Guid Id, string Title, string? Priority, string? Note)[] FirstVersionRows =
    [
        (Guid.Parse("6f0b7c1e-0000-4000-8000-00000000000a"), "卫生死角", " 2", "需复查"),
        (Guid.Parse("6f0b7c1e-0000-4000-8000-00000000000b"), "垃圾清运", null, null),
        (Guid.Parse("6f0b7c1e-0000-4000-8000-00000000000c"), "公厕保洁", "5", ""),
    ];

    private static string Records => TestDatabase.IsPostgres ? "sample.records" : "sample_records";

    private static string Notes => TestDatabase.IsPostgres ? "sample.record_notes" : "sample_record_notes";

    [Fact]
    public async Task Renamed_retyped_and_moved_values_all_arrive_in_the_second_version()
    {
        var data = NewData();
        try
        {
            await WriteFirstVersionAsync(data);

            using (var upgraded = new PlatformFactory(dataDirectory: data))
            {
                Assert.Equal(3, (await upgraded.CreateClient().GetJson("/api/sample/records")).GetInt32());
            }

            Assert.Equal(
                ["公厕保洁 5", "卫生死角 2", "垃圾清运 -"],
                Lines(data, $"SELECT \"Name\", \"Priority\" FROM {Records} ORDER BY \"Name\""));
            Assert.Equal(["6f0b7c1e-0000-4000-8000-00000000000a 需复查"], Lines(data, $"SELECT \"RecordId\", \"Text\" FROM {Notes}"));
            Assert.Equal("integer", TestDatabase.Scalar(data, TestDatabase.IsPostgres
                ? "SELECT data_type FROM information_schema.columns WHERE table_schema = 'sample' AND table_name = 'records' AND column_name = 'Priority'"
                : "SELECT typeof(\"Priority\") FROM sample_records WHERE \"Priority\" IS NOT NULL LIMIT 1"));
            Assert.Equal([Baseline, Second], Lines(data, $"SELECT \"MigrationId\" FROM {TestDatabase.HistoryTable("sample")} ORDER BY 1"));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    [Fact]
    public async Task A_migration_failing_half_way_leaves_tables_and_rows_as_they_were_and_the_host_does_not_start_until_it_succeeds()
    {
        var data = NewData();
        try
        {
            await WriteFirstVersionAsync(data);
            var before = FirstVersionState(data);

            // The rename is the migration's fourth step: the new table is made, the notes copied and the old column
            // dropped before it fails, as a full disk or a lost connection would make it fail.
            var refused = Assert.ThrowsAny<Exception>(() =>
            {
                using var faulty = new PlatformFactory(dataDirectory: data)
                {
                    TestServices = services => services.ConfigureDbContext<SampleDbContext>(o => o.AddInterceptors(new FailOnRename())),
                };
                faulty.CreateClient().Dispose();
            });
            var migration = Assert.IsType<MigrationException>(MigrationFailure(refused));
            Assert.Contains("Module sample", migration.Message, StringComparison.Ordinal);
            Assert.Contains(Second, migration.Message, StringComparison.Ordinal);
            Assert.Contains("the disk is full", migration.Message, StringComparison.Ordinal);

            Assert.Equal(before, FirstVersionState(data));
            Assert.Equal([Baseline], Lines(data, $"SELECT \"MigrationId\" FROM {TestDatabase.HistoryTable("sample")} ORDER BY 1"));

            using (var fixedHost = new PlatformFactory(dataDirectory: data))
            {
                Assert.Equal(3, (await fixedHost.CreateClient().GetJson("/api/sample/records")).GetInt32());
            }

            Assert.Equal(["6f0b7c1e-0000-4000-8000-00000000000a 需复查"], Lines(data, $"SELECT \"RecordId\", \"Text\" FROM {Notes}"));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    /// <summary>The sample module's tables at its baseline, with records of that version, before any host has run.</summary>
    private static async Task WriteFirstVersionAsync(string data)
    {
        Directory.CreateDirectory(data);
        var provider = TestDatabase.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite;
        var connection = TestDatabase.IsPostgres
            ? TestDatabase.ConnectionStringFor(data)
            : $"Data Source={Path.Combine(data, "campaign.db")};Pooling=False";
        await using (var context = PlatformStorage.CreateOutsideHost(typeof(SampleDbContext), provider, connection))
        {
            await context.GetService<IMigrator>().MigrateAsync(Baseline);
        }

        foreach (var (id, title, priority, note) in FirstVersionRows)
        {
            TestDatabase.Scalar(data,
                $"INSERT INTO {Records} (\"Id\", \"TownshipId\", \"Title\", \"Priority\", \"Note\") " +
                $"VALUES ('{id}', '{Township}', '{title}', {Quoted(priority)}, {Quoted(note)})");
        }
    }

    private static List<string> FirstVersionState(string data) =>
    [
        .. Lines(data, $"SELECT \"Id\", \"Title\", \"Priority\", \"Note\" FROM {Records} ORDER BY \"Id\""),
        "notes table: " + TestDatabase.Scalar(data, TestDatabase.IsPostgres
            ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'sample' AND table_name = 'record_notes'"
            : "SELECT count(*) FROM sqlite_master WHERE name = 'sample_record_notes'"),
    ];

    private static string Quoted(string? value) => value is null ? "NULL" : $"'{value}'";

    private static List<string> Lines(string data, string sql)
    {
        using var connection = TestDatabase.Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var lines = new List<string>();
        while (reader.Read())
        {
            lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount)
                .Select(i => reader.IsDBNull(i) ? "-" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return lines;
    }

    private static MigrationException? MigrationFailure(Exception? e) => e switch
    {
        null => null,
        MigrationException m => m,
        AggregateException a => a.InnerExceptions.Select(MigrationFailure).FirstOrDefault(m => m is not null),
        _ => MigrationFailure(e.InnerException),
    };

    private static string NewData() => Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));

    /// <summary>Fails the statement that renames the sample's Title column.</summary>
    private sealed class FailOnRename : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("RENAME COLUMN \"Title\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("the disk is full")
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
            command.CommandText.Contains("RENAME COLUMN \"Title\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("the disk is full")
                : base.NonQueryExecuting(command, eventData, result);
    }
}
