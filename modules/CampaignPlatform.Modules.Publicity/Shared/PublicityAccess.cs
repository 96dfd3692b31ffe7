using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using MediatR;

namespace CampaignPlatform.Modules.Publicity.Shared;

/// <summary>
/// Checks the pipeline cannot make for requests that name a record rather than a township (an activity by id, a
/// survey round that may be city-wide): the township exists and the module is on there.
/// </summary>
internal static class PublicityAccess
{
    public static async Task<TownshipInfo> EnsureEnabledAsync(IMediator mediator, Guid townshipId, CancellationToken ct)
    {
        var township = await mediator.Send(new FindTownship(townshipId), ct) ?? throw new NotFoundException("Township", townshipId);
        if (!await mediator.Send(new IsModuleEnabled(PublicityModule.Id, townshipId), ct))
        {
            throw new ModuleDisabledException(PublicityModule.Id, PublicityModule.NameZh, townshipId, township.Name);
        }

        return township;
    }

    /// <summary>The village, when one is named, must be one of the township's (404 otherwise).</summary>
    public static async Task<VillageInfo?> VillageOfAsync(IMediator mediator, Guid townshipId, Guid? villageId, CancellationToken ct)
    {
        if (villageId is not { } id)
        {
            return null;
        }

        var village = await mediator.Send(new FindVillage(id), ct);
        return village?.TownshipId == townshipId ? village : throw new NotFoundException("Village", id);
    }
}
