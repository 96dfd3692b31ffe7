using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Snapshots;

public sealed record SnapshotDto(
    long Id, int Year, DateOnly Day, Guid? TownshipId, decimal PointsEarned, decimal PointsPossible, DateTimeOffset ComputedAt, Guid? RunId);

/// <summary>Stored snapshots of the city (no township given) or of one township, newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetSnapshots(int? Year, Guid? TownshipId) : IRequest<IReadOnlyList<SnapshotDto>>;

internal sealed class GetSnapshotsValidator : AbstractValidator<GetSnapshots>
{
    public GetSnapshotsValidator() => RuleFor(q => q.Year).IsAssessmentYear();
}

internal sealed class GetSnapshotsHandler(AssessmentDbContext db, IMediator mediator) : IRequestHandler<GetSnapshots, IReadOnlyList<SnapshotDto>>
{
    public async Task<IReadOnlyList<SnapshotDto>> Handle(GetSnapshots request, CancellationToken cancellationToken)
    {
        if (request.TownshipId is { } townshipId)
        {
            await mediator.RequireTownship(townshipId, cancellationToken);
        }

        var scope = ScoreSnapshot.ScopeOf(request.TownshipId);
        return await db.Snapshots.AsNoTracking()
            .Where(s => s.Scope == scope && (request.Year == null || s.Year == request.Year))
            .OrderByDescending(s => s.Day)
            .Select(s => new SnapshotDto(s.Id, s.Year, s.Day, s.TownshipId, s.PointsEarned, s.PointsPossible, s.ComputedAt, s.RunId))
            .ToListAsync(cancellationToken);
    }
}
