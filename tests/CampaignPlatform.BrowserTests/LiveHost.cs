using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.BrowserTests;

/// <summary>
/// The real host on a free loopback port (Kestrel, so a browser can reach it), on a real SQLite file in a fresh
/// temporary directory, with the demo city and its accounts seeded.
/// </summary>
public sealed class LiveHost : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo@2026";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "campaign-browser-tests", Guid.NewGuid().ToString("N"));

    public LiveHost()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    /// <summary>Where the host answers, e.g. <c>http://127.0.0.1:40123</c>.</summary>
    public string BaseAddress { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("Storage:DataDirectory", _dataDirectory);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            try
            {
                Directory.Delete(_dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file for a moment; the OS temp cleaner takes it.
            }
        }
    }
}
