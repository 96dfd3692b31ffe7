using System.Data.Common;
using System.Globalization;
using System.IO.Compression;
using Npgsql;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The databases the last version without migrations left (made by <c>build/upgrade-fixture.sh</c>: the demo city and
/// work recorded in every module), restored into a test's data directory, and every row of every table read back.
/// </summary>
public static class UpgradeFixture
{
    private static string Folder => Path.Combine(AppContext.BaseDirectory, "Fixtures", "before-migrations");

    /// <summary>Puts the fixture of the provider the tests run on where a host with this data directory finds its data.</summary>
    public static void RestoreInto(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        if (!TestDatabase.IsPostgres)
        {
            using var packed = new GZipStream(File.OpenRead(Path.Combine(Folder, "campaign.db.gz")), CompressionMode.Decompress);
            using var file = File.Create(Path.Combine(dataDirectory, "campaign.db"));
            packed.CopyTo(file);
            return;
        }

        TestDatabase.Create(dataDirectory);
        using var reader = new StreamReader(new GZipStream(File.OpenRead(Path.Combine(Folder, "postgres.sql.gz")), CompressionMode.Decompress));
        var script = reader.ReadToEnd();
        // The dump empties the search path for its session: a connection of its own, not returned to a pool.
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestDatabase.ConnectionStringFor(dataDirectory)) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(script, connection) { CommandTimeout = 300 };
        command.ExecuteNonQuery();
    }

    /// <summary>Every table of the database (of a stopped host) with its columns and rows, each value as invariant text.</summary>
    public static Dictionary<string, TableRows> ReadAll(string dataDirectory)
    {
        using var connection = TestDatabase.Open(dataDirectory);
        var tables = new Dictionary<string, TableRows>(StringComparer.Ordinal);
        foreach (var table in Tables(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<string?[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToArray());
            }

            tables[table] = new TableRows(columns, rows);
        }

        return tables;
    }

    private static List<string> Tables(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = TestDatabase.IsPostgres
            ? """
              SELECT '"' || table_schema || '"."' || table_name || '"' FROM information_schema.tables
              WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1
              """
            : "SELECT '\"' || name || '\"' FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1";
        using var reader = command.ExecuteReader();
        var tables = new List<string>();
        while (reader.Read())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private static string? Text(object value) => value switch
    {
        DBNull => null,
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime at => at.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset at => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

/// <summary>A table's columns and its rows' values in the order of the columns.</summary>
public sealed record TableRows(List<string> Columns, List<string?[]> Rows)
{
    /// <summary>Each row as one line of <c>column=value</c> over <paramref name="columns"/> only, in that order.</summary>
    public List<string> Lines(IEnumerable<string> columns)
    {
        var indexes = columns.Select(c => (Name: c, Index: Columns.IndexOf(c))).ToList();
        return Rows.Select(row => string.Join("\u001f", indexes.Select(c => $"{c.Name}={(c.Index < 0 ? "<no column>" : row[c.Index] ?? "<null>")}")))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
