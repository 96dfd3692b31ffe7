using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Modules;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;

namespace CampaignPlatform.Host.Scheduling;

/// <summary>
/// Hangfire storage and server. Embedded: a SQLite file beside the data, polled every second (one host only). On
/// PostgreSQL: schema <c>hangfire</c> in the platform database, shared by every host, so each recurring occurrence
/// and each on-demand run is fetched by exactly one of them.
/// </summary>
public static class HangfireSetup
{
    /// <summary>
    /// <c>Hangfire:InvisibilityTimeout</c> (PostgreSQL): how long the job of a host that stopped answering waits before
    /// another host takes it over. <c>Hangfire:WorkerCount</c>: jobs one host runs at once (Hangfire's default when unset).
    /// <c>Hangfire:Server</c> false: the host registers and enqueues jobs but runs none — a host that only serves requests
    /// beside others sharing its PostgreSQL storage, or a benchmark that must measure its requests alone.
    /// </summary>
    public static IServiceCollection AddPlatformHangfire(this IServiceCollection services, PlatformStorage storage, IConfiguration settings)
    {
        var invisibilityTimeout = settings.GetValue<TimeSpan?>("Hangfire:InvisibilityTimeout") ?? TimeSpan.FromMinutes(1);
        var workerCount = settings.GetValue<int?>("Hangfire:WorkerCount");
        var runsJobs = settings.GetValue("Hangfire:Server", true);
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
                case DatabaseProvider.Postgres:
                    configuration.UsePostgreSqlStorage(
                        options => options.UseNpgsqlConnection(storage.Settings.ConnectionString),
                        new PostgreSqlStorageOptions
                        {
                            QueuePollInterval = TimeSpan.FromSeconds(1),
                            // A running job keeps extending its claim, so a long check is never fetched twice, and the
                            // job of a killed host is fetched again soon after its claim lapses.
                            UseSlidingInvisibilityTimeout = true,
                            InvisibilityTimeout = invisibilityTimeout,
                            // A killed host leaves its lock rows behind; they must expire quickly, not block checks.
                            DistributedLockTimeout = TimeSpan.FromSeconds(30),
                        });
                    break;
                default:
                    throw new NotSupportedException($"Unknown database provider {storage.Provider}.");
            }
        });
        if (!runsJobs)
        {
            return services;
        }

        services.AddHangfireServer(options =>
        {
            options.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            options.SchedulePollingInterval = TimeSpan.FromSeconds(5);
            if (workerCount is > 0)
            {
                options.WorkerCount = workerCount.Value;
            }
        });
        return services;
    }
}
