using CampaignPlatform.Kernel.Assessment;
using MediatR;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Assessment.Evidence;

/// <summary>
/// Files what modules publish as evidence in the indicators' packs. Codes the catalogue does not know are left
/// out with a warning (a module may name an indicator an administrator has not added); the rest are filed once.
/// </summary>
internal sealed class EvidenceRecordedHandler(EvidenceFiler filer, ILogger<EvidenceRecordedHandler> logger)
    : INotificationHandler<EvidenceRecorded>
{
    public async Task Handle(EvidenceRecorded notification, CancellationToken cancellationToken)
    {
        var codes = notification.IndicatorCodes.Distinct(StringComparer.Ordinal).ToList();
        var known = await filer.KnownCodes(codes, cancellationToken);
        var unknown = codes.Except(known).ToList();
        if (unknown.Count > 0)
        {
            logger.LogWarning(
                "Evidence {SourceModule}/{SourceReference} names indicators not in the catalogue: {Codes}; those links are skipped",
                notification.SourceModule, notification.SourceReference, string.Join(", ", unknown));
        }

        if (known.Count == 0)
        {
            return;
        }

        await filer.File(
            new EvidenceToFile(known, notification.SourceModule, notification.SourceReference, notification.TownshipId,
                notification.Description, notification.OccurredOn),
            notification.SourceModule, cancellationToken);
    }
}
