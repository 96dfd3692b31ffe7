using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Publicity.Data;
using CampaignPlatform.Modules.Publicity.Shared;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Surveys;

/// <summary>
/// Survey rounds whose period overlaps [from, to], newest first: a township's own (refused where the module is off) when
/// <see cref="TownshipId"/> is given, with the city-wide ones that cover it; otherwise every round.
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ListSurveyRounds(Guid? TownshipId, SurveyKind? Kind, DateOnly? From, DateOnly? To, int? Page = null, int? PageSize = null)
    : IRequest<Paged<SurveyRoundDto>>, IDateRange, IPagedQuery;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetSurveyRound(Guid RoundId) : IRequest<SurveyRoundDto>;

/// <summary>A round's entries in the order they were made: who entered what, one by one or counted.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetSurveyEntries(Guid RoundId) : IRequest<IReadOnlyList<SurveyEntryDto>>;

internal sealed record SurveyEntryDto(
    long Id, SurveyEntryKind Kind, string KindZh, int SampleSize, int PositiveCount, Guid? VillageId, string? Note, DateTimeOffset RecordedAt, string RecordedBy);

internal sealed class ListSurveyRoundsValidator : AbstractValidator<ListSurveyRounds>
{
    public ListSurveyRoundsValidator()
    {
        this.AddDateRangeRule();
        this.AddPagingRules();
        RuleFor(q => q.Kind).IsInEnum();
    }
}

internal sealed class SurveyQueries(PublicityDbContext db, IMediator mediator)
    : IRequestHandler<ListSurveyRounds, Paged<SurveyRoundDto>>, IRequestHandler<GetSurveyRound, SurveyRoundDto>,
        IRequestHandler<GetSurveyEntries, IReadOnlyList<SurveyEntryDto>>
{
    public async Task<Paged<SurveyRoundDto>> Handle(ListSurveyRounds request, CancellationToken cancellationToken)
    {
        if (request.TownshipId is { } township)
        {
            await PublicityAccess.EnsureEnabledAsync(mediator, township, cancellationToken);
        }

        var query = Overlapping(db, request.From, request.To)
            .Where(r => request.TownshipId == null || r.TownshipId == null || r.TownshipId == request.TownshipId);
        if (request.Kind is { } kind)
        {
            query = query.Where(r => r.Kind == kind);
        }

        var rounds = await query.OrderByDescending(r => r.To).ThenByDescending(r => r.CreatedAt).ToPagedAsync(request, cancellationToken);
        var names = (await mediator.Send(new ListTownships(IncludeRetired: true), cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        return rounds.Map(r => SurveyRoundDto.Of(r, r.TownshipId is { } id ? names.GetValueOrDefault(id) : null));
    }

    public async Task<SurveyRoundDto> Handle(GetSurveyRound request, CancellationToken cancellationToken)
    {
        var (round, townshipName) = await SurveyAccess.LoadAsync(db, mediator, request.RoundId, tracked: false, cancellationToken);
        return SurveyRoundDto.Of(round, townshipName);
    }

    public async Task<IReadOnlyList<SurveyEntryDto>> Handle(GetSurveyEntries request, CancellationToken cancellationToken)
    {
        await SurveyAccess.LoadAsync(db, mediator, request.RoundId, tracked: false, cancellationToken);
        var entries = await db.SurveyEntries.AsNoTracking().Where(e => e.RoundId == request.RoundId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return entries.Select(e => new SurveyEntryDto(
            e.Id, e.Kind, Labels.Of(e.Kind), e.SampleSize, e.PositiveCount, e.VillageId, e.Note, e.RecordedAt, e.RecordedBy)).ToList();
    }

    /// <summary>Closed rounds ending in [from, to] that can stand for the township (its own and the city-wide), or for the city (null).</summary>
    public static IQueryable<SurveyRound> ClosedEndingIn(PublicityDbContext db, Guid? townshipId, DateOnly from, DateOnly to) =>
        ClosedEndingIn(db, from, to).Where(r => r.TownshipId == null || r.TownshipId == townshipId);

    /// <summary>Closed rounds ending in [from, to] that can stand for any of the townships: their own and the city-wide.</summary>
    public static IQueryable<SurveyRound> ClosedEndingIn(PublicityDbContext db, IReadOnlyCollection<Guid> townshipIds, DateOnly from, DateOnly to) =>
        ClosedEndingIn(db, from, to).Where(r => r.TownshipId == null || townshipIds.Contains(r.TownshipId.Value));

    private static IQueryable<SurveyRound> ClosedEndingIn(PublicityDbContext db, DateOnly from, DateOnly to) =>
        db.SurveyRounds.AsNoTracking().Where(r => r.ClosedAt != null && r.To >= from && r.To <= to);

    /// <summary>Rounds whose period overlaps [from, to] (open ends when a bound is missing); shared with the ledger.</summary>
    public static IQueryable<SurveyRound> Overlapping(PublicityDbContext db, DateOnly? from, DateOnly? to) =>
        db.SurveyRounds.AsNoTracking().Where(r => (from == null || r.To >= from) && (to == null || r.From <= to));
}
