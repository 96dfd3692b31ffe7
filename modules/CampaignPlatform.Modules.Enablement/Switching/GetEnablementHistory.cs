using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enablement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enablement.Switching;

public sealed record EnablementChangeDto(
    string ModuleId, bool OldEnabled, bool NewEnabled, DateTimeOffset ChangedAt, string ChangedBy, string? Reason);

/// <summary>Every switch change in a township, newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetEnablementHistory(Guid TownshipId) : IRequest<IReadOnlyList<EnablementChangeDto>>, ITownshipScoped;

internal sealed class GetEnablementHistoryHandler(EnablementDbContext db, IMediator mediator)
    : IRequestHandler<GetEnablementHistory, IReadOnlyList<EnablementChangeDto>>
{
    public async Task<IReadOnlyList<EnablementChangeDto>> Handle(GetEnablementHistory request, CancellationToken cancellationToken)
    {
        _ = await mediator.Send(new FindTownship(request.TownshipId), cancellationToken)
            ?? throw new NotFoundException("Township", request.TownshipId);
        return await db.Changes.AsNoTracking()
            .Where(c => c.TownshipId == request.TownshipId)
            .OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id)
            .Select(c => new EnablementChangeDto(c.ModuleId, c.OldEnabled, c.NewEnabled, c.ChangedAt, c.ChangedBy, c.Reason))
            .ToListAsync(cancellationToken);
    }
}
