using System.Globalization;
using SQLitePCL;

namespace CampaignPlatform.Generator;

/// <summary>
/// Binds a value, already in the form the module's model stores it (<see cref="BulkColumn.ToStore"/>), to a statement
/// parameter by its position, the way Microsoft.Data.Sqlite stores the same value for EF Core: ids as upper-case text,
/// dates as <c>yyyy-MM-dd</c>, decimals as text, flags as 0 and 1. By position, because the driver's own binding looks
/// every parameter up by its name on every execution, which cost more than the insert itself. A unit test holds the
/// stored forms to EF Core's own (<c>BulkTableTests</c>); a type not listed here stops the generator.
/// </summary>
internal static class SqliteValue
{
    public static int Bind(sqlite3_stmt statement, int position, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, position),
        string text => raw.sqlite3_bind_text(statement, position, text),
        long number => raw.sqlite3_bind_int64(statement, position, number),
        int number => raw.sqlite3_bind_int64(statement, position, number),
        short number => raw.sqlite3_bind_int64(statement, position, number),
        byte number => raw.sqlite3_bind_int64(statement, position, number),
        bool flag => raw.sqlite3_bind_int64(statement, position, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(statement, position, real),
        float real => raw.sqlite3_bind_double(statement, position, real),
        Guid id => raw.sqlite3_bind_text(statement, position, id.ToString().ToUpperInvariant()),
        DateOnly day => raw.sqlite3_bind_text(statement, position, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        decimal amount => raw.sqlite3_bind_text(statement, position, amount.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, position, bytes),
        _ => throw new NotSupportedException($"The generator does not know how SQLite stores a {value.GetType().Name}; add it to {nameof(SqliteValue)}."),
    };
}
