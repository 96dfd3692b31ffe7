using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Assessment.Data;
using CampaignPlatform.Modules.Assessment.Schemes;
using CampaignPlatform.Modules.Assessment.Standard;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Seeding;

/// <summary>
/// On first start: the current year's scheme (the 2021 default, or a copy of the newest earlier year) and the
/// standard's catalogue. Not demo data: every installation starts from them. Edits are never overwritten.
/// </summary>
internal sealed class AssessmentSeeder(AssessmentDbContext db, SchemeStore schemes, TimeProvider time) : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await schemes.LinesOf(CityClock.Today(time).Year, cancellationToken);
        if (!await db.Indicators.AnyAsync(cancellationToken))
        {
            db.Indicators.AddRange(StandardSeed.All());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
