using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Applications;

/// <summary>Applications by township, kind and state, newest first, a page at a time (each account sees its own townships').</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record SearchApplications(Guid? TownshipId, DemonstrationKind? Kind, ApplicationState? State, int? Page, int? PageSize)
    : IRequest<Paged<ApplicationDto>>, IPagedQuery;

internal sealed class SearchApplicationsValidator : AbstractValidator<SearchApplications>
{
    public SearchApplicationsValidator()
    {
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.State).IsInEnum();
        this.AddPagingRules();
    }
}

internal sealed class SearchApplicationsHandler(DemonstrationCreationDbContext db) : IRequestHandler<SearchApplications, Paged<ApplicationDto>>
{
    public async Task<Paged<ApplicationDto>> Handle(SearchApplications request, CancellationToken cancellationToken)
    {
        var applications = db.Applications.AsNoTracking();
        if (request.TownshipId is { } township)
        {
            applications = applications.Where(a => a.TownshipId == township);
        }

        if (request.Kind is { } kind)
        {
            applications = applications.Where(a => a.Kind == kind);
        }

        if (request.State is { } state)
        {
            applications = applications.Where(a => a.State == state);
        }

        var page = await applications.OrderByDescending(a => a.SubmittedAt).ThenBy(a => a.Id).ToPagedAsync(request, cancellationToken);
        return page.Map(ApplicationDto.From);
    }
}
