using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// The real host over HTTP, on a real SQLite file in a fresh temporary directory, with the demo city seeded.
/// Hangfire's configuration is process-wide, so every test that starts a host is in one sequential collection.
/// </summary>
public sealed class PlatformFactory : WebApplicationFactory<Program>
{
    public PlatformFactory(FakeTimeProvider? clock = null, IDictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "campaign-tests", Guid.NewGuid().ToString("N"));
        KeepData = dataDirectory is not null;
        Clock = clock;
        Settings = settings ?? new Dictionary<string, string?>();
    }

    public string DataDirectory { get; }

    /// <summary>A directory the test handed in outlives this host (to restart on the same data).</summary>
    private bool KeepData { get; }

    public FakeTimeProvider? Clock { get; }

    private IDictionary<string, string?> Settings { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Storage:DataDirectory", DataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            if (Clock is not null)
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepData)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the OS temp cleaner takes it.
            }
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HostCollection
{
    public const string Name = "host";
}
