using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Criteria;

/// <summary>
/// Corrects a criterion's name or points, or retires it (no longer scored), with the <see cref="Version"/> last read.
/// Reviews already made keep the name and points they were scored against.
/// </summary>
[Allow]
internal sealed record ChangeCriterion(Guid CriterionId, string? Name, int? Points, bool? Retired, int? Version) : IRequest<CriterionDto>;

internal sealed class ChangeCriterionValidator : AbstractValidator<ChangeCriterion>
{
    public ChangeCriterionValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(Criterion.MaxName);
        RuleFor(c => c.Points).NotNull().InclusiveBetween(1, Criterion.MaxPoints)
            .WithMessage($"分值须在 1 到 {Criterion.MaxPoints} 之间。'points' must be 1–{Criterion.MaxPoints}.");
        RuleFor(c => c.Version).NotNull().GreaterThanOrEqualTo(0);
    }
}

internal sealed class ChangeCriterionHandler(DemonstrationCreationDbContext db) : IRequestHandler<ChangeCriterion, CriterionDto>
{
    public async Task<CriterionDto> Handle(ChangeCriterion request, CancellationToken cancellationToken)
    {
        var criterion = await db.Criteria.FirstOrDefaultAsync(c => c.Id == request.CriterionId, cancellationToken)
            ?? throw new NotFoundException("Criterion", request.CriterionId);
        criterion.Name = request.Name!.Trim();
        criterion.Points = request.Points!.Value;
        criterion.Retired = request.Retired ?? criterion.Retired;
        await Versions.SaveAsync(db, criterion, request.Version!.Value, "评分标准", cancellationToken);
        return CriterionDto.From(criterion);
    }
}
