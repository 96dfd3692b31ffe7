using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Activities;

/// <summary>
/// Corrects an activity recorded with a mistake (every field but its township). <see cref="ExpectedVersion"/> is the
/// version the editor saw; a stale one is refused (409) so that nobody overwrites a correction they have not seen.
/// </summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record CorrectActivity(
    Guid ActivityId,
    int? ExpectedVersion,
    Guid? VillageId,
    Channel? Channel,
    string? Title,
    DateOnly? HeldOn,
    OrganiserInput? Organiser,
    int? Participants,
    int? EstimatedReach,
    string? EvidenceNote) : IRequest<ActivityDto>, IActivityFields;

internal sealed class CorrectActivityValidator : ActivityFieldsValidator<CorrectActivity>
{
    public CorrectActivityValidator(TimeProvider time) : base(time) =>
        RuleFor(a => a.ExpectedVersion).NotNull().WithMessage("请提供 expectedVersion（读取时的版本号）。Send the version you read as expectedVersion.");
}

internal sealed class CorrectActivityHandler(PublicityDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<CorrectActivity, ActivityDto>
{
    public async Task<ActivityDto> Handle(CorrectActivity request, CancellationToken cancellationToken)
    {
        var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken)
            ?? throw new NotFoundException("Activity", request.ActivityId);
        await PublicityAccess.EnsureEnabledAsync(mediator, activity.TownshipId, cancellationToken);
        if (activity.Version != request.ExpectedVersion)
        {
            throw Stale(activity.Version);
        }

        var village = await PublicityAccess.VillageOfAsync(mediator, activity.TownshipId, request.VillageId, cancellationToken);
        activity.VillageId = village?.Id;
        activity.Channel = request.Channel!.Value;
        activity.Title = request.Title!.Trim();
        activity.HeldOn = request.HeldOn!.Value;
        activity.Organiser = await Organisers.ResolveAsync(mediator, request.Organiser!, cancellationToken);
        activity.Participants = request.Participants!.Value;
        activity.EstimatedReach = request.EstimatedReach!.Value;
        activity.EvidenceNote = request.EvidenceNote?.Trim();
        activity.ChangedAt = time.GetUtcNow();
        activity.ChangedBy = actor.Name;
        activity.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Activities.AsNoTracking().FirstAsync(a => a.Id == request.ActivityId, cancellationToken);
            throw Stale(current.Version);
        }

        return ActivityDto.From(activity, village?.Name);
    }

    private static ConflictException Stale(int currentVersion) =>
        new ConflictException("该活动已被他人更正，请刷新后重试。Someone else corrected the activity; reload it and try again.")
            .With("currentVersion", currentVersion);
}
