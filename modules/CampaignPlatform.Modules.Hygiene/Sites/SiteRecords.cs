using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Disinfection;
using CampaignPlatform.Modules.Hygiene.Facilities;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>A site's facility checks in a period of city dates (default: the last 30 days), newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record ListFacilityChecks(Guid SiteId, DateOnly? From, DateOnly? To) : IRequest<IReadOnlyList<FacilityCheckDto>>, IDateRange;

/// <summary>A site's disinfection log in a period of city dates (default: the last 30 days), newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record ListDisinfections(Guid SiteId, DateOnly? From, DateOnly? To) : IRequest<IReadOnlyList<DisinfectionDto>>, IDateRange;

internal static class SitePeriod
{
    public const int DefaultDays = 30;
    public const int MaxDays = 366;

    public static (DateOnly From, DateOnly To) Resolve(IDateRange period, TimeProvider time)
    {
        var to = period.To ?? CityClock.Today(time);
        return (period.From ?? to.AddDays(-(DefaultDays - 1)), to);
    }
}

internal abstract class SitePeriodValidator<T> : AbstractValidator<T> where T : IDateRange
{
    public SitePeriodValidator()
    {
        this.AddDateRangeRule();
        RuleFor(p => p.From).Must((p, from) => p.To!.Value.DayNumber - from!.Value.DayNumber < SitePeriod.MaxDays)
            .When(p => p.From is not null && p.To is not null && p.To >= p.From)
            .WithMessage($"查询期间不能超过 {SitePeriod.MaxDays} 天；整段台账请导出。At most {SitePeriod.MaxDays} days; export the ledger for more.");
    }
}

internal sealed class ListFacilityChecksValidator : SitePeriodValidator<ListFacilityChecks>;

internal sealed class ListDisinfectionsValidator : SitePeriodValidator<ListDisinfections>;

internal sealed class SiteRecordsHandler(HygieneDbContext db, IMediator mediator, TimeProvider time) :
    IRequestHandler<ListFacilityChecks, IReadOnlyList<FacilityCheckDto>>,
    IRequestHandler<ListDisinfections, IReadOnlyList<DisinfectionDto>>
{
    public async Task<IReadOnlyList<FacilityCheckDto>> Handle(ListFacilityChecks request, CancellationToken cancellationToken)
    {
        var site = await SiteAccess.LoadAsync(db, mediator, request.SiteId, cancellationToken);
        var (from, to) = SitePeriod.Resolve(request, time);
        return (await db.FacilityChecks.AsNoTracking()
                .Where(c => c.SiteId == site.Id && c.CheckedOn >= from && c.CheckedOn <= to)
                .OrderByDescending(c => c.CheckedOn).ThenByDescending(c => c.Id)
                .ToListAsync(cancellationToken))
            .Select(FacilityCheckDto.From).ToList();
    }

    public async Task<IReadOnlyList<DisinfectionDto>> Handle(ListDisinfections request, CancellationToken cancellationToken)
    {
        var site = await SiteAccess.LoadAsync(db, mediator, request.SiteId, cancellationToken);
        var (from, to) = SitePeriod.Resolve(request, time);
        var start = CityClock.StartOf(from);
        var end = CityClock.StartOf(to.AddDays(1));
        return (await db.Disinfections.AsNoTracking()
                .Where(d => d.SiteId == site.Id && d.At >= start && d.At < end)
                .OrderByDescending(d => d.At)
                .ToListAsync(cancellationToken))
            .Select(DisinfectionDto.From).ToList();
    }
}
