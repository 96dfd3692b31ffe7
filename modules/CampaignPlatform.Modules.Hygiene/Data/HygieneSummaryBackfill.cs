using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using CampaignPlatform.Modules.Hygiene.Facilities;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Hygiene.Data;

/// <summary>
/// At start-up, data whose facility checks or disinfection log predate the summaries the score lines read (or were
/// written straight into their tables, as the generator does) gets each summary made once; afterwards every check and
/// every entry keeps them.
/// </summary>
internal sealed class HygieneSummaryBackfill(HygieneDbContext db, ILogger<HygieneSummaryBackfill> logger) : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (await LatestFacilityChecks.BackfillAsync(db, cancellationToken))
        {
            logger.LogInformation("Latest facility checks found from the existing checks.");
        }

        if (await LatestFacilityChecks.FillStatesAsync(db, cancellationToken) is > 0 and var filled)
        {
            logger.LogInformation("Facility state copied to {Count} latest facility checks kept before it was.", filled);
        }

        if (await DisinfectionSummary.BackfillAsync(db, cancellationToken))
        {
            logger.LogInformation("Disinfection summary made from the existing log.");
        }
    }
}
