using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Checks.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.UnitTests.Checks;

/// <summary>The start's plain look for runs cut off names the runs' table itself; it must be the table the model maps.</summary>
public sealed class RunsTableTests
{
    [Fact]
    public void The_plain_name_of_the_runs_table_is_the_one_the_model_maps_on_SQLite()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new ChecksDbContext(new DbContextOptionsBuilder<ChecksDbContext>().UseSqlite(connection).Options);

        Assert.Equal($"\"{ChecksDbContext.SqliteRunsTable}\"", db.TableOf<CheckRun>());
    }
}
