using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Reviews;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Applications;

internal sealed record ApplicationDetailDto(ApplicationDto Application, Guid? TitleId, IReadOnlyList<ReviewDto> Reviews);

/// <summary>One application with its reviews and, once granted, its title.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetApplication(Guid ApplicationId) : IRequest<ApplicationDetailDto>;

internal sealed class GetApplicationValidator : AbstractValidator<GetApplication>
{
    public GetApplicationValidator() => RuleFor(q => q.ApplicationId).NotEmpty();
}

internal sealed class GetApplicationHandler(DemonstrationCreationDbContext db, IMediator mediator) : IRequestHandler<GetApplication, ApplicationDetailDto>
{
    public async Task<ApplicationDetailDto> Handle(GetApplication request, CancellationToken cancellationToken)
    {
        var application = await RecordAccess.ApplicationAsync(db, mediator, request.ApplicationId, cancellationToken);
        var titleId = await db.Titles.AsNoTracking().Where(t => t.ApplicationId == application.Id).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
        var reviews = await db.Reviews.AsNoTracking().Where(r => r.ApplicationId == application.Id).ToListAsync(cancellationToken);
        return new ApplicationDetailDto(ApplicationDto.From(application), titleId,
            reviews.OrderBy(r => r.ReviewedOn).ThenBy(r => r.RecordedAt).Select(ReviewDto.From).ToList());
    }
}
