using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Organisation.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Townships;

[AllowSignedIn]
internal sealed record GetTownship(Guid TownshipId) : IRequest<TownshipDto>;

internal sealed class GetTownshipHandler(OrgDbContext db) : IRequestHandler<GetTownship, TownshipDto>
{
    public async Task<TownshipDto> Handle(GetTownship request, CancellationToken cancellationToken)
    {
        var township = await db.Townships.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TownshipId, cancellationToken)
                       ?? throw new NotFoundException("Township", request.TownshipId);
        var villages = await db.Villages.CountAsync(v => v.TownshipId == township.Id && v.RetiredAt == null, cancellationToken);
        return TownshipDto.From(township, villages);
    }
}
