using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Publicity.Activities;

/// <summary>Records a publicity activity (宣传活动) of a township, optionally in one of its villages.</summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RecordActivity(
    Guid TownshipId,
    Guid? VillageId,
    Channel? Channel,
    string? Title,
    DateOnly? HeldOn,
    OrganiserInput? Organiser,
    int? Participants,
    int? EstimatedReach,
    string? EvidenceNote) : IRequest<ActivityDto>, ITownshipScoped, IActivityFields;

internal sealed class RecordActivityValidator : ActivityFieldsValidator<RecordActivity>
{
    public RecordActivityValidator(TimeProvider time) : base(time) => RuleFor(a => a.TownshipId).NotEmpty();
}

internal sealed class RecordActivityHandler(PublicityDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordActivity, ActivityDto>
{
    public async Task<ActivityDto> Handle(RecordActivity request, CancellationToken cancellationToken)
    {
        var village = await PublicityAccess.VillageOfAsync(mediator, request.TownshipId, request.VillageId, cancellationToken);
        var activity = new Activity
        {
            Id = Guid.NewGuid(), TownshipId = request.TownshipId, VillageId = village?.Id, Channel = request.Channel!.Value,
            Title = request.Title!.Trim(), HeldOn = request.HeldOn!.Value,
            Organiser = await Organisers.ResolveAsync(mediator, request.Organiser!, cancellationToken),
            Participants = request.Participants!.Value, EstimatedReach = request.EstimatedReach!.Value, EvidenceNote = request.EvidenceNote?.Trim(),
            RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        db.Activities.Add(activity);
        // Every activity is health education and promotion (健康教育和健康促进), so it goes in that indicator's evidence pack.
        db.Enqueue(new EvidenceRecorded(
            PublicityModule.Id, $"activity:{activity.Id}", activity.TownshipId, [StandardIndicators.HealthEducation],
            $"{Labels.Of(activity.Channel)}：{activity.Title}（{activity.Organiser.Name}，参与 {activity.Participants} 人，覆盖约 {activity.EstimatedReach} 人）",
            activity.HeldOn));
        await db.SaveChangesAsync(cancellationToken);
        return ActivityDto.From(activity, village?.Name);
    }
}
