using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;
using Hangfire;
using Hangfire.Storage.SQLite;

namespace CampaignPlatform.Host.Scheduling;

/// <summary>Hangfire storage and server. Embedded: a SQLite file beside the data, polled every second.</summary>
public static class HangfireSetup
{
    public static IServiceCollection AddPlatformHangfire(this IServiceCollection services, PlatformStorage storage)
    {
        services.AddHangfire(configuration =>
        {
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (storage.Provider)
            {
                case DatabaseProvider.Sqlite:
                    Directory.CreateDirectory(storage.Settings.DataDirectory);
                    // The default 15 s poll makes on-demand runs start 10–25 s late.
                    configuration.UseSQLiteStorage(storage.Settings.HangfireSqlitePath, new SQLiteStorageOptions
                    {
                        QueuePollInterval = TimeSpan.FromSeconds(1),
                    });
                    break;
                default:
                    throw new NotSupportedException("Hangfire on PostgreSQL is not part of this build yet.");
            }
        });
        services.AddHangfireServer(options =>
        {
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        return services;
    }
}
