using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Meetings;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetMeetings(MeetingKind? Kind, Guid? TownshipId, DateOnly? From, DateOnly? To, int? Page = null, int? PageSize = null)
    : IRequest<Paged<MeetingDto>>, IDateRange, IPagedQuery;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetCadenceGaps(DateOnly? Since, int? Page = null, int? PageSize = null) : IRequest<Paged<CadenceGapDto>>, IPagedQuery;

internal sealed class GetMeetingsValidator : AbstractValidator<GetMeetings>
{
    public GetMeetingsValidator()
    {
        RuleFor(q => q.Kind).IsInEnum();
        this.AddDateRangeRule();
        this.AddPagingRules();
    }
}

internal sealed class GetCadenceGapsValidator : AbstractValidator<GetCadenceGaps>
{
    public GetCadenceGapsValidator() => this.AddPagingRules();
}

internal sealed class MeetingQueries(RectificationDbContext db) :
    IRequestHandler<GetMeetings, Paged<MeetingDto>>,
    IRequestHandler<GetCadenceGaps, Paged<CadenceGapDto>>
{
    public async Task<Paged<MeetingDto>> Handle(GetMeetings request, CancellationToken cancellationToken)
    {
        var meetings = db.Meetings.AsNoTracking();
        if (request.Kind is { } kind)
        {
            meetings = meetings.Where(m => m.Kind == kind);
        }

        if (request.TownshipId is { } township)
        {
            meetings = meetings.Where(m => m.TownshipId == township);
        }

        if (request.From is { } from)
        {
            meetings = meetings.Where(m => m.HeldOn >= from);
        }

        if (request.To is { } to)
        {
            meetings = meetings.Where(m => m.HeldOn <= to);
        }

        return (await meetings.OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id).ToPagedAsync(request, cancellationToken)).Map(MeetingDto.From);
    }

    public async Task<Paged<CadenceGapDto>> Handle(GetCadenceGaps request, CancellationToken cancellationToken) =>
        (await db.CadenceGaps.AsNoTracking()
            .Where(g => request.Since == null || g.DetectedOn >= request.Since)
            .OrderByDescending(g => g.DetectedOn).ThenBy(g => g.Kind).ThenBy(g => g.TownshipId)
            .ToPagedAsync(request, cancellationToken))
        .Map(g => new CadenceGapDto(g.Kind, g.TownshipId, g.DetectedOn, g.LastHeldOn));
}
