using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Enforcement.Scoring;

/// <summary>
/// Cases that predate the due tallies (or were written straight into their table, as the province generator does) get
/// their tallies made from them; afterwards every save keeps them. Made only where the tallies are empty, so the step is
/// safe to run again.
/// </summary>
internal sealed class CaseDueTallyBackfill(EnforcementDbContext db, ILogger<CaseDueTallyBackfill> logger) : DataMigration<EnforcementDbContext>(db)
{
    public override string Id => "20261207151802_CaseDueTalliesFromCases";

    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await CaseDueSummary.BackfillAsync(Db, cancellationToken))
        {
            logger.LogInformation("Case due tallies (per day and per month) made from the existing data.");
        }
    }
}
