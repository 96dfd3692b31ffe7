using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Criteria;

/// <summary>The criteria of one kind or of every kind, in order; retired ones only when asked.</summary>
[AllowSignedIn]
internal sealed record ListCriteria(DemonstrationKind? Kind, bool IncludeRetired) : IRequest<IReadOnlyList<CriterionDto>>;

internal sealed class ListCriteriaValidator : AbstractValidator<ListCriteria>
{
    public ListCriteriaValidator() => RuleFor(q => q.Kind).IsInEnum();
}

internal sealed class ListCriteriaHandler(DemonstrationCreationDbContext db) : IRequestHandler<ListCriteria, IReadOnlyList<CriterionDto>>
{
    public async Task<IReadOnlyList<CriterionDto>> Handle(ListCriteria request, CancellationToken cancellationToken)
    {
        var criteria = db.Criteria.AsNoTracking();
        if (request.Kind is { } kind)
        {
            criteria = criteria.Where(c => c.Kind == kind);
        }

        if (!request.IncludeRetired)
        {
            criteria = criteria.Where(c => !c.Retired);
        }

        var found = await criteria.OrderBy(c => c.Kind).ThenBy(c => c.SortOrder).ToListAsync(cancellationToken);
        return found.Select(CriterionDto.From).ToList();
    }
}
