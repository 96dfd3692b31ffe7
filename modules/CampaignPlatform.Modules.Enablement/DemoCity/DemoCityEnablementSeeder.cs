using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Enablement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CampaignPlatform.Modules.Enablement.DemoCity;

/// <summary>
/// In the demo city, switches each campaign module on where its manifest says (<see cref="ModuleManifest.DemoCity"/>),
/// the way the office would: rural upkeep in the rural townships, the other campaigns everywhere but where a township
/// has not started one yet. Runs once, on a database where nobody has switched anything.
/// </summary>
internal sealed class DemoCityEnablementSeeder(
    EnablementDbContext db, IModuleCatalog catalog, IMediator mediator, IConfiguration configuration, TimeProvider time)
    : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public IReadOnlyList<string> ReadsConfiguration => ["Demo:Seed"];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue("Demo:Seed", true)
            || await db.Settings.AnyAsync(cancellationToken)
            || await db.Changes.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = time.GetUtcNow();
        foreach (var township in await mediator.Send(new ListTownships(), cancellationToken))
        {
            foreach (var module in catalog.Modules.Where(m => !m.IsCore && ShouldEnable(m, township)))
            {
                db.Settings.Add(new ModuleSetting { TownshipId = township.Id, ModuleId = module.Id, Enabled = true, ChangedAt = now, ChangedBy = "demo" });
                db.Changes.Add(new ModuleSettingChange
                {
                    TownshipId = township.Id, ModuleId = module.Id, OldEnabled = false, NewEnabled = true,
                    ChangedAt = now, ChangedBy = "demo", Reason = "演示数据初始化 demo city set-up",
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool ShouldEnable(ModuleManifest module, TownshipInfo township) =>
        !module.DemoCityNotStartedIn.Contains(township.Name) && module.DemoCity switch
        {
            DemoCitySwitch.Everywhere => true,
            DemoCitySwitch.OutsideBuiltUpArea => !township.InBuiltUpArea,
            _ => false,
        };
}
