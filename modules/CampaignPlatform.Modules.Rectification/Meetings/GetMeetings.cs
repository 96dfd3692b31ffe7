using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Rectification.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Rectification.Meetings;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetMeetings(MeetingKind? Kind, Guid? TownshipId, DateOnly? From, DateOnly? To) : IRequest<IReadOnlyList<MeetingDto>>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetCadenceGaps(DateOnly? Since) : IRequest<IReadOnlyList<CadenceGapDto>>;

internal sealed class GetMeetingsValidator : AbstractValidator<GetMeetings>
{
    public GetMeetingsValidator() => RuleFor(q => q.Kind).IsInEnum();
}

internal sealed class MeetingQueries(RectificationDbContext db) :
    IRequestHandler<GetMeetings, IReadOnlyList<MeetingDto>>,
    IRequestHandler<GetCadenceGaps, IReadOnlyList<CadenceGapDto>>
{
    public async Task<IReadOnlyList<MeetingDto>> Handle(GetMeetings request, CancellationToken cancellationToken)
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

        return (await meetings.OrderByDescending(m => m.HeldOn).Take(500).ToListAsync(cancellationToken)).Select(MeetingDto.From).ToList();
    }

    public async Task<IReadOnlyList<CadenceGapDto>> Handle(GetCadenceGaps request, CancellationToken cancellationToken) =>
        await db.CadenceGaps.AsNoTracking()
            .Where(g => request.Since == null || g.DetectedOn >= request.Since)
            .OrderByDescending(g => g.DetectedOn).ThenBy(g => g.Kind)
            .Take(1000)
            .Select(g => new CadenceGapDto(g.Kind, g.TownshipId, g.DetectedOn, g.LastHeldOn))
            .ToListAsync(cancellationToken);
}
