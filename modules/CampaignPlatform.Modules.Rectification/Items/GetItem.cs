using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>One item with its full history, oldest step first.</summary>
[AllowSignedIn]
internal sealed record GetItem(long ItemId) : IRequest<ItemDetailDto>;

internal sealed class GetItemHandler(RectificationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<GetItem, ItemDetailDto>
{
    public async Task<ItemDetailDto> Handle(GetItem request, CancellationToken cancellationToken)
    {
        var item = await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == request.ItemId, cancellationToken)
                   ?? throw new NotFoundException("Rectification item", request.ItemId);
        var history = await db.Events.AsNoTracking()
            .Where(e => e.ItemId == item.Id)
            .OrderBy(e => e.Id)
            .Select(e => new ItemEventDto(e.At, e.Actor, e.Action, e.FromStatus, e.ToStatus, e.Note))
            .ToListAsync(cancellationToken);
        var names = await OrgNames.LoadAsync(mediator, item.VillageId is null ? [] : [item.TownshipId], cancellationToken);
        return new ItemDetailDto(ItemDto.From(item, names, CityClock.Today(time)), history);
    }
}
