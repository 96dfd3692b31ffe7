using CampaignPlatform.Kernel.Organisation;
using MediatR;

namespace CampaignPlatform.Modules.DemonstrationCreation.Pages.DemonstrationCreation;

/// <summary>The names of a record's township and village, for its page: asked of the organisation module, which owns them.</summary>
internal static class PlaceNames
{
    public static async Task<(string? Township, string? Village)> OfAsync(IMediator mediator, Guid townshipId, Guid? villageId, CancellationToken ct) =>
        ((await mediator.Send(new FindTownship(townshipId), ct))?.Name,
            villageId is { } village ? (await mediator.Send(new FindVillage(village), ct))?.Name : null);
}
