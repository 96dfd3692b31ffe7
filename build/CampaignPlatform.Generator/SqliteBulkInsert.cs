using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CampaignPlatform.Generator;

/// <summary>
/// SQLite's side of <see cref="BulkTable"/>: multi-row <c>INSERT … VALUES (…), (…), …</c> statements, prepared once and
/// bound again and again by position (<see cref="SqliteValue"/>), in transactions of many rows — few enough to keep
/// the write-ahead log modest.
/// </summary>
internal static class SqliteBulkInsert
{
    private const int RowsPerTransaction = 100_000;

    /// <summary>Parameters per statement: enough rows that stepping a statement no longer counts, far below SQLite's limit of 32,766.</summary>
    private const int ParametersPerStatement = 256;

    public static async Task<long> InsertAsync(
        DbConnection connection, string table, IReadOnlyList<BulkColumn> columns, IEnumerable<object?[]> rows, bool bulkLoad, CancellationToken ct)
    {
        var load = bulkLoad ? await SqliteBulkLoad.BeginAsync(connection, table, ct) : null;
        try
        {
            return await InsertRowsAsync(connection, table, columns, rows, ct);
        }
        finally
        {
            if (load is not null)
            {
                await load.EndAsync(ct);
            }
        }
    }

    private static async Task<long> InsertRowsAsync(
        DbConnection connection, string table, IReadOnlyList<BulkColumn> columns, IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var rowsPerStatement = Math.Max(1, ParametersPerStatement / columns.Count);
        await using var statement = new Statement(connection, table, columns, rowsPerStatement);
        var buffer = new object?[rowsPerStatement][];
        var buffered = 0;
        var count = 0L;
        DbTransaction? transaction = null;
        try
        {
            foreach (var row in rows)
            {
                buffer[buffered++] = row;
                if (buffered < rowsPerStatement)
                {
                    continue;
                }

                transaction ??= await connection.BeginTransactionAsync(ct);
                await statement.ExecuteAsync(buffer, ct);
                buffered = 0;
                count += rowsPerStatement;
                if (count % RowsPerTransaction < rowsPerStatement)
                {
                    await transaction.CommitAsync(ct);
                    await transaction.DisposeAsync();
                    transaction = null;
                }
            }

            if (buffered > 0)
            {
                transaction ??= await connection.BeginTransactionAsync(ct);
                await using var rest = new Statement(connection, table, columns, buffered);
                await rest.ExecuteAsync(buffer, ct);
                count += buffered;
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        return count;
    }

    /// <summary>One INSERT of a fixed number of rows, prepared once on the connection's own handle and bound by position for every batch.</summary>
    private sealed class Statement : IAsyncDisposable
    {
        private readonly sqlite3 _database;
        private readonly sqlite3_stmt _statement;
        private readonly IReadOnlyList<BulkColumn> _columns;
        private readonly int _rows;

        public Statement(DbConnection connection, string table, IReadOnlyList<BulkColumn> columns, int rows)
        {
            _database = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
            _columns = columns;
            _rows = rows;
            var row = "(" + string.Join(", ", columns.Select(_ => "?")) + ")";
            var sql = $"INSERT INTO {BulkColumn.Quote(table)} ({string.Join(", ", columns.Select(c => BulkColumn.Quote(c.Name)))}) " +
                      $"VALUES {string.Join(", ", Enumerable.Repeat(row, rows))}";
            Check(raw.sqlite3_prepare_v2(_database, sql, out _statement));
        }

        /// <summary>Binds the first rows of the buffer (as many as this statement holds) and runs it in the connection's transaction.</summary>
        public Task ExecuteAsync(object?[][] buffer, CancellationToken ct)
        {
            ct.ThrowIfCancellationRequested();
            for (var r = 0; r < _rows; r++)
            {
                var row = buffer[r];
                var offset = r * _columns.Count;
                for (var c = 0; c < _columns.Count; c++)
                {
                    Check(SqliteValue.Bind(_statement, offset + c + 1, _columns[c].ToStore(row[c])));
                }
            }

            var done = raw.sqlite3_step(_statement);
            raw.sqlite3_reset(_statement);
            if (done != raw.SQLITE_DONE)
            {
                Check(done);
            }

            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            _statement.Dispose();
            return ValueTask.CompletedTask;
        }

        private void Check(int result)
        {
            if (result != raw.SQLITE_OK)
            {
                SqliteException.ThrowExceptionForRC(result, _database);
            }
        }
    }
}
