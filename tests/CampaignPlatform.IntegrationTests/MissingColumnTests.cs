namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Data made by an earlier version whose table lacks columns its module has since gained gets them at start-up, and the
/// module's back-fill fills them for the rows already there — on either store: hygiene's latest facility checks without
/// the facility state kept beside them score exactly as before once restarted.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MissingColumnTests
{
    private const string StateColumns = "\"Working\", \"SoapPresent\"";

    [Fact]
    public async Task Columns_added_since_the_data_was_made_are_created_and_filled_at_start_up()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var clock = TestClocks.NoonTomorrow();
            string lineBefore, cityBefore, rankingsBefore;
            Guid township;
            using (var before = new PlatformFactory(clock, dataDirectory: data))
            {
                using var client = before.CreateClient();
                township = await HygieneLatestCheckTests.RecordHistory(client, clock);
                lineBefore = (await client.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("handwashing").GetRawText();
                cityBefore = (await client.GetJson("/api/assessment/scorecard")).ScoreLine("handwashing").GetRawText();
                rankingsBefore = (await client.GetJson("/api/assessment/rankings")).GetRawText();
            }

            var kept = LatestChecks(data);
            // The market's latest check (dated today) found two working facilities and no soap.
            Assert.Contains(kept, row => row.Working == 2 && row.SoapPresent == false);
            Assert.All(kept, row => Assert.True(row.Working is not null && row.SoapPresent is not null));
            Assert.Equal(5, ColumnCount(data));
            foreach (var column in StateColumns.Split(", "))
            {
                Execute(data, $"ALTER TABLE {Table} DROP COLUMN {column}");
            }

            Assert.Equal(3, ColumnCount(data));
            TestDatabase.ForgetPreparation(data); // what data made by an earlier version looks like

            using var after = new PlatformFactory(clock, dataDirectory: data);
            using var restarted = after.CreateClient();
            Assert.Equal(lineBefore, (await restarted.GetJson($"/api/assessment/townships/{township}/scorecard")).ScoreLine("handwashing").GetRawText());
            Assert.Equal(cityBefore, (await restarted.GetJson("/api/assessment/scorecard")).ScoreLine("handwashing").GetRawText());
            Assert.Equal(rankingsBefore, (await restarted.GetJson("/api/assessment/rankings")).GetRawText());
            Assert.Equal(5, ColumnCount(data));
            Assert.Equal(kept, LatestChecks(data));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    private static string Table => TestDatabase.IsPostgres ? "hygiene.latest_facility_checks" : "hygiene_latest_facility_checks";

    private static long ColumnCount(string data) => Convert.ToInt64(Execute(data, TestDatabase.IsPostgres
        ? "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'hygiene' AND table_name = 'latest_facility_checks'"
        : $"SELECT count(*) FROM pragma_table_info('{Table}')"), System.Globalization.CultureInfo.InvariantCulture);

    private static List<(string Site, long Check, int? Working, bool? SoapPresent)> LatestChecks(string data)
    {
        using var connection = TestDatabase.Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"SiteId\", \"CheckId\", {StateColumns} FROM {Table} ORDER BY \"SiteId\"";
        using var reader = command.ExecuteReader();
        var rows = new List<(string, long, int?, bool?)>();
        while (reader.Read())
        {
            rows.Add((Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!, reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetBoolean(3)));
        }

        return rows;
    }

    private static object? Execute(string data, string sql)
    {
        using var connection = TestDatabase.Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
