using CampaignPlatform.Kernel.Assessment;

namespace CampaignPlatform.Modules.Assessment.Scoring;

/// <summary>One line of a scorecard: what it is worth, what was earned and why, with the figures behind it.</summary>
public sealed record ScorecardLineDto(
    string Code,
    string NameZh,
    decimal PointsPossible,
    decimal PointsEarned,
    string Explanation,
    IReadOnlyDictionary<string, decimal> Figures,
    IReadOnlyList<ScorecardLineDto> Children);

/// <summary>The stored snapshot a township's scorecard is compared with (7 or more days earlier).</summary>
public sealed record PreviousScoreDto(DateOnly Day, decimal PointsEarned, decimal Delta, DateTimeOffset ComputedAt);

public sealed record ScorecardDto(
    int Year,
    DateOnly AsOf,
    Guid? TownshipId,
    string? TownshipName,
    decimal PointsPossible,
    decimal PointsEarned,
    IReadOnlyList<ScorecardLineDto> Lines,
    /// <summary>Modules' lines that no scheme line takes (awareness, participation, rural upkeep): shown for the ranking, never counted.</summary>
    IReadOnlyList<ScoreLine> Additional,
    PreviousScoreDto? Previous = null);
