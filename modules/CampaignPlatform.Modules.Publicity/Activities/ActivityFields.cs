using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;

namespace CampaignPlatform.Modules.Publicity.Activities;

/// <summary>What is recorded of an activity, whether it is recorded new or corrected.</summary>
internal interface IActivityFields
{
    Guid? VillageId { get; }
    Channel? Channel { get; }
    string? Title { get; }
    DateOnly? HeldOn { get; }
    OrganiserInput? Organiser { get; }
    int? Participants { get; }
    int? EstimatedReach { get; }
    string? EvidenceNote { get; }
}

internal abstract class ActivityFieldsValidator<T> : AbstractValidator<T> where T : IActivityFields
{
    /// <summary>A township's population is well under this; anything larger is a typo.</summary>
    public const int MaxParticipants = 1_000_000;

    /// <summary>Broadcast and new media reach beyond the township, but not beyond this.</summary>
    public const int MaxReach = 10_000_000;

    protected ActivityFieldsValidator(TimeProvider time)
    {
        RuleFor(a => a.Channel).NotNull().IsInEnum();
        RuleFor(a => a.Title).NotEmpty().MaximumLength(200);
        RuleFor(a => a.HeldOn).NotNull().Must(d => d is null || d <= CityClock.Today(time))
            .WithMessage("活动日期不能晚于今天。The activity cannot be dated in the future.");
        RuleFor(a => a.Organiser).NotNull().SetValidator(new OrganiserValidator()!);
        RuleFor(a => a.Participants).NotNull().InclusiveBetween(0, MaxParticipants);
        RuleFor(a => a.EstimatedReach).NotNull().InclusiveBetween(0, MaxReach);
        RuleFor(a => a.EstimatedReach).GreaterThanOrEqualTo(a => a.Participants)
            .When(a => a.Participants is not null && a.EstimatedReach is not null)
            .WithMessage("覆盖人数不能少于参与人数。The estimated reach includes the participants, so it cannot be smaller.");
        RuleFor(a => a.EvidenceNote).MaximumLength(2000);
    }
}
