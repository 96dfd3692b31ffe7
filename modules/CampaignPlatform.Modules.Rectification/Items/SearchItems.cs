using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>The rectification list with its filters, newest first, a page at a time.</summary>
[AllowSignedIn]
internal sealed record SearchItems(
    Guid? TownshipId,
    Guid? VillageId,
    Guid? UnitId,
    string? Module,
    ItemStatus? Status,
    bool? Overdue,
    bool? Listed,
    DateOnly? From,
    DateOnly? To,
    int? Page,
    int? PageSize) : IRequest<ItemPage>, IDateRange;

internal sealed class SearchItemsValidator : AbstractValidator<SearchItems>
{
    public SearchItemsValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
        RuleFor(q => q.Module).MaximumLength(64);
        this.AddDateRangeRule();
    }
}

internal sealed class SearchItemsHandler(RectificationDbContext db, IMediator mediator, TimeProvider time) : IRequestHandler<SearchItems, ItemPage>
{
    public async Task<ItemPage> Handle(SearchItems request, CancellationToken cancellationToken)
    {
        var today = CityClock.Today(time);
        var query = Filter(db.Items.AsNoTracking(), request, today);
        var page = request.Page ?? 1;
        var size = request.PageSize ?? 20;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.Id).Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        var names = await OrgNames.LoadAsync(mediator, items.Where(i => i.VillageId != null).Select(i => i.TownshipId), cancellationToken);
        return new ItemPage(items.Select(i => ItemDto.From(i, names, today)).ToList(), total, page, size);
    }

    /// <summary>The filters, shared with the ledger export so that both list the same items.</summary>
    public static IQueryable<RectificationItem> Filter(IQueryable<RectificationItem> items, SearchItems request, DateOnly today)
    {
        if (request.TownshipId is { } township)
        {
            items = items.Where(i => i.TownshipId == township);
        }

        if (request.VillageId is { } village)
        {
            items = items.Where(i => i.VillageId == village);
        }

        if (request.UnitId is { } unit)
        {
            items = items.Where(i => i.ResponsibleUnitId == unit || i.ClaimedByUnitId == unit);
        }

        if (!string.IsNullOrEmpty(request.Module))
        {
            items = items.Where(i => i.SourceModule == request.Module);
        }

        if (request.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (request.Overdue is { } overdue)
        {
            items = overdue
                ? items.Where(i => i.Status != ItemStatus.Closed && (i.IsOverdue || i.Deadline < today))
                : items.Where(i => i.Status == ItemStatus.Closed || (!i.IsOverdue && i.Deadline >= today));
        }

        if (request.Listed is { } listed)
        {
            items = items.Where(i => i.Listed == listed);
        }

        if (request.From is { } from)
        {
            var start = CityClock.StartOf(from);
            items = items.Where(i => i.CreatedAt >= start);
        }

        if (request.To is { } to)
        {
            var end = CityClock.StartOf(to.AddDays(1));
            items = items.Where(i => i.CreatedAt < end);
        }

        return items;
    }
}
