using System.Data.Common;

namespace CampaignPlatform.Generator;

/// <summary>
/// The generator's load of one SQLite table, which nothing else reads or writes meanwhile: the connection stops waiting
/// for the disk (<c>synchronous = OFF</c>), caches a gigabyte of pages and sorts in memory, and the table's secondary
/// indices are dropped before the rows and made again from their own DDL afterwards — one sort per index instead of a
/// random B-tree insert per row and index. The journal mode is left alone, so the file stays a normal write-ahead-log
/// database, and the connection's settings are put back before it returns to the pool. The indices come back with the
/// exact SQL sqlite_master held, so the schema is the one the module made.
/// </summary>
internal sealed class SqliteBulkLoad
{
    private static readonly (string Pragma, string During)[] Relaxed =
        [("synchronous", "OFF"), ("cache_size", "-1048576"), ("temp_store", "MEMORY")];

    private readonly DbConnection _connection;
    private readonly IReadOnlyList<(string Pragma, long Before)> _settings;
    private readonly IReadOnlyList<string> _indexDefinitions;

    private SqliteBulkLoad(DbConnection connection, IReadOnlyList<(string, long)> settings, IReadOnlyList<string> indexDefinitions)
    {
        _connection = connection;
        _settings = settings;
        _indexDefinitions = indexDefinitions;
    }

    public static async Task<SqliteBulkLoad> BeginAsync(DbConnection connection, string table, CancellationToken ct)
    {
        var settings = new List<(string, long)>();
        foreach (var (pragma, during) in Relaxed)
        {
            settings.Add((pragma, Convert.ToInt64(await ScalarAsync(connection, $"PRAGMA {pragma}", ct))));
            await ExecuteAsync(connection, $"PRAGMA {pragma} = {during}", ct);
        }

        // Indices SQLite made for a constraint (sql IS NULL) cannot be dropped and stay.
        var indices = new List<(string Name, string Sql)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL ORDER BY name";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$table";
            parameter.Value = table;
            command.Parameters.Add(parameter);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                indices.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indices)
        {
            await ExecuteAsync(connection, $"DROP INDEX {BulkColumn.Quote(name)}", ct);
        }

        return new SqliteBulkLoad(connection, settings, indices.Select(i => i.Sql).ToList());
    }

    /// <summary>Makes the indices again and puts the connection's settings back, whether or not the rows went in.</summary>
    public async Task EndAsync(CancellationToken ct)
    {
        try
        {
            foreach (var definition in _indexDefinitions)
            {
                await ExecuteAsync(_connection, definition, ct);
            }
        }
        finally
        {
            foreach (var (pragma, before) in _settings)
            {
                await ExecuteAsync(_connection, $"PRAGMA {pragma} = {before}", CancellationToken.None);
            }
        }
    }

    private static async Task<object?> ScalarAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
