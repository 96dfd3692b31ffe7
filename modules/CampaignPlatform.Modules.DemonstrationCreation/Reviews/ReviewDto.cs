using CampaignPlatform.Modules.DemonstrationCreation.Data;

namespace CampaignPlatform.Modules.DemonstrationCreation.Reviews;

internal sealed record CriterionScoreDto(Guid CriterionId, string CriterionName, int Points, decimal Score);

internal sealed record ReviewDto(
    Guid Id, Guid ApplicationId, Guid? TitleId, ReviewKind Kind, string KindZh, DateOnly ReviewedOn, string Reviewer,
    decimal Earned, decimal Possible, decimal Percentage, decimal PassMark, bool Passed, string? Note, IReadOnlyList<CriterionScoreDto> Scores)
{
    public static ReviewDto From(Review r) => new(
        r.Id, r.ApplicationId, r.TitleId, r.Kind, DemonstrationLabels.Of(r.Kind), r.ReviewedOn, r.Reviewer, r.Earned, r.Possible, r.Percentage,
        r.PassMark, r.Passed, r.Note, r.Scores.Select(s => new CriterionScoreDto(s.CriterionId, s.CriterionName, s.Points, s.Score)).ToList());
}

/// <summary>What a review decided: the review, the application and the title as they now stand.</summary>
internal sealed record ReviewOutcomeDto(ReviewDto Review, Applications.ApplicationDto Application, Titles.TitleDto? Title);
