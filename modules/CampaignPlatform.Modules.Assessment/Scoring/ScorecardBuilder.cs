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
    /// read once for all of them, and the modules are asked once for all the townships (see <see cref="CollectEach"/>).
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
        var townshipIds = scopes.OfType<TownshipInfo>().Select(t => t.Id).Distinct().ToList();
        var perTownship = townshipIds.Count > 1 ? await CollectEach(period, townshipIds, ct) : null;
        var cards = new List<ScorecardDto>(scopes.Count);
        foreach (var township in scopes)
        {
            // The city counts every exposure of the year; a township its own.
            var exposed = exposures.Where(e => township is null || e.TownshipId == township.Id).Sum(e => e.Count);
            var contributions = township is not null && perTownship is not null
                ? perTownship[township.Id]
                : await Collect(period, township?.Id, ct);
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
        return townshipId is { } id ? await WithSwitches(id, lines, ct) : lines.Select(l => new Contribution(l)).ToList();
    }

    /// <summary>
    /// The contributions of each township, asked for once for all of them rather than once per township. A module
    /// built against kernel 1.0 answers such a request for the city (<see cref="CollectScoreContributions.Lines"/>);
    /// then every township is asked on its own, as before, so its cards stay exactly what they were.
    /// </summary>
    private async Task<Dictionary<Guid, IReadOnlyList<Contribution>>> CollectEach(ScorePeriod period, List<Guid> townshipIds, CancellationToken ct)
    {
        var collect = new CollectScoreContributions(period, townshipIds);
        await mediator.Publish(collect, ct);
        var answeredForEach = collect.Lines.Count == 0;
        var lines = collect.LinesPerTownship;
        var result = new Dictionary<Guid, IReadOnlyList<Contribution>>(townshipIds.Count);
        foreach (var id in townshipIds)
        {
            result[id] = answeredForEach ? await WithSwitches(id, [.. lines[id]], ct) : await Collect(period, id, ct);
        }

        return result;
    }

    /// <summary>Marks the lines of the modules that are off in the township, so the card drops them and says so.</summary>
    private async Task<IReadOnlyList<Contribution>> WithSwitches(Guid townshipId, IReadOnlyList<ScoreLine> lines, CancellationToken ct)
    {
        var enabled = new Dictionary<string, bool>();
        foreach (var module in lines.Select(l => l.ModuleId).Distinct())
        {
            enabled[module] = await mediator.Send(new IsModuleEnabled(module, townshipId), ct);
        }

        return lines.Select(l => new Contribution(l, enabled[l.ModuleId])).ToList();
    }
}
