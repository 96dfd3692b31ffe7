using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// Start-up work between building the app and serving: every module's migrations (<see cref="ModuleMigrations"/>), then
/// each module's initializers in dependency order, all under the <see cref="StartupLock"/> so that two hosts starting at
/// once on PostgreSQL neither apply a migration twice nor seed the demo city twice. A start that finds the data prepared
/// by the same host, modules and configuration (<see cref="PreparedStamp"/>, <see cref="PreparationFingerprint"/>) skips
/// the migrations and the initializers that run only when preparing, so it builds no module's EF model before serving;
/// the others run at every start.
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

        var settings = app.Services.GetRequiredService<StorageSettings>();
        await using var startupLock = await StartupLock.AcquireAsync(settings, ct);
        var catalog = app.Services.GetRequiredService<ModuleCatalog>();
        var order = catalog.Modules.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        using var probe = app.Services.CreateScope();
        var initializers = probe.ServiceProvider.GetServices<IModuleInitializer>()
            .OrderBy(i => catalog.FindByAssembly(i.GetType().Assembly) is { } m ? order[m.Id] : int.MaxValue)
            .ToList();

        // Read under the lock: a second host waits for the first to finish preparing, then finds its stamp.
        var fingerprint = PreparationFingerprint.Of(app.Services, initializers);
        var prepared = await PreparedStamp.ReadAsync(settings, ct) == fingerprint;
        if (prepared)
        {
            logger.LogInformation("The data was prepared by this host with these modules and settings: migrations and one-time initializers skipped");
        }
        else
        {
            await ModuleMigrations.ApplyAsync(app.Services, logger, ct);
            logger.LogDebug("Migrations applied {Elapsed:0} ms after the process started", SinceProcessStart());
        }

        foreach (var type in initializers.Where(i => !prepared || i.Runs == InitializerRuns.EveryStart).Select(i => i.GetType()))
        {
            // Each initializer in a fresh scope, so one module's unit of work never leaks into the next. Only that one
            // is made there (initializers are registered by type, AddScoped<IModuleInitializer, T>), not every module's
            // with the contexts each takes.
            await using var scope = app.Services.CreateAsyncScope();
            var initializer = (IModuleInitializer)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                await initializer.InitializeAsync(ct);
            }
            finally
            {
                await DisposeAsync(initializer);
            }

            logger.LogDebug("{Initializer} took {Elapsed:0} ms", type.Name, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        if (!prepared)
        {
            // Only once everything above succeeded: a start that failed half-way leaves the next one to prepare again.
            await PreparedStamp.WriteAsync(settings, fingerprint, ct);
        }

        logger.LogInformation("CampaignPlatform prepared {Count} modules ({Modules}) {Elapsed:0} ms after the process started", catalog.Modules.Count,
            string.Join(", ", catalog.Modules.Select(m => m.Id)), SinceProcessStart());
    }

    /// <summary>Made outside the container, so the scope does not dispose it.</summary>
    private static async ValueTask DisposeAsync(IModuleInitializer initializer)
    {
        switch (initializer)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }

    private static double SinceProcessStart() => StartupTimeline.SinceProcessStart();
}
