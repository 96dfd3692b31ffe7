using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Titles;

internal sealed record TitleDetailDto(TitleDto Title, IReadOnlyList<ReviewDto> Reviews);

/// <summary>One title with every review of its place, the first on-site review included.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetTitle(Guid TitleId) : IRequest<TitleDetailDto>;

internal sealed class GetTitleValidator : AbstractValidator<GetTitle>
{
    public GetTitleValidator() => RuleFor(q => q.TitleId).NotEmpty();
}

internal sealed class GetTitleHandler(DemonstrationCreationDbContext db, IMediator mediator) : IRequestHandler<GetTitle, TitleDetailDto>
{
    public async Task<TitleDetailDto> Handle(GetTitle request, CancellationToken cancellationToken)
    {
        var title = await RecordAccess.TitleAsync(db, mediator, request.TitleId, cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ApplicationId == title.ApplicationId).ToListAsync(cancellationToken);
        return new TitleDetailDto(TitleDto.From(title), reviews.OrderBy(r => r.ReviewedOn).ThenBy(r => r.RecordedAt).Select(ReviewDto.From).ToList());
    }
}
