using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Assessment.Data;
using CampaignPlatform.Modules.Assessment.Schemes;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Scoring;

/// <summary>
/// Gathers what a scorecard needs — the year's scheme, the newest facts, the exposures, the modules'
/// contributions (asked for with <see cref="CollectScoreContributions"/>) — and hands it to <see cref="ScoreCalculator"/>.
/// </summary>
internal sealed class ScorecardBuilder(AssessmentDbContext db, SchemeStore schemes, IMediator mediator)
{
    /// <summary>The scorecard of the city (<paramref name="township"/> null) or of one township, for a year, as of a city date.</summary>
    public async Task<ScorecardDto> Build(int year, DateOnly asOf, TownshipInfo? township, CancellationToken ct) =>
        (await BuildAll(year, asOf, [township], ct))[0];

    /// <summary>
    /// Scorecards of several scopes (null for the city) at once: the scheme, the facts and the exposure counts are
    /// read once for all of them; only the modules are asked once per scope.
    /// </summary>
    public async Task<IReadOnlyList<ScorecardDto>> BuildAll(int year, DateOnly asOf, IReadOnlyList<TownshipInfo?> scopes, CancellationToken ct)
    {
        var scheme = await schemes.LinesOf(year, ct);
        var facts = await NewestFacts(year, ct);
        var exposures = await db.Exposures.Where(e => e.Year == year)
            .GroupBy(e => e.TownshipId)
            .Select(g => new { TownshipId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var period = Period(year, asOf);
        var cards = new List<ScorecardDto>(scopes.Count);
        foreach (var township in scopes)
        {
            // The city counts every exposure of the year; a township its own.
            var exposed = exposures.Where(e => township is null || e.TownshipId == township.Id).Sum(e => e.Count);
            var contributions = await Collect(period, township?.Id, ct);
            var result = ScoreCalculator.Compute(scheme, new ScoreInputs(facts, exposed, contributions));
            cards.Add(new ScorecardDto(
                year, asOf, township?.Id, township?.Name, result.PointsPossible, result.PointsEarned, result.Lines, result.Additional));
        }

        return cards;
    }

    public static ScorePeriod Period(int year, DateOnly asOf)
    {
        var whole = ScorePeriod.ForYear(year);
        return asOf >= whole.From && asOf < whole.To ? whole with { To = asOf } : whole;
    }

    private async Task<IReadOnlyDictionary<FactKind, FactState>> NewestFacts(int year, CancellationToken ct)
    {
        var facts = await db.Facts.AsNoTracking().Where(f => f.Year == year).ToListAsync(ct);
        return facts
            .GroupBy(f => f.Kind)
            .ToDictionary(
                g => g.Key,
                g => g.OrderByDescending(f => f.Date).ThenByDescending(f => f.Id).Select(f => new FactState(f.Met, f.Date, f.Note)).First());
    }

    private async Task<IReadOnlyList<Contribution>> Collect(ScorePeriod period, Guid? townshipId, CancellationToken ct)
    {
        var collect = new CollectScoreContributions(period, townshipId);
        await mediator.Publish(collect, ct);
        var lines = collect.Lines;
        if (townshipId is not { } id)
        {
            return lines.Select(l => new Contribution(l)).ToList();
        }

        var enabled = new Dictionary<string, bool>();
        foreach (var module in lines.Select(l => l.ModuleId).Distinct())
        {
            enabled[module] = await mediator.Send(new IsModuleEnabled(module, id), ct);
        }

        return lines.Select(l => new Contribution(l, enabled[l.ModuleId])).ToList();
    }
}
