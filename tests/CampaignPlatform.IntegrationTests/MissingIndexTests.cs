namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Data made by an earlier version that lacks indexes a module has since gained on a table it already had gets them at
/// start-up, as the module's model describes them — on either store, with nothing else touched.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class MissingIndexTests
{
    [Fact]
    public async Task Indexes_added_since_the_data_was_made_are_created_at_start_up()
    {
        var data = Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using (var before = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await before.CreateClient().GetJson("/api/org/townships")).Items());
            }

            var made = CaseIndexes(data);
            Assert.Contains(made, i => i.Definition.Contains("\"HandleDueAt\"", StringComparison.Ordinal));
            Assert.Contains(made, i => i.Definition.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase));
            var cases = TestDatabase.Scalar(data, $"SELECT count(*) FROM {CasesTable}");
            foreach (var index in made)
            {
                TestDatabase.Scalar(data, TestDatabase.IsPostgres ? $"DROP INDEX enforcement.\"{index.Name}\"" : $"DROP INDEX \"{index.Name}\"");
            }

            Assert.Empty(CaseIndexes(data));
            TestDatabase.ForgetPreparation(data); // what data made by an earlier version looks like

            using (var after = new PlatformFactory(dataDirectory: data))
            {
                Assert.NotEmpty((await after.CreateClient().GetJson("/api/org/townships")).Items());
            }

            Assert.Equal(made, CaseIndexes(data));
            Assert.Equal(cases, TestDatabase.Scalar(data, $"SELECT count(*) FROM {CasesTable}"));
        }
        finally
        {
            PlatformFactory.DeleteData(data);
        }
    }

    private static string CasesTable => TestDatabase.IsPostgres ? "enforcement.cases" : "enforcement_cases";

    /// <summary>The cases table's indexes (not those of its primary key or constraints), by name, with the statement that makes each.</summary>
    private static List<(string Name, string Definition)> CaseIndexes(string data)
    {
        using var connection = TestDatabase.Open(data);
        using var command = connection.CreateCommand();
        command.CommandText = TestDatabase.IsPostgres
            ? """
              SELECT i.indexname, i.indexdef FROM pg_indexes i
              WHERE i.schemaname = 'enforcement' AND i.tablename = 'cases' AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
              ORDER BY 1
              """
            : "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'enforcement_cases' AND sql IS NOT NULL ORDER BY 1";
        using var reader = command.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }
}
