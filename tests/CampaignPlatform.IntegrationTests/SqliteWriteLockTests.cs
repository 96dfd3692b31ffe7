using CampaignPlatform.Host.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Every module's SQLite connection lets SQLite wait for the file's single write lock itself (<c>busy_timeout</c>, as
/// long as the connection string's Default Timeout of 30 s), instead of Microsoft.Data.Sqlite's retries 150 ms apart,
/// which made a report that met another's write wait 150 ms or more for a lock free again within milliseconds.
/// </summary>
[Collection(HostCollection.Name)]
[Trait("Database", "Sqlite")]
public sealed class SqliteWriteLockTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Every_module_connection_waits_inside_sqlite_for_the_write_lock_as_long_as_its_default_timeout()
    {
        _ = _factory.CreateClient();
        using var scope = _factory.Services.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<PlatformStorage>();
        Assert.NotEmpty(storage.ContextTypes);
        foreach (var contextType in storage.ContextTypes)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
            // Twice: the second open takes the pooled connection, which must keep the setting.
            for (var open = 0; open < 2; open++)
            {
                var timeout = await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync();
                Assert.True(timeout == 30_000, $"{contextType.Name}: busy_timeout {timeout} ms");
            }
        }
    }
}
