using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// Start-up work between building the app and serving: tables, then each module's initializers in dependency order, all
/// under the <see cref="StartupLock"/> so that two hosts starting at once on PostgreSQL neither race to create a table
/// nor seed the demo city twice.
/// </summary>
public static class PlatformStartup
{
    public static async Task PrepareStorageAndModulesAsync(this WebApplication app, CancellationToken ct = default)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(StartupTimeline.Category);
        logger.LogDebug("Preparing storage {Elapsed:0} ms after the process started", SinceProcessStart());
        foreach (var refused in app.Services.GetRequiredService<ModuleCatalog>().RefusedPlugins)
        {
            logger.LogError("{Refusal} The host starts without it.", refused.Message);
        }

        await using var startupLock = await StartupLock.AcquireAsync(app.Services.GetRequiredService<StorageSettings>(), ct);
        await SchemaCreator.CreateModuleTablesAsync(app.Services, logger, ct);
        logger.LogDebug("Tables ready {Elapsed:0} ms after the process started", SinceProcessStart());

        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var order = catalog.Modules.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        using var probe = app.Services.CreateScope();
        var initializerTypes = probe.ServiceProvider.GetServices<IModuleInitializer>()
            .Select(i => i.GetType())
            .OrderBy(t => catalog.FindByAssembly(t.Assembly) is { } m ? order[m.Id] : int.MaxValue)
            .ToList();

        foreach (var type in initializerTypes)
        {
            // Each initializer in a fresh scope, so one module's unit of work never leaks into the next.
            using var scope = app.Services.CreateScope();
            var initializer = scope.ServiceProvider.GetServices<IModuleInitializer>().First(i => i.GetType() == type);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            await initializer.InitializeAsync(ct);
            logger.LogDebug("{Initializer} took {Elapsed:0} ms", type.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        logger.LogInformation("CampaignPlatform prepared {Count} modules ({Modules}) {Elapsed:0} ms after the process started", catalog.Modules.Count,
            string.Join(", ", catalog.Modules.Select(m => m.Id)), SinceProcessStart());
    }

    private static double SinceProcessStart() => StartupTimeline.SinceProcessStart();
}
