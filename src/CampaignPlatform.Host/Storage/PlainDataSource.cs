using System.Data.Common;
using CampaignPlatform.Kernel.Modules;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Plain connections to the platform's database, registered as the framework's <see cref="DbDataSource"/> so that a module
/// can look at its own tables on a path that must stay cheap (the start) without initialising its DbContext, which builds
/// the context's EF model (see <see cref="PlainStatements"/>).
/// </summary>
internal sealed class PlainDataSource(StorageSettings settings) : DbDataSource
{
    public override string ConnectionString => settings.ConnectionString;

    protected override DbConnection CreateDbConnection() => settings.Provider == DatabaseProvider.Sqlite
        ? new SqliteConnection(settings.ConnectionString)
        : new NpgsqlConnection(settings.ConnectionString);

    protected override DbConnection OpenDbConnection()
    {
        var connection = base.OpenDbConnection();
        KeepReadOnlyOutOfPool(connection);
        return connection;
    }

    protected override async ValueTask<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = await base.OpenDbConnectionAsync(cancellationToken);
        KeepReadOnlyOutOfPool(connection);
        return connection;
    }

    private static void KeepReadOnlyOutOfPool(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            SqliteReadOnlyOpens.KeepOutOfPool(sqlite);
        }
    }
}
