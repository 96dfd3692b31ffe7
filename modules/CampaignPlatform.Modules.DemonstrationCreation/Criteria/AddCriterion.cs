using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Criteria;

/// <summary>
/// A city administrator adds a criterion (评分标准) to a kind, with the points it is worth. None are seeded: the office
/// enters the criteria of its own appraisal rules. City-wide, so no township gates it; only administrators send it.
/// </summary>
[Allow]
internal sealed record AddCriterion(DemonstrationKind? Kind, string? Name, int? Points) : IRequest<CriterionDto>;

internal sealed class AddCriterionValidator : AbstractValidator<AddCriterion>
{
    public AddCriterionValidator()
    {
        RuleFor(c => c.Kind).NotNull().IsInEnum();
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Criterion.MaxName);
        RuleFor(c => c.Points).NotNull().InclusiveBetween(1, Criterion.MaxPoints)
            .WithMessage($"分值须在 1 到 {Criterion.MaxPoints} 之间。'points' must be 1–{Criterion.MaxPoints}.");
    }
}

internal sealed class AddCriterionHandler(DemonstrationCreationDbContext db) : IRequestHandler<AddCriterion, CriterionDto>
{
    public async Task<CriterionDto> Handle(AddCriterion request, CancellationToken cancellationToken)
    {
        var kind = request.Kind!.Value;
        var last = await db.Criteria.Where(c => c.Kind == kind).MaxAsync(c => (int?)c.SortOrder, cancellationToken) ?? 0;
        var criterion = new Criterion { Id = Guid.NewGuid(), Kind = kind, Name = request.Name!.Trim(), Points = request.Points!.Value, SortOrder = last + 1 };
        db.Criteria.Add(criterion);
        await db.SaveChangesAsync(cancellationToken);
        return CriterionDto.From(criterion);
    }
}
