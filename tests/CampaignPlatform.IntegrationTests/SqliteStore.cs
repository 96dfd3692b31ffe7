using Microsoft.Data.Sqlite;

namespace CampaignPlatform.IntegrationTests;

/// <summary>Plain statements on a stopped platform's SQLite file, for tests that look at or take away what it stored.</summary>
public static class SqliteStore
{
    /// <summary>Every row of a query as one line of text each (or runs a statement), on the data directory's file.</summary>
    public static string Rows(string data, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "campaign.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i).ToString())));
        }

        return string.Join('\n', rows);
    }
}
