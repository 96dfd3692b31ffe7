using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Organisation.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Townships;

[AllowSignedIn]
internal sealed record GetTownshipList(bool IncludeRetired) : IRequest<IReadOnlyList<TownshipDto>>;

internal sealed class GetTownshipListHandler(OrgDbContext db) : IRequestHandler<GetTownshipList, IReadOnlyList<TownshipDto>>
{
    public async Task<IReadOnlyList<TownshipDto>> Handle(GetTownshipList request, CancellationToken cancellationToken)
    {
        var villageCounts = await db.Villages.Where(v => v.RetiredAt == null)
            .GroupBy(v => v.TownshipId)
            .Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.TownshipId, x => x.Count, cancellationToken);
        var townships = await db.Townships.AsNoTracking()
            .Where(t => request.IncludeRetired || t.RetiredAt == null)
            .OrderBy(t => t.Code)
            .ToListAsync(cancellationToken);
        return townships.Select(t => TownshipDto.From(t, villageCounts.GetValueOrDefault(t.Id))).ToList();
    }
}
