using System.Diagnostics;
using System.Net;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Real storage faults under a real host process on SQLite files: the disk filled up (the data directory on a small
/// tmpfs mount, filled with a file) and the database made read-only (the immutable attribute on the database and its
/// write-ahead log — as root, file modes do not stop writes, and a filesystem cannot be remounted read-only while
/// SQLite holds its files open for writing). Each time the write answers 503 problem details with Retry-After, the
/// record is not there, the host stays up, and the next write after the fault clears is 201.
/// Needs root (mount, chattr), as the tests run here.
/// </summary>
[Collection(ProcessCollection.Name)]
public sealed class StorageFaultTests : IDisposable
{
    private readonly string _work = Path.Combine(Path.GetTempPath(), "campaign-tests", "faults-" + Guid.NewGuid().ToString("N"));

    public StorageFaultTests() => Directory.CreateDirectory(_work);

    public void Dispose() => PlatformFactory.DeleteData(_work);

    [Fact]
    public async Task A_write_on_a_full_disk_is_503_and_the_host_recovers_once_space_is_freed()
    {
        Run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", _work);
        try
        {
            using var host = await HostProcess.StartAsync(null, _work, new Dictionary<string, string>());
            using var admin = await host.AdminClientAsync();
            var township = await DemoCity.TownshipId(admin, "柳河镇");
            using (var before = await RegisterSite(admin, township, "故障前登记的场所"))
            {
                Assert.Equal(HttpStatusCode.Created, before.StatusCode);
            }

            var filler = Path.Combine(_work, "filler");
            FillDisk(filler);
            // SQLite reuses space its files already hold, so a write or two may still fit: write until one does not.
            var refused = await WriteUntilRefused(host, admin, township);

            File.Delete(filler);
            await AssertRecovers(host, admin, township, refused);
        }
        finally
        {
            Run("umount", "-l", _work);
        }
    }

    [Fact]
    public async Task A_write_to_a_read_only_database_is_503_and_the_host_recovers_once_it_is_writable_again()
    {
        using var host = await HostProcess.StartAsync(null, _work, new Dictionary<string, string>());
        using var admin = await host.AdminClientAsync();
        var township = await DemoCity.TownshipId(admin, "柳河镇");
        using (var before = await RegisterSite(admin, township, "故障前登记的场所"))
        {
            Assert.Equal(HttpStatusCode.Created, before.StatusCode);
        }

        var database = Directory.GetFiles(_work, "campaign.db", SearchOption.AllDirectories).Single();
        // Not the shared-memory index (-shm): SQLite maps it into memory, and a mapped page that cannot be written is a crash, not an error.
        string[] files = [database, database + "-wal"];
        Run("chattr", ["+i", .. files]);
        string refused;
        try
        {
            refused = await WriteUntilRefused(host, admin, township);
            // Reads still answer during the fault, on connections SQLite opens read-only (the refusal emptied the pool),
            // which must not be pooled for the first write after the fault.
            Assert.Contains("故障前登记的场所", (await admin.GetJson($"/api/hygiene/townships/{township}/sites")).Items().Select(s => s.GetProperty("name").GetString()));
        }
        finally
        {
            Run("chattr", ["-i", .. files]);
        }

        await AssertRecovers(host, admin, township, refused);
    }

    /// <summary>Writes sites until one is refused with 503 (every other answer 201); returns the name of the refused one.</summary>
    private static async Task<string> WriteUntilRefused(HostProcess host, HttpClient admin, Guid township)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var name = $"故障中登记的场所 {attempt}";
            using var response = await RegisterSite(admin, township, name);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                continue;
            }

            await response.AssertProblem(503);
            Assert.True(response.Headers.RetryAfter is not null, "503 without Retry-After");
            Assert.False(host.HasExited, host.Output);
            return name;
        }

        throw new InvalidOperationException($"200 writes during the fault all succeeded:\n{host.Output}");
    }

    private static async Task AssertRecovers(HostProcess host, HttpClient admin, Guid township, string refused)
    {
        Assert.False(host.HasExited, host.Output);
        using (var after = await RegisterSite(admin, township, "故障排除后登记的场所"))
        {
            Assert.True(after.StatusCode == HttpStatusCode.Created, $"{(int)after.StatusCode} {await after.Content.ReadAsStringAsync()}");
        }

        var names = (await admin.GetJson($"/api/hygiene/townships/{township}/sites")).Items().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Contains("故障前登记的场所", names);
        Assert.Contains("故障排除后登记的场所", names);
        Assert.DoesNotContain(refused, names);
        var health = await admin.GetJson("/health");
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
    }

    private static Task<HttpResponseMessage> RegisterSite(HttpClient admin, Guid township, string name) =>
        admin.PostJson("/api/hygiene/sites", new { townshipId = township, category = "Market", name, address = "柳河街1号" });

    /// <summary>Writes zeros until the filesystem has no room left.</summary>
    private static void FillDisk(string path)
    {
        var block = new byte[1024 * 1024];
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        try
        {
            while (true)
            {
                file.Write(block);
            }
        }
        catch (IOException)
        {
            // No space left on the device: that is the point.
        }

        // The last partial block may have found a few pages: take them too.
        try
        {
            for (var i = 0; i < 4096; i++)
            {
                file.Write(block, 0, 4096);
            }
        }
        catch (IOException)
        {
            // Full to the last page.
        }
    }

    private static void Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)}: {error}");
    }
}
