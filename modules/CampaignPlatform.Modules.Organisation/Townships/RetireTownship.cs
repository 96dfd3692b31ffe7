using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Organisation.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Organisation.Townships;

/// <summary>Retires a township (e.g. merged into another). Its records stay; it stops taking new work.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record RetireTownship(Guid TownshipId) : IRequest<TownshipDto>;

internal sealed class RetireTownshipHandler(OrgDbContext db, TimeProvider time) : IRequestHandler<RetireTownship, TownshipDto>
{
    public async Task<TownshipDto> Handle(RetireTownship request, CancellationToken cancellationToken)
    {
        var township = await db.Townships.FirstOrDefaultAsync(t => t.Id == request.TownshipId, cancellationToken)
                       ?? throw new NotFoundException("Township", request.TownshipId);
        if (township.RetiredAt is not null)
        {
            throw new ConflictException($"乡镇“{township.Name}”已撤销。Township is already retired.").With("retiredAt", township.RetiredAt);
        }

        township.RetiredAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TownshipDto.From(township, 0);
    }
}
