using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Organisation;
using MediatR;

namespace CampaignPlatform.Modules.RuralUpkeep.Pages.RuralUpkeep;

/// <summary>
/// Where the module's pages open when no township is asked for: the first township (in the city's order) that has
/// village upkeep on — subdistricts (街道) usually have it off, and the city's list starts with them, so opening on the
/// first township would greet city roles with a refusal. A township's own people still get their own.
/// </summary>
internal static class TownshipsWhereOn
{
    public static async Task<Guid?> FirstAsync(IMediator mediator, CancellationToken ct)
    {
        var on = (await mediator.Send(new ListTownshipsWhereEnabled(RuralUpkeepModule.Id), ct)).ToHashSet();
        return (await mediator.Send(new ListTownships(), ct)).FirstOrDefault(t => on.Contains(t.Id))?.Id;
    }
}
