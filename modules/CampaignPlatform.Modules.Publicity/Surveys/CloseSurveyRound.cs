using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Publicity.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Surveys;

/// <summary>
/// Closes a round: its rate is final and counts for the score lines; later answers are refused (409). A round with no
/// answers cannot be closed (it has no rate). <see cref="ExpectedVersion"/>, when sent, must match.
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record CloseSurveyRound(Guid RoundId, int? ExpectedVersion) : IRequest<SurveyRoundDto>;

internal sealed class CloseSurveyRoundValidator : AbstractValidator<CloseSurveyRound>
{
    public CloseSurveyRoundValidator() => RuleFor(c => c.ExpectedVersion).GreaterThanOrEqualTo(0);
}

internal sealed class CloseSurveyRoundHandler(PublicityDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<CloseSurveyRound, SurveyRoundDto>
{
    public async Task<SurveyRoundDto> Handle(CloseSurveyRound request, CancellationToken cancellationToken)
    {
        var (round, townshipName) = await SurveyAccess.LoadAsync(db, mediator, request.RoundId, tracked: true, cancellationToken);
        SurveyAccess.EnsureOpen(round);
        if (request.ExpectedVersion is { } expected && expected != round.Version)
        {
            throw Changed(round.Version);
        }

        if (round.SampleSize == 0)
        {
            throw new ConflictException("该轮调查尚无答卷，不能结束。A round without answers has no rate and cannot be closed.")
                .With("currentStatus", "Open").With("sampleSize", 0);
        }

        round.ClosedAt = time.GetUtcNow();
        round.ClosedBy = actor.Name;
        round.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.SurveyRounds.AsNoTracking().FirstAsync(r => r.Id == request.RoundId, cancellationToken);
            throw Changed(current.Version).With("currentStatus", current.ClosedAt is null ? "Open" : "Closed");
        }

        return SurveyRoundDto.Of(round, townshipName);
    }

    private static ConflictException Changed(int currentVersion) =>
        new ConflictException("该轮调查刚有新答卷录入，请核对后重试。Answers were added since you looked; check the result and try again.")
            .With("currentVersion", currentVersion);
}
