using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// At start-up, cases that predate the due tallies (or were written straight into the table, as the generator does)
/// get their tallies made once; afterwards every save keeps them.
/// </summary>
internal sealed class CaseDueTallyBackfill(EnforcementDbContext db, ILogger<CaseDueTallyBackfill> logger) : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (await CaseDueSummary.BackfillAsync(db, cancellationToken))
        {
            logger.LogInformation("Case due tallies (per day and per month) made from the existing data.");
        }
    }
}
