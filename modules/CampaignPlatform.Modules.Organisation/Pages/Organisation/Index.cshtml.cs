using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Organisation.Townships;
using CampaignPlatform.Modules.Organisation.Villages;
using MediatR;

namespace CampaignPlatform.Modules.Organisation.Pages.Organisation;

/// <summary>One township of the tree with its villages and communities and the grids of each.</summary>
internal sealed record TownshipBranch(TownshipDto Township, IReadOnlyList<VillageDto> Villages, ILookup<Guid, GridInfo> Grids)
{
    public int GridCount => Grids.Sum(g => g.Count());
}

/// <summary>
/// The organisation tree: townships → villages and communities → grids, with counts (the same requests as
/// <c>/api/org/townships</c> and <c>/api/org/townships/{id}/villages</c>). People of one township see their own.
/// </summary>
public sealed class TreeModel(IMediator mediator, ICurrentActor actor) : PlatformPageModel(mediator)
{
    internal IReadOnlyList<TownshipBranch> Branches { get; private set; } = [];

    /// <summary>The township to show unfolded (the person's own, or the one asked for).</summary>
    public Guid? Open { get; private set; }

    public async Task OnGetAsync(Guid? township)
    {
        var ct = HttpContext.RequestAborted;
        var own = actor.Account?.TownshipId;
        var townships = (await Mediator.Send(new GetTownshipList(false), ct)).Where(t => own is null || t.Id == own).ToList();
        var branches = new List<TownshipBranch>();
        foreach (var t in townships)
        {
            var villages = await Mediator.Send(new GetVillagesOfTownship(t.Id, false), ct);
            var grids = await Mediator.Send(new ListGrids(t.Id), ct);
            branches.Add(new TownshipBranch(t, villages, grids.ToLookup(g => g.VillageId)));
        }

        Branches = branches;
        Open = own ?? township;
    }
}
