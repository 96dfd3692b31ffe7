using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using CampaignPlatform.Modules.Hygiene.Facilities;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Hygiene.Data;

/// <summary>
/// Facility checks and disinfection log entries that predate the summaries the score lines read (or were written
/// straight into their tables, as the province generator does) get each summary made from them; afterwards every check
/// and every entry keeps them. Each summary is made only where it is empty, so the step is safe to run again.
/// </summary>
internal sealed class HygieneSummaryBackfill(HygieneDbContext db, ILogger<HygieneSummaryBackfill> logger) : DataMigration<HygieneDbContext>(db)
{
    public override string Id => "20261207151902_SummariesFromExistingRows";

    public override async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await LatestFacilityChecks.BackfillAsync(Db, cancellationToken))
        {
            logger.LogInformation("Latest facility checks found from the existing checks.");
        }

        if (await LatestFacilityChecks.FillStatesAsync(Db, cancellationToken) is > 0 and var filled)
        {
            logger.LogInformation("Facility state copied to {Count} latest facility checks kept before it was.", filled);
        }

        if (await DisinfectionSummary.BackfillAsync(Db, cancellationToken))
        {
            logger.LogInformation("Disinfection summary made from the existing log.");
        }
    }
}
