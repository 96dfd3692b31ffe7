using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.DemonstrationCreation.Applications;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Titles;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.DemonstrationCreation.Reviews;

/// <summary>
/// The yearly review (复审) of a title held, scored against the criteria in force. Passed, the next review falls due a
/// year after this one; failed, the title is withdrawn (撤销) with the score as its reason. A withdrawn title → 409.
/// </summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record ReviewTitle(Guid TitleId, DateOnly? ReviewedOn, IReadOnlyList<ScoreInput>? Scores, string? Note, int? Version)
    : IRequest<ReviewOutcomeDto>, IReviewInput;

internal sealed class ReviewTitleValidator : AbstractValidator<ReviewTitle>
{
    public ReviewTitleValidator(TimeProvider time) => Include(new ReviewInputRules(time));
}

internal sealed class ReviewTitleHandler(
    DemonstrationCreationDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time, IOptions<DemonstrationOptions> options)
    : IRequestHandler<ReviewTitle, ReviewOutcomeDto>
{
    public async Task<ReviewOutcomeDto> Handle(ReviewTitle request, CancellationToken cancellationToken)
    {
        var title = await RecordAccess.TitleAsync(db, mediator, request.TitleId, cancellationToken, tracked: true);
        Versions.EnsureCurrent(title.Version, request.Version!.Value, "称号");
        TitleChanges.EnsureHeld(title);
        if (request.ReviewedOn!.Value < title.GrantedOn)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(request.ReviewedOn),
                $"复审日期不能早于命名日期 {title.GrantedOn:yyyy-MM-dd}。The review cannot precede the grant.")]);
        }

        var review = await ReviewScoring.ScoreAsync(db, title.Kind, request, options.Value.PassMark,
            new ReviewSubject(ReviewKind.Yearly, title.TownshipId, title.ApplicationId, title.Id, actor.Name, time.GetUtcNow()), cancellationToken);
        if (review.Passed)
        {
            title.NextReviewDue = review.ReviewedOn.AddYears(1);
        }
        else
        {
            TitleChanges.Withdraw(title, review.ReviewedOn,
                $"年度复审未达标：{review.Percentage} 分，合格线 {review.PassMark} 分。The yearly review scored below the pass mark.", actor.Name);
        }

        await Versions.SaveAsync(db, title, request.Version!.Value, "称号", cancellationToken);
        var application = await db.Applications.AsNoTracking().FirstAsync(a => a.Id == title.ApplicationId, cancellationToken);
        return new ReviewOutcomeDto(ReviewDto.From(review), ApplicationDto.From(application), TitleDto.From(title));
    }
}
