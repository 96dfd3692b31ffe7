using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The online backup (<c>POST /api/admin/backups</c>) taken while another task keeps writing, restored the documented
/// way — the backup folder copied as the data directory of a new host — and read back: what existed when the backup
/// was taken is there, what was written after it is not, and the old sign-in token still works (the keys came along).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class BackupTests
{
    [Fact]
    public async Task A_backup_taken_while_writes_go_on_restores_into_a_fresh_host_with_the_data_of_that_moment()
    {
        var restored = Path.Combine(Path.GetTempPath(), "campaign-tests", "restored-" + Guid.NewGuid().ToString("N"));
        var before = new List<string>();
        var after = new List<string>();
        string token;
        Guid township;
        using (var original = new PlatformFactory())
        {
            using var admin = original.CreateClient();
            token = admin.DefaultRequestHeaders.Authorization!.Parameter!;
            township = await DemoCity.TownshipId(admin, "柳河镇");
            if (TestDatabase.IsPostgres)
            {
                using var refused = await admin.PostAsync("/api/admin/backups", null);
                Assert.Contains("pg_dump", (await refused.AssertProblem(409)).GetProperty("detail").GetString(), StringComparison.Ordinal);
                return;
            }

            for (var i = 0; i < 5; i++)
            {
                before.Add(await RegisterSite(admin, township, $"备份前的场所 {i}"));
            }

            using var stop = new CancellationTokenSource();
            var writes = KeepWriting(original.CreateClient(), township, stop.Token);
            await Task.Delay(300); // let the writer get going
            using var response = await admin.PostAsync("/api/admin/backups", null);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var backup = await response.ReadJson();
            for (var i = 0; i < 3; i++)
            {
                after.Add(await RegisterSite(admin, township, $"备份后的场所 {i}"));
            }

            await stop.CancelAsync();
            Assert.True(await writes > 0, "the writer wrote nothing while the backup was taken");

            var folder = Path.Combine(original.DataDirectory, backup.GetProperty("folder").GetString()!);
            var files = backup.GetProperty("files").Items().ToDictionary(f => f.GetProperty("name").GetString()!, f => f);
            Assert.Equal("ok", files["campaign.db"].GetProperty("integrityCheck").GetString());
            Assert.Equal("ok", files["hangfire.db"].GetProperty("integrityCheck").GetString());
            Assert.Contains(files.Keys, name => name.StartsWith("keys/", StringComparison.Ordinal));
            foreach (var database in Directory.GetFiles(folder, "*.db"))
            {
                Assert.Equal("ok", IntegrityCheck(database));
            }

            CopyDirectory(folder, restored);
        }

        try
        {
            using var restoredHost = new PlatformFactory(dataDirectory: restored);
            using var client = restoredHost.CreateAnonymousClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var names = (await client.GetJson($"/api/hygiene/townships/{township}/sites")).Items().Select(s => s.GetProperty("name").GetString()).ToList();
            Assert.All(before, name => Assert.Contains(name, names));
            Assert.All(after, name => Assert.DoesNotContain(name, names));
        }
        finally
        {
            PlatformFactory.DeleteData(restored);
        }
    }

    [Fact]
    public async Task Only_a_city_administrator_may_take_a_backup()
    {
        using var factory = new PlatformFactory();
        using var supervisor = factory.CreateClientFor("demo-supervisor");
        await (await supervisor.PostAsync("/api/admin/backups", null)).AssertProblem(403);
        using var anonymous = factory.CreateAnonymousClient();
        await (await anonymous.PostAsync("/api/admin/backups", null)).AssertProblem(401);
    }

    /// <summary>Registers sites one after another until told to stop; returns how many were written.</summary>
    private static async Task<int> KeepWriting(HttpClient client, Guid township, CancellationToken stop)
    {
        var written = 0;
        using (client)
        {
            while (!stop.IsCancellationRequested)
            {
                await RegisterSite(client, township, $"备份时写入的场所 {written}");
                written++;
            }
        }

        return written;
    }

    private static async Task<string> RegisterSite(HttpClient client, Guid township, string name)
    {
        using var response = await client.PostJson("/api/hygiene/sites", new { townshipId = township, category = "Market", name, address = "柳河街1号" });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return name;
    }

    private static string IntegrityCheck(string database)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check";
        return (string)command.ExecuteScalar()!;
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
