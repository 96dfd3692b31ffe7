using CampaignPlatform.Host.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Generator;

/// <summary>
/// The platform built exactly as the host builds it, prepared (every module's tables created, its initializers run) but
/// not serving: the generator writes into the tables the modules made, and the benchmarks send requests through its
/// container. The demo city is never seeded here.
/// </summary>
public static class PreparedPlatform
{
    public static async Task<WebApplication> StartAsync(
        DatabaseTarget target, IEnumerable<KeyValuePair<string, string?>>? settings = null, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(target.HostSettings()
            .Append(new("Demo:Seed", "false"))
            .Concat(settings ?? []));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var catalog = ModuleDiscovery.Discover(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddCampaignPlatform(catalog);
        var app = builder.Build();
        await app.PrepareStorageAndModulesAsync(ct);
        return app;
    }
}
