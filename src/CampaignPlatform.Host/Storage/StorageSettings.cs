using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Where data lives. No configuration: SQLite files in <c>Storage:DataDirectory</c> (default <c>data/</c> beside
/// where the host runs). <c>Database:Provider=Postgres</c> with <c>ConnectionStrings:Campaign</c>: PostgreSQL.
/// </summary>
public sealed record StorageSettings(DatabaseProvider Provider, string DataDirectory, string ConnectionString)
{
    public string HangfireSqlitePath => Path.Combine(DataDirectory, "hangfire.db");

    public string SqlitePath => Path.Combine(DataDirectory, SqliteFileName);

    private const string SqliteFileName = "campaign.db";

    public static StorageSettings From(IConfiguration configuration, string contentRoot)
    {
        var providerText = configuration["Database:Provider"];
        var provider = string.IsNullOrWhiteSpace(providerText)
            ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{providerText}'.");

        var dataDirectory = Path.GetFullPath(configuration["Storage:DataDirectory"] is { Length: > 0 } dir ? dir : "data", contentRoot);
        var connectionString = provider switch
        {
            DatabaseProvider.Sqlite => $"Data Source={Path.Combine(dataDirectory, SqliteFileName)};Pooling=True;Default Timeout=30",
            _ => configuration.GetConnectionString("Campaign") is { Length: > 0 } pg
                ? pg
                : throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Campaign is not set."),
        };
        return new StorageSettings(provider, dataDirectory, connectionString);
    }
}
