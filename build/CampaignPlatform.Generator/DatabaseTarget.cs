using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Generator;

/// <summary>
/// The database a generated city goes to, said the way the host is configured: SQLite files in a data directory, or a
/// PostgreSQL connection string.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string DataDirectory, string? ConnectionString)
{
    public static DatabaseTarget Sqlite(string dataDirectory) => new(DatabaseProvider.Sqlite, Path.GetFullPath(dataDirectory), null);

    public static DatabaseTarget Postgres(string connectionString, string dataDirectory) =>
        new(DatabaseProvider.Postgres, Path.GetFullPath(dataDirectory), connectionString);

    /// <summary>The host settings that put a host on this database.</summary>
    public IEnumerable<KeyValuePair<string, string?>> HostSettings()
    {
        yield return new("Storage:DataDirectory", DataDirectory);
        yield return new("Database:Provider", Provider.ToString());
        if (ConnectionString is not null)
        {
            yield return new("ConnectionStrings:Campaign", ConnectionString);
        }
    }
}
