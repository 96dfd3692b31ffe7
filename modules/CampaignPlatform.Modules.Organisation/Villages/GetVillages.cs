using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Organisation.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Villages;

/// <summary>A township's villages and communities.</summary>
[AllowSignedIn]
internal sealed record GetVillagesOfTownship(Guid TownshipId, bool IncludeRetired) : IRequest<IReadOnlyList<VillageDto>>;

[AllowSignedIn]
internal sealed record GetVillage(Guid VillageId) : IRequest<VillageDto>;

internal sealed class GetVillagesHandler(OrgDbContext db)
    : IRequestHandler<GetVillagesOfTownship, IReadOnlyList<VillageDto>>, IRequestHandler<GetVillage, VillageDto>
{
    public async Task<IReadOnlyList<VillageDto>> Handle(GetVillagesOfTownship request, CancellationToken cancellationToken)
    {
        if (!await db.Townships.AnyAsync(t => t.Id == request.TownshipId, cancellationToken))
        {
            throw new NotFoundException("Township", request.TownshipId);
        }

        var villages = await db.Villages.AsNoTracking()
            .Where(v => v.TownshipId == request.TownshipId && (request.IncludeRetired || v.RetiredAt == null))
            .OrderBy(v => v.Code)
            .ToListAsync(cancellationToken);
        var ids = villages.Select(v => v.Id).ToList();
        var grids = await db.Grids.Where(g => ids.Contains(g.VillageId) && g.RetiredAt == null)
            .GroupBy(g => g.VillageId)
            .Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        return villages.Select(v => VillageDto.From(v, grids.GetValueOrDefault(v.Id))).ToList();
    }

    public async Task<VillageDto> Handle(GetVillage request, CancellationToken cancellationToken)
    {
        var village = await db.Villages.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VillageId, cancellationToken)
                      ?? throw new NotFoundException("Village", request.VillageId);
        var grids = await db.Grids.CountAsync(g => g.VillageId == village.Id && g.RetiredAt == null, cancellationToken);
        return VillageDto.From(village, grids);
    }
}
