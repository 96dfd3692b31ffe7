using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CampaignPlatform.Testing;

/// <summary>
/// Which database the hosts of the tests run on. <c>CAMPAIGN_TEST_PROVIDER=postgres</c> puts every host on PostgreSQL
/// (server from <c>CAMPAIGN_TEST_POSTGRES</c>, default the local one build/postgres.sh starts), a fresh database per
/// data directory, so test classes stay independent; otherwise SQLite files in the data directory.
/// </summary>
public static class TestDatabase
{
    public static bool IsPostgres { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CAMPAIGN_TEST_PROVIDER"), "postgres", StringComparison.OrdinalIgnoreCase);

    private static string Server =>
        Environment.GetEnvironmentVariable("CAMPAIGN_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    /// <summary>The settings that put a host whose data directory is <paramref name="dataDirectory"/> on its own database.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> SettingsFor(string dataDirectory)
    {
        if (!IsPostgres)
        {
            yield break;
        }

        yield return new("Database:Provider", "Postgres");
        yield return new("ConnectionStrings:Campaign", ConnectionStringFor(dataDirectory));
    }

    public static string ConnectionStringFor(string dataDirectory) =>
        new NpgsqlConnectionStringBuilder(Server) { Database = DatabaseNameFor(dataDirectory) }.ConnectionString;

    /// <summary>Drops the database of this data directory (the host creates it on start).</summary>
    public static void Drop(string dataDirectory, bool forcePostgres = false)
    {
        if (IsPostgres || forcePostgres)
        {
            NpgsqlConnection.ClearAllPools();
            OnServer($"DROP DATABASE IF EXISTS \"{DatabaseNameFor(dataDirectory)}\" WITH (FORCE)");
        }
    }

    /// <summary>Makes the (empty) database of this data directory, for a test that fills it before a host starts.</summary>
    public static void Create(string dataDirectory)
    {
        Drop(dataDirectory, forcePostgres: true);
        OnServer($"CREATE DATABASE \"{DatabaseNameFor(dataDirectory)}\"");
    }

    /// <summary>
    /// Makes the database of <paramref name="dataDirectory"/> a copy of the one of <paramref name="templateDirectory"/>,
    /// file by file: for a database this small that is cheaper than PostgreSQL's default of writing every page to the WAL.
    /// </summary>
    public static void CreateFrom(string templateDirectory, string dataDirectory) =>
        OnServer($"CREATE DATABASE \"{DatabaseNameFor(dataDirectory)}\" TEMPLATE \"{DatabaseNameFor(templateDirectory)}\" STRATEGY FILE_COPY");

    /// <summary>
    /// Closes the idle connections this process keeps open: a PostgreSQL database with a session cannot be a template,
    /// a SQLite file with one may not be complete on disk.
    /// </summary>
    public static void CloseConnections()
    {
        NpgsqlConnection.ClearAllPools();
        SqliteConnection.ClearAllPools();
    }

    /// <summary>Empties Hangfire's tables (keeping its schema) in the database of this data directory.</summary>
    public static void EmptyHangfire(string dataDirectory)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionStringFor(dataDirectory)) { Pooling = false };
        using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(
            """
            DO $$ DECLARE t text; BEGIN
              FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'hangfire' AND tablename <> 'schema' LOOP
                EXECUTE format('TRUNCATE hangfire.%I CASCADE', t);
              END LOOP;
            END $$
            """, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Drops the databases whose names start with <paramref name="prefix"/> and that <paramref name="drop"/> picks.</summary>
    public static void DropDatabases(string prefix, Func<string, bool> drop)
    {
        var names = new List<string>();
        using (var connection = OpenServer())
        using (var command = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, @prefix)", connection))
        {
            command.Parameters.AddWithValue("prefix", prefix);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names.Where(drop))
        {
            OnServer($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private static void OnServer(string sql)
    {
        using var connection = OpenServer();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static NpgsqlConnection OpenServer()
    {
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = "postgres", Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }

    /// <summary>The schemas of the database of this data directory.</summary>
    public static IReadOnlyList<string> Schemas(string dataDirectory)
    {
        using var connection = new NpgsqlConnection(ConnectionStringFor(dataDirectory));
        connection.Open();
        using var command = new NpgsqlCommand("SELECT schema_name FROM information_schema.schemata", connection);
        using var reader = command.ExecuteReader();
        var schemas = new List<string>();
        while (reader.Read())
        {
            schemas.Add(reader.GetString(0));
        }

        return schemas;
    }

    /// <summary>
    /// The fingerprint (and when) a start left once it had prepared this data directory's database completely, or null if none did.
    /// </summary>
    public static string? PreparedStamp(string dataDirectory) =>
        Scalar(dataDirectory, $"SELECT fingerprint || ' ' || prepared_at FROM {PreparedTable} WHERE id = 1") as string;

    /// <summary>
    /// Takes away the mark of a complete preparation, as data made by an older version (or changed behind the host's back,
    /// as a test does to simulate it) has none: the next start prepares the database again.
    /// </summary>
    public static void ForgetPreparation(string dataDirectory) => Scalar(dataDirectory, $"DELETE FROM {PreparedTable}");

    public static string PreparedTable => IsPostgres ? "host.prepared" : "host_prepared";

    /// <summary>The migrations history of the module whose storage name is <paramref name="storage"/> (<c>rural_upkeep</c>, …).</summary>
    public static string HistoryTable(string storage) => IsPostgres ? $"{storage}.migrations" : $"{storage}_migrations";

    /// <summary>
    /// Takes a step out of a module's migrations history, as data made before the step looks: with
    /// <see cref="ForgetPreparation"/>, the next start runs it.
    /// </summary>
    public static void ForgetMigration(string dataDirectory, string storage, string migrationId) =>
        Scalar(dataDirectory, $"DELETE FROM {HistoryTable(storage)} WHERE \"MigrationId\" = '{migrationId}'");

    /// <summary>One plain statement on this data directory's database (of a stopped host); its first value, if any.</summary>
    public static object? Scalar(string dataDirectory, string sql)
    {
        using var connection = Open(dataDirectory);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    /// <summary>Whether the database of this data directory exists (without making it, as opening a SQLite file would).</summary>
    public static bool Exists(string dataDirectory)
    {
        if (!IsPostgres)
        {
            return File.Exists(Path.Combine(dataDirectory, "campaign.db"));
        }

        using var connection = OpenServer();
        using var command = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        command.Parameters.AddWithValue("name", DatabaseNameFor(dataDirectory));
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    /// <summary>An open plain connection to the database of this data directory (of a stopped host).</summary>
    public static DbConnection Open(string dataDirectory)
    {
        DbConnection connection = IsPostgres
            ? new NpgsqlConnection(ConnectionStringFor(dataDirectory))
            : new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "campaign.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private static string DatabaseNameFor(string dataDirectory) =>
        "campaign_test_" + new string(Path.GetFileName(Path.TrimEndingDirectorySeparator(dataDirectory))
            .Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').Select(char.ToLowerInvariant).ToArray());
}
