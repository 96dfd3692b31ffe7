using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Surveys;

/// <summary>One answer: aware / took part / satisfied (<see cref="Positive"/> true) or not.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RecordAnswer(Guid RoundId, bool? Positive, Guid? VillageId, string? Note) : IRequest<SurveyRoundDto>;

/// <summary>Many answers at once, as counted on paper: how many were asked and how many answered yes.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record RecordAnswerCounts(Guid RoundId, int? SampleSize, int? PositiveCount, Guid? VillageId, string? Note) : IRequest<SurveyRoundDto>;

internal sealed class RecordAnswerValidator : AbstractValidator<RecordAnswer>
{
    public RecordAnswerValidator()
    {
        RuleFor(a => a.Positive).NotNull();
        RuleFor(a => a.Note).MaximumLength(500);
    }
}

internal sealed class RecordAnswerCountsValidator : AbstractValidator<RecordAnswerCounts>
{
    /// <summary>More answers than this in one batch is a typo, not a survey.</summary>
    public const int MaxBatch = 100_000;

    public RecordAnswerCountsValidator()
    {
        RuleFor(a => a.SampleSize).NotNull().InclusiveBetween(1, MaxBatch);
        RuleFor(a => a.PositiveCount).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(a => a.PositiveCount).LessThanOrEqualTo(a => a.SampleSize).When(a => a.SampleSize is not null && a.PositiveCount is not null)
            .WithMessage("肯定回答数不能超过样本数。The positive count cannot exceed the sample size.");
        RuleFor(a => a.Note).MaximumLength(500);
    }
}

internal sealed class RecordAnswersHandler(PublicityDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordAnswer, SurveyRoundDto>, IRequestHandler<RecordAnswerCounts, SurveyRoundDto>
{
    public Task<SurveyRoundDto> Handle(RecordAnswer request, CancellationToken cancellationToken) =>
        Add(request.RoundId, SurveyEntryKind.OneByOne, 1, request.Positive!.Value ? 1 : 0, request.VillageId, request.Note, cancellationToken);

    public Task<SurveyRoundDto> Handle(RecordAnswerCounts request, CancellationToken cancellationToken) =>
        Add(request.RoundId, SurveyEntryKind.Counts, request.SampleSize!.Value, request.PositiveCount!.Value, request.VillageId, request.Note, cancellationToken);

    private async Task<SurveyRoundDto> Add(Guid roundId, SurveyEntryKind kind, int sample, int positive, Guid? villageId, string? note, CancellationToken ct)
    {
        var (round, townshipName) = await SurveyAccess.LoadAsync(db, mediator, roundId, tracked: false, ct);
        SurveyAccess.EnsureOpen(round);
        if (villageId is { } id)
        {
            var village = await mediator.Send(new FindVillage(id), ct);
            if (village is null || (round.TownshipId is { } township && village.TownshipId != township))
            {
                throw new NotFoundException("Village", id);
            }
        }

        // Many interviewers enter answers at once: the totals are added in the database, in one statement that also
        // refuses a round closed in the meantime, so no answer is lost and none lands after the close.
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var added = await db.SurveyRounds.Where(r => r.Id == roundId && r.ClosedAt == null)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.SampleSize, r => r.SampleSize + sample)
                    .SetProperty(r => r.PositiveCount, r => r.PositiveCount + positive)
                    .SetProperty(r => r.Version, r => r.Version + 1), ct);
            if (added == 0)
            {
                SurveyAccess.EnsureOpen(await db.SurveyRounds.AsNoTracking().FirstAsync(r => r.Id == roundId, ct));
            }

            db.SurveyEntries.Add(new SurveyEntry
            {
                RoundId = roundId, Kind = kind, SampleSize = sample, PositiveCount = positive, VillageId = villageId, Note = note?.Trim(),
                RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
            });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }

        return SurveyRoundDto.Of(await db.SurveyRounds.AsNoTracking().FirstAsync(r => r.Id == roundId, ct), townshipName);
    }
}

/// <summary>Loading a round by id: 404 when unknown, 403 when it belongs to a township where the module is off.</summary>
internal static class SurveyAccess
{
    public static async Task<(SurveyRound Round, string? TownshipName)> LoadAsync(
        PublicityDbContext db, IMediator mediator, Guid roundId, bool tracked, CancellationToken ct)
    {
        var rounds = tracked ? db.SurveyRounds : db.SurveyRounds.AsNoTracking();
        var round = await rounds.FirstOrDefaultAsync(r => r.Id == roundId, ct) ?? throw new NotFoundException("Survey round", roundId);
        var township = round.TownshipId is { } id ? await PublicityAccess.EnsureEnabledAsync(mediator, id, ct) : null;
        return (round, township?.Name);
    }

    /// <summary>A closed round takes no more answers (409 with its state).</summary>
    public static void EnsureOpen(SurveyRound round)
    {
        if (round.ClosedAt is not null)
        {
            throw new ConflictException($"“{round.Title}”已结束，不再接收答卷。The round is closed and takes no more answers.")
                .With("currentStatus", "Closed").With("closedAt", round.ClosedAt).With("currentVersion", round.Version);
        }
    }
}
