using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.CampaignName.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.CampaignName.Entries;

/// <summary>A township's entries in a period (city calendar, both ends included), newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record ListEntries(Guid TownshipId, DateOnly? From, DateOnly? To) : IRequest<IReadOnlyList<WorkEntryDto>>, ITownshipScoped;

internal sealed class ListEntriesValidator : AbstractValidator<ListEntries>
{
    public ListEntriesValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("结束日期不能早于开始日期。'to' must not be before 'from'.");
}

internal sealed class ListEntriesHandler(CampaignNameDbContext db) : IRequestHandler<ListEntries, IReadOnlyList<WorkEntryDto>>
{
    public async Task<IReadOnlyList<WorkEntryDto>> Handle(ListEntries request, CancellationToken cancellationToken)
    {
        var entries = db.Entries.AsNoTracking().Where(e => e.TownshipId == request.TownshipId);
        if (request.From is { } from)
        {
            entries = entries.Where(e => e.On >= from);
        }

        if (request.To is { } to)
        {
            entries = entries.Where(e => e.On <= to);
        }

        var found = await entries.OrderByDescending(e => e.On).ThenByDescending(e => e.RecordedAt).ToListAsync(cancellationToken);
        return found.Select(WorkEntryDto.From).ToList();
    }
}
