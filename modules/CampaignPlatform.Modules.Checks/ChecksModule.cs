using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Checks.Dashboard;
using CampaignPlatform.Modules.Checks.Data;
using CampaignPlatform.Modules.Checks.Listing;
using CampaignPlatform.Modules.Checks.Running;
using CampaignPlatform.Modules.Checks.Scheduling;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Checks;

/// <summary>
/// Runs the recurring checks every module declares: schedules them with Hangfire, records each run, runs
/// them on demand, and hands each run only the townships where the declaring module is on.
/// </summary>
public sealed class ChecksModule : IModule
{
    public const string Id = "checks";

    public ModuleManifest Manifest { get; } = new(
        Id, "定时检查", "Recurring checks", "1.0.0",
        "Schedules the modules' recurring inspections and sweeps, records every run, and runs them on demand.",
        DependsOn: ["modules"], IsCore: true);

    public IJsonTypeInfoResolver? JsonContext => ChecksJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<ChecksDbContext>(services);
        services.AddScoped(sp => new ChecksDbContextAccessor(sp.GetRequiredService<ChecksDbContext>()));
        services.AddSingleton<CheckSchedules>();
        services.AddScoped<CheckRunner>();
        services.AddSingleton<CheckRetries>();
        services.AddScoped<CheckJob>();
        services.AddScoped<IModuleInitializer, RecurringCheckScheduler>();
        if (storage.Provider == DatabaseProvider.Sqlite)
        {
            services.AddScoped<IModuleInitializer, InterruptedRuns>();
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => CheckEndpoints.Map(api);

    public IEnumerable<ModulePage> Pages { get; } = [ModulePage.For<GetChecks>("/checks", "定时检查", "Recurring checks")];

    public IEnumerable<DashboardPanel> DashboardPanels { get; } =
        [DashboardPanel.For<GetChecks, LastRunsPanel>(60, "定时检查最近运行", "Last runs of the recurring checks")];
}
