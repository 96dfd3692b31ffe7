using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Hygiene.Data;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Hygiene.Disinfection;

/// <summary>
/// At start-up, data whose disinfection log predates the summary (or was written straight into the log, as the
/// generator does) gets its summary made from the log once; afterwards every entry keeps it.
/// </summary>
internal sealed class DisinfectionSummaryBackfill(HygieneDbContext db, ILogger<DisinfectionSummaryBackfill> logger) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (await DisinfectionSummary.BackfillAsync(db, cancellationToken))
        {
            logger.LogInformation("Disinfection summary made from the existing log.");
        }
    }
}
