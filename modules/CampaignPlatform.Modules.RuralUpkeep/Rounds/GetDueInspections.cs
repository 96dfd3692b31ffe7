using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Rounds;

public sealed record DueInspectionDto(Guid VillageId, string? VillageName, int WeekYear, int Week, DateOnly DueBy, bool Done, Guid? InspectionId);

/// <summary>A township's due inspections of one ISO week (default: this week), with whether each was done.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record GetDueInspections(Guid TownshipId, int? WeekYear, int? Week) : ITownshipScoped, IRequest<IReadOnlyList<DueInspectionDto>>;

internal sealed class GetDueInspectionsValidator : AbstractValidator<GetDueInspections>
{
    public GetDueInspectionsValidator()
    {
        RuleFor(q => q.WeekYear).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Week).InclusiveBetween(1, 53);
        RuleFor(q => q.Week).NotNull().When(q => q.WeekYear is not null).WithMessage("指定年份时须指定周次。Give the week with the year.");
    }
}

internal sealed class GetDueInspectionsHandler(RuralUpkeepDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<GetDueInspections, IReadOnlyList<DueInspectionDto>>
{
    public async Task<IReadOnlyList<DueInspectionDto>> Handle(GetDueInspections request, CancellationToken cancellationToken)
    {
        var (thisYear, thisWeek) = CreateInspectionRoundHandler.IsoWeek(CityClock.Today(time));
        var weekYear = request.WeekYear ?? thisYear;
        var week = request.Week ?? thisWeek;
        var rows = await db.DueInspections.AsNoTracking()
            .Where(d => d.TownshipId == request.TownshipId && d.WeekYear == weekYear && d.Week == week)
            .ToListAsync(cancellationToken);
        var names = (await mediator.Send(new ListVillages([request.TownshipId]), cancellationToken)).ToDictionary(v => v.Id, v => v.Name);
        return rows.OrderBy(r => names.GetValueOrDefault(r.VillageId), StringComparer.Ordinal)
            .Select(r => new DueInspectionDto(r.VillageId, names.GetValueOrDefault(r.VillageId), r.WeekYear, r.Week, r.DueBy, r.InspectionId != null, r.InspectionId))
            .ToList();
    }
}

internal static class RoundEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/townships/{townshipId:guid}/due-inspections", async (Guid townshipId, int? weekYear, int? week, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetDueInspections(townshipId, weekYear, week), ct)))
            .WithSummary("本周应检村庄 · Due inspections of an ISO week (default: this week) and whether each was done");
}
