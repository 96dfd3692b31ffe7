using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Reviews;

/// <summary>A score given to one criterion on site.</summary>
internal sealed record ScoreInput(Guid? CriterionId, decimal? Score);

/// <summary>What is reviewed, by whom and when.</summary>
internal sealed record ReviewSubject(ReviewKind Kind, Guid TownshipId, Guid ApplicationId, Guid? TitleId, string Reviewer, DateTimeOffset RecordedAt);

/// <summary>The fields every on-site review carries, checked the same way for a first review and a yearly one.</summary>
internal interface IReviewInput
{
    DateOnly? ReviewedOn { get; }
    IReadOnlyList<ScoreInput>? Scores { get; }
    string? Note { get; }
    int? Version { get; }
}

internal sealed class ReviewInputRules : AbstractValidator<IReviewInput>
{
    public ReviewInputRules(TimeProvider time)
    {
        RuleFor(r => r.ReviewedOn).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time))
            .WithMessage("评审日期不能晚于今天。The review date cannot be in the future.");
        RuleFor(r => r.Scores).NotEmpty().WithMessage("须为每项评分标准打分。Score every criterion.");
        RuleForEach(r => r.Scores).ChildRules(s =>
        {
            s.RuleFor(x => x.CriterionId).NotNull();
            s.RuleFor(x => x.Score).NotNull().GreaterThanOrEqualTo(0).WithMessage("得分不能为负。A score cannot be negative.");
        });
        RuleFor(r => r.Note).MaximumLength(DemonstrationTitle.MaxReason);
        RuleFor(r => r.Version).NotNull().GreaterThanOrEqualTo(0);
    }
}

/// <summary>
/// Scores a review against the criteria of the kind in force: every criterion scored once, no score above its points.
/// The percentage is earned ÷ possible × 100, so the pass mark holds whatever the points add up to.
/// </summary>
internal static class ReviewScoring
{
    /// <summary>The scored review, added to the context (saved by the caller with the decision it leads to).</summary>
    public static async Task<Review> ScoreAsync(DemonstrationCreationDbContext db, DemonstrationKind kind, IReviewInput input, decimal passMark,
        ReviewSubject subject, CancellationToken ct)
    {
        var criteria = await db.Criteria.AsNoTracking().Where(c => c.Kind == kind && !c.Retired).ToListAsync(ct);
        if (criteria.Count == 0)
        {
            throw new ConflictException($"{DemonstrationLabels.Of(kind)}尚未设定评分标准，请先由市级管理员录入。No criteria are set for this kind yet.")
                .With("kind", kind.ToString());
        }

        var byId = criteria.ToDictionary(c => c.Id);
        var failures = new List<ValidationFailure>();
        var scores = input.Scores!;
        for (var i = 0; i < scores.Count; i++)
        {
            var id = scores[i].CriterionId!.Value;
            if (!byId.TryGetValue(id, out var criterion))
            {
                failures.Add(new ValidationFailure($"Scores[{i}].CriterionId", "不是该类示范的现行评分标准。Not a criterion of this kind in force."));
            }
            else if (scores[i].Score > criterion.Points)
            {
                failures.Add(new ValidationFailure($"Scores[{i}].Score", $"得分不能超过该项分值 {criterion.Points}。At most {criterion.Points}."));
            }
            else if (scores.Take(i).Any(s => s.CriterionId == id))
            {
                failures.Add(new ValidationFailure($"Scores[{i}].CriterionId", "同一项标准只能打分一次。Each criterion is scored once."));
            }
        }

        var missing = criteria.Where(c => scores.All(s => s.CriterionId != c.Id)).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            failures.Add(new ValidationFailure("Scores", $"以下标准未打分：{string.Join("、", missing)}。Every criterion must be scored."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var lines = scores.Select(s => (Criterion: byId[s.CriterionId!.Value], Score: s.Score!.Value)).OrderBy(l => l.Criterion.SortOrder).ToList();
        var earned = lines.Sum(l => l.Score);
        var possible = (decimal)lines.Sum(l => l.Criterion.Points);
        var percentage = Math.Round(earned / possible * 100, 1, MidpointRounding.AwayFromZero);
        var review = new Review
        {
            Id = Guid.NewGuid(), Kind = subject.Kind, TownshipId = subject.TownshipId, ApplicationId = subject.ApplicationId, TitleId = subject.TitleId,
            ReviewedOn = input.ReviewedOn!.Value, Reviewer = subject.Reviewer, RecordedAt = subject.RecordedAt, Earned = earned, Possible = possible, Percentage = percentage,
            PassMark = passMark, Passed = percentage >= passMark, Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            Scores = lines.Select(l => new CriterionScore { CriterionId = l.Criterion.Id, CriterionName = l.Criterion.Name, Points = l.Criterion.Points, Score = l.Score })
                .ToList(),
        };
        db.Reviews.Add(review);
        return review;
    }
}
