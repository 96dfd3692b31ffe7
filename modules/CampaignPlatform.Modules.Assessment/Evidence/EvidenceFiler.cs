using CampaignPlatform.Modules.Assessment.Data;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Evidence;

/// <summary>What to file: one record, proving one or more indicators.</summary>
internal sealed record EvidenceToFile(
    IReadOnlyList<string> IndicatorCodes, string SourceModule, string SourceReference, Guid? TownshipId, string Description, DateOnly OccurredOn);

internal sealed record FiledEvidence(EvidenceLink Link, bool Created);

/// <summary>
/// Files evidence once per (indicator, source module, source reference). A repeat finds the existing link; a
/// concurrent twin loses on the unique index, and the loser takes the winner's link instead of failing.
/// </summary>
internal sealed class EvidenceFiler(AssessmentDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<FiledEvidence>> File(EvidenceToFile evidence, string linkedBy, CancellationToken ct)
    {
        var filed = new List<FiledEvidence>();
        foreach (var code in evidence.IndicatorCodes.Distinct(StringComparer.Ordinal))
        {
            var existing = await Find(code, evidence, ct);
            if (existing is not null)
            {
                filed.Add(new FiledEvidence(existing, false));
                continue;
            }

            var link = new EvidenceLink
            {
                IndicatorCode = code, SourceModule = evidence.SourceModule, SourceReference = evidence.SourceReference,
                TownshipId = evidence.TownshipId, Description = evidence.Description, OccurredOn = evidence.OccurredOn,
                LinkedAt = time.GetUtcNow(), LinkedBy = linkedBy,
            };
            db.Evidence.Add(link);
            try
            {
                await db.SaveChangesAsync(ct);
                filed.Add(new FiledEvidence(link, true));
            }
            catch (DbUpdateException)
            {
                db.Entry(link).State = EntityState.Detached;
                var winner = await Find(code, evidence, ct);
                if (winner is null)
                {
                    throw; // not the unique index: a real failure
                }

                filed.Add(new FiledEvidence(winner, false));
            }
        }

        return filed;
    }

    /// <summary>Which of <paramref name="codes"/> the catalogue knows.</summary>
    public Task<List<string>> KnownCodes(IReadOnlyCollection<string> codes, CancellationToken ct) =>
        db.Indicators.AsNoTracking().Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);

    private Task<EvidenceLink?> Find(string code, EvidenceToFile evidence, CancellationToken ct) =>
        db.Evidence.AsNoTracking().FirstOrDefaultAsync(
            e => e.IndicatorCode == code && e.SourceModule == evidence.SourceModule && e.SourceReference == evidence.SourceReference, ct);
}
