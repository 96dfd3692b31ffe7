using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>Answers the kernel's rectification queries, so other modules never read these tables.</summary>
internal sealed class RectificationLookups(RectificationDbContext db) : IRequestHandler<CountOpenRectificationItems, int>
{
    public Task<int> Handle(CountOpenRectificationItems request, CancellationToken cancellationToken) =>
        db.Items.AsNoTracking()
            .Where(i => i.VillageId == request.VillageId && i.Status != ItemStatus.Closed)
            .Where(i => request.Severity == null || i.Severity == request.Severity)
            .CountAsync(cancellationToken);
}
