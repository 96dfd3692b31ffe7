using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Publicity.Surveys;

/// <summary>
/// Opens a survey round: one kind (知晓率/参与率/满意度), run internally or by a third party (named), in one township or
/// city-wide (<see cref="TownshipId"/> null), over a period. Answers are then entered until the round is closed.
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record OpenSurveyRound(
    SurveyKind? Kind,
    SurveyConductor? Conductor,
    string? AgencyName,
    Guid? TownshipId,
    string? Title,
    DateOnly? From,
    DateOnly? To) : IRequest<SurveyRoundDto>;

internal sealed class OpenSurveyRoundValidator : AbstractValidator<OpenSurveyRound>
{
    public OpenSurveyRoundValidator(TimeProvider time)
    {
        RuleFor(r => r.Kind).NotNull().IsInEnum();
        RuleFor(r => r.Conductor).NotNull().IsInEnum();
        RuleFor(r => r.AgencyName).NotEmpty().When(r => r.Conductor == SurveyConductor.ThirdParty)
            .WithMessage("第三方调查须填写调查机构名称。A third-party survey needs the agency's name.");
        RuleFor(r => r.AgencyName).MaximumLength(200);
        RuleFor(r => r.TownshipId).NotEqual(Guid.Empty);
        RuleFor(r => r.Title).NotEmpty().MaximumLength(200);
        RuleFor(r => r.From).NotNull().Must(d => d is null || d <= CityClock.Today(time))
            .WithMessage("调查开始日期不能晚于今天。A round cannot start in the future.");
        RuleFor(r => r.To).NotNull();
        RuleFor(r => r.To).GreaterThanOrEqualTo(r => r.From).When(r => r.From is not null && r.To is not null)
            .WithMessage("结束日期不能早于开始日期。'to' must not be before 'from'.");
        RuleFor(r => r.To).Must((r, to) => to!.Value.DayNumber - r.From!.Value.DayNumber <= 366).When(r => r.From is not null && r.To is not null)
            .WithMessage("一轮调查不能超过一年。A round cannot last more than a year.");
    }
}

internal sealed class OpenSurveyRoundHandler(PublicityDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<OpenSurveyRound, SurveyRoundDto>
{
    public async Task<SurveyRoundDto> Handle(OpenSurveyRound request, CancellationToken cancellationToken)
    {
        // A township's own round is township work, refused where the module is off; a city-wide round is the office's.
        var township = request.TownshipId is { } id ? await PublicityAccess.EnsureEnabledAsync(mediator, id, cancellationToken) : null;
        var round = new SurveyRound
        {
            Id = Guid.NewGuid(), TownshipId = township?.Id, Kind = request.Kind!.Value, Conductor = request.Conductor!.Value,
            AgencyName = request.Conductor == SurveyConductor.ThirdParty ? request.AgencyName!.Trim() : request.AgencyName?.Trim(),
            Title = request.Title!.Trim(), From = request.From!.Value, To = request.To!.Value, CreatedAt = time.GetUtcNow(), CreatedBy = actor.Name,
        };
        db.SurveyRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
        return SurveyRoundDto.Of(round, township?.Name);
    }
}
