using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.DemonstrationCreation.Reviews;

/// <summary>
/// A city supervisor's on-site review (现场观摩/评审) of an application, a score per criterion. At or above the pass
/// mark the title is granted (命名) with its first yearly review due a year on; below it the application is closed as
/// 未通过. Only an application still waiting for its review can be reviewed (409 with its state).
/// </summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record ReviewApplication(Guid ApplicationId, DateOnly? ReviewedOn, IReadOnlyList<ScoreInput>? Scores, string? Note, int? Version)
    : IRequest<ReviewOutcomeDto>, IReviewInput;

internal sealed class ReviewApplicationValidator : AbstractValidator<ReviewApplication>
{
    public ReviewApplicationValidator(TimeProvider time) => Include(new ReviewInputRules(time));
}

internal sealed class ReviewApplicationHandler(
    DemonstrationCreationDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time, IOptions<DemonstrationOptions> options)
    : IRequestHandler<ReviewApplication, ReviewOutcomeDto>
{
    public async Task<ReviewOutcomeDto> Handle(ReviewApplication request, CancellationToken cancellationToken)
    {
        var application = await RecordAccess.ApplicationAsync(db, mediator, request.ApplicationId, cancellationToken, tracked: true);
        Versions.EnsureCurrent(application.Version, request.Version!.Value, "申报");
        if (application.State != ApplicationState.Submitted)
        {
            throw new ConflictException($"该申报已{DemonstrationLabels.Of(application.State)}，不能再评审。The application was already decided.")
                .With("currentState", application.State.ToString());
        }

        if (request.ReviewedOn!.Value < CityClock.DateOf(application.SubmittedAt))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.ReviewedOn),
                $"评审日期不能早于申报日期 {CityClock.DateOf(application.SubmittedAt):yyyy-MM-dd}。The review cannot precede the application.")]);
        }

        var review = await ReviewScoring.ScoreAsync(db, application.Kind, request, options.Value.PassMark,
            new ReviewSubject(ReviewKind.Initial, application.TownshipId, application.Id, null, actor.Name, time.GetUtcNow()), cancellationToken);
        DemonstrationTitle? title = null;
        if (review.Passed)
        {
            application.State = ApplicationState.Granted;
            title = new DemonstrationTitle
            {
                Id = Guid.NewGuid(), ApplicationId = application.Id, TownshipId = application.TownshipId, VillageId = application.VillageId,
                Kind = application.Kind, PlaceName = application.PlaceName, UnitName = application.UnitName, Address = application.Address,
                GrantedOn = review.ReviewedOn, NextReviewDue = review.ReviewedOn.AddYears(1), State = TitleState.Held,
            };
            review.TitleId = title.Id;
            db.Titles.Add(title);
        }
        else
        {
            application.State = ApplicationState.NotPassed;
        }

        await Versions.SaveAsync(db, application, request.Version!.Value, "申报", cancellationToken);
        return new ReviewOutcomeDto(ReviewDto.From(review), ApplicationDto.From(application), title is null ? null : TitleDto.From(title));
    }
}
