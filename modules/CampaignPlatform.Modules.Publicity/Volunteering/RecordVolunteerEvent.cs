using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Publicity.Volunteering;

/// <summary>
/// Records a volunteer-service or unpaid-labour event (志愿服务、义务劳动). <see cref="TotalHours"/> is the event's total
/// volunteer hours (the sum over the sign-in sheet), not hours per volunteer.
/// </summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RecordVolunteerEvent(
    Guid TownshipId,
    Guid? VillageId,
    DateOnly? HeldOn,
    VolunteerWorkKind? Kind,
    OrganiserInput? Organiser,
    int? Volunteers,
    decimal? TotalHours,
    string? Description) : IRequest<VolunteerEventDto>, ITownshipScoped;

internal sealed record VolunteerEventDto(
    Guid Id,
    Guid TownshipId,
    Guid? VillageId,
    string? VillageName,
    DateOnly HeldOn,
    VolunteerWorkKind Kind,
    string KindZh,
    OrganiserDto Organiser,
    int Volunteers,
    decimal TotalHours,
    string Description,
    DateTimeOffset RecordedAt,
    string RecordedBy)
{
    public static VolunteerEventDto From(VolunteerEvent e, string? villageName) => new(
        e.Id, e.TownshipId, e.VillageId, villageName, e.HeldOn, e.Kind, Labels.Of(e.Kind), OrganiserDto.From(e.Organiser), e.Volunteers,
        e.TotalHours, e.Description, e.RecordedAt, e.RecordedBy);
}

internal sealed class RecordVolunteerEventValidator : AbstractValidator<RecordVolunteerEvent>
{
    public const int MaxVolunteers = 100_000;

    public RecordVolunteerEventValidator(TimeProvider time)
    {
        RuleFor(e => e.TownshipId).NotEmpty();
        RuleFor(e => e.HeldOn).NotNull().Must(d => d is null || d <= CityClock.Today(time))
            .WithMessage("活动日期不能晚于今天。The event cannot be dated in the future.");
        RuleFor(e => e.Kind).NotNull().IsInEnum();
        RuleFor(e => e.Organiser).NotNull().SetValidator(new OrganiserValidator()!);
        RuleFor(e => e.Volunteers).NotNull().InclusiveBetween(1, MaxVolunteers);
        RuleFor(e => e.TotalHours).NotNull().GreaterThan(0);

        // Nobody volunteers more than a whole day at one event.
        RuleFor(e => e.TotalHours).LessThanOrEqualTo(e => e.Volunteers!.Value * 24m)
            .When(e => e.Volunteers is > 0 and <= MaxVolunteers && e.TotalHours is not null)
            .WithMessage("总时长不能超过志愿者人数 × 24 小时。Total hours cannot exceed 24 hours per volunteer.");
        RuleFor(e => e.Description).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class RecordVolunteerEventHandler(PublicityDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordVolunteerEvent, VolunteerEventDto>
{
    public async Task<VolunteerEventDto> Handle(RecordVolunteerEvent request, CancellationToken cancellationToken)
    {
        var village = await PublicityAccess.VillageOfAsync(mediator, request.TownshipId, request.VillageId, cancellationToken);
        var volunteerEvent = new VolunteerEvent
        {
            Id = Guid.NewGuid(), TownshipId = request.TownshipId, VillageId = village?.Id, HeldOn = request.HeldOn!.Value, Kind = request.Kind!.Value,
            Organiser = await Organisers.ResolveAsync(mediator, request.Organiser!, cancellationToken),
            Volunteers = request.Volunteers!.Value, TotalHours = Math.Round(request.TotalHours!.Value, 1, MidpointRounding.AwayFromZero),
            Description = request.Description!.Trim(), RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        db.VolunteerEvents.Add(volunteerEvent);
        await db.SaveChangesAsync(cancellationToken);
        return VolunteerEventDto.From(volunteerEvent, village?.Name);
    }
}
