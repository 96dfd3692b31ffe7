using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Organisation.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Lookups;

/// <summary>Answers the kernel's organisation queries, so other modules never read these tables.</summary>
internal sealed class OrganisationLookups(OrgDbContext db) :
    IRequestHandler<FindTownship, TownshipInfo?>,
    IRequestHandler<ListTownships, IReadOnlyList<TownshipInfo>>,
    IRequestHandler<FindVillage, VillageInfo?>,
    IRequestHandler<ListVillages, IReadOnlyList<VillageInfo>>,
    IRequestHandler<ListVillageKeys, IReadOnlyList<VillageKey>>,
    IRequestHandler<FindUnit, UnitInfo?>,
    IRequestHandler<FindUnitByCode, UnitInfo?>,
    IRequestHandler<ListUnits, IReadOnlyList<UnitInfo>>,
    IRequestHandler<FindGrids, IReadOnlyList<GridInfo>>,
    IRequestHandler<ListGrids, IReadOnlyList<GridInfo>>
{
    public async Task<TownshipInfo?> Handle(FindTownship request, CancellationToken cancellationToken) =>
        (await db.Townships.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TownshipId, cancellationToken))?.ToInfo();

    public async Task<IReadOnlyList<TownshipInfo>> Handle(ListTownships request, CancellationToken cancellationToken) =>
        (await db.Townships.AsNoTracking()
            .Where(t => request.IncludeRetired || t.RetiredAt == null)
            .OrderBy(t => t.Code)
            .ToListAsync(cancellationToken))
        .Select(t => t.ToInfo()).ToList();

    public async Task<VillageInfo?> Handle(FindVillage request, CancellationToken cancellationToken) =>
        (await db.Villages.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VillageId, cancellationToken))?.ToInfo();

    public async Task<IReadOnlyList<VillageInfo>> Handle(ListVillages request, CancellationToken cancellationToken)
    {
        var townships = request.TownshipIds.ToList();
        return (await db.Villages.AsNoTracking()
                .Where(v => townships.Contains(v.TownshipId) && v.RetiredAt == null)
                .OrderBy(v => v.Code)
                .ToListAsync(cancellationToken))
            .Select(v => v.ToInfo()).ToList();
    }

    /// <summary>Two columns projected and untracked: a province's 100,000 villages without their names and codes.</summary>
    public async Task<IReadOnlyList<VillageKey>> Handle(ListVillageKeys request, CancellationToken cancellationToken)
    {
        var townships = request.TownshipIds.ToList();
        return await db.Villages.AsNoTracking()
            .Where(v => townships.Contains(v.TownshipId) && v.RetiredAt == null)
            .Select(v => new VillageKey(v.Id, v.TownshipId))
            .ToListAsync(cancellationToken);
    }

    public async Task<UnitInfo?> Handle(FindUnit request, CancellationToken cancellationToken) =>
        (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == request.UnitId, cancellationToken))?.ToInfo();

    public async Task<UnitInfo?> Handle(FindUnitByCode request, CancellationToken cancellationToken) =>
        (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == request.Code, cancellationToken))?.ToInfo();

    public async Task<IReadOnlyList<UnitInfo>> Handle(ListUnits request, CancellationToken cancellationToken) =>
        (await db.Units.AsNoTracking().OrderBy(u => u.Code).ToListAsync(cancellationToken)).Select(u => u.ToInfo()).ToList();

    public async Task<IReadOnlyList<GridInfo>> Handle(FindGrids request, CancellationToken cancellationToken)
    {
        var ids = request.GridIds.ToList();
        return await (
                from g in db.Grids.AsNoTracking()
                join v in db.Villages on g.VillageId equals v.Id
                where ids.Contains(g.Id)
                select new GridInfo(g.Id, g.VillageId, v.TownshipId, g.Name, g.RetiredAt != null))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<GridInfo>> Handle(ListGrids request, CancellationToken cancellationToken) =>
        await (
                from g in db.Grids.AsNoTracking()
                join v in db.Villages on g.VillageId equals v.Id
                where v.TownshipId == request.TownshipId && g.RetiredAt == null
                orderby v.Code, g.Name
                select new GridInfo(g.Id, g.VillageId, v.TownshipId, g.Name, false))
            .ToListAsync(cancellationToken);
}
