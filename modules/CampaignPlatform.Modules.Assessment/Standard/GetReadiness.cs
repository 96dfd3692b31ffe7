using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Assessment.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Standard;

/// <summary>One entry of the catalogue as the office prepares for inspection: threshold met, and how much evidence.</summary>
public sealed record ReadinessLineDto(
    string Code, IndicatorKind Kind, int Category, string CategoryZh, string NameZh, string ThresholdText,
    decimal? LastValue, DateOnly? LastValueOn, bool? Met, int EvidenceCount, DateOnly? LastEvidenceOn);

/// <summary>
/// Readiness for the technical assessment. <see cref="PrerequisitesNotMet"/> lists every prerequisite not shown to
/// be met (recorded as not met, or with no value yet): a prerequisite is a veto until proven.
/// </summary>
public sealed record ReadinessDto(
    IReadOnlyList<ReadinessLineDto> Lines,
    IReadOnlyList<string> IndicatorsWithoutEvidence,
    IReadOnlyList<string> PrerequisitesWithoutEvidence,
    IReadOnlyList<string> PrerequisitesNotMet);

[Allow(ActorRole.CitySupervisor)]
internal sealed record GetReadiness : IRequest<ReadinessDto>;

internal sealed class GetReadinessHandler(AssessmentDbContext db) : IRequestHandler<GetReadiness, ReadinessDto>
{
    public async Task<ReadinessDto> Handle(GetReadiness request, CancellationToken cancellationToken)
    {
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code).ToListAsync(cancellationToken);
        var evidence = await db.Evidence.AsNoTracking()
            .GroupBy(e => e.IndicatorCode)
            .Select(g => new { Code = g.Key, Count = g.Count(), Last = g.Max(e => e.OccurredOn) })
            .ToDictionaryAsync(g => g.Code, cancellationToken);

        var lines = indicators.Select(i =>
        {
            var found = evidence.GetValueOrDefault(i.Code);
            return new ReadinessLineDto(
                i.Code, i.Kind, i.Category, i.CategoryZh, i.NameZh, i.ThresholdText, i.LastValue, i.LastValueOn, IndicatorDto.MetOf(i),
                found?.Count ?? 0, found?.Last);
        }).ToList();

        List<string> Codes(IndicatorKind kind, Func<ReadinessLineDto, bool> where) =>
            lines.Where(l => l.Kind == kind && where(l)).Select(l => l.Code).ToList();
        return new ReadinessDto(
            lines,
            Codes(IndicatorKind.Indicator, l => l.EvidenceCount == 0),
            Codes(IndicatorKind.Prerequisite, l => l.EvidenceCount == 0),
            Codes(IndicatorKind.Prerequisite, l => l.Met != true));
    }
}
