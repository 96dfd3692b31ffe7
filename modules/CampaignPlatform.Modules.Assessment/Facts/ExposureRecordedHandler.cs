using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Modules.Assessment.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Facts;

/// <summary>
/// Stores an exposure another module recorded (e.g. enforcement's provincial undercover exposures), once per
/// (source module, source reference): a repeated notification, even a concurrent one, leaves one exposure.
/// </summary>
internal sealed class ExposureRecordedHandler(AssessmentDbContext db, TimeProvider time) : INotificationHandler<ExposureRecorded>
{
    public async Task Handle(ExposureRecorded notification, CancellationToken cancellationToken)
    {
        var reference = $"{notification.SourceModule}:{notification.SourceReference}";
        if (await db.Exposures.AnyAsync(e => e.SourceReference == reference, cancellationToken))
        {
            return;
        }

        var exposure = new Exposure
        {
            Id = Guid.NewGuid(), Date = notification.Date, Year = notification.Date.Year, TownshipId = notification.TownshipId,
            Description = notification.Description.Length > 1000 ? notification.Description[..1000] : notification.Description,
            Source = notification.Kind.Length > 100 ? notification.Kind[..100] : notification.Kind, SourceReference = reference,
            RecordedAt = time.GetUtcNow(), RecordedBy = notification.SourceModule,
        };
        db.Exposures.Add(exposure);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.Entry(exposure).State = EntityState.Detached;
            if (!await db.Exposures.AsNoTracking().AnyAsync(e => e.SourceReference == reference, cancellationToken))
            {
                throw;
            }

            // Another delivery of the same notification stored it first.
        }
    }
}
