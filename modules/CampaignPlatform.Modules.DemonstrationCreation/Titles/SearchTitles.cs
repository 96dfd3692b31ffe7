using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.DemonstrationCreation.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Titles;

/// <summary>Titles by township, kind and state, soonest review first, a page at a time (each account sees its own townships').</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record SearchTitles(Guid? TownshipId, DemonstrationKind? Kind, TitleState? State, int? Page, int? PageSize)
    : IRequest<Paged<TitleDto>>, IPagedQuery;

internal sealed class SearchTitlesValidator : AbstractValidator<SearchTitles>
{
    public SearchTitlesValidator()
    {
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.State).IsInEnum();
        this.AddPagingRules();
    }
}

internal sealed class SearchTitlesHandler(DemonstrationCreationDbContext db) : IRequestHandler<SearchTitles, Paged<TitleDto>>
{
    public async Task<Paged<TitleDto>> Handle(SearchTitles request, CancellationToken cancellationToken)
    {
        var titles = db.Titles.AsNoTracking();
        if (request.TownshipId is { } township)
        {
            titles = titles.Where(t => t.TownshipId == township);
        }

        if (request.Kind is { } kind)
        {
            titles = titles.Where(t => t.Kind == kind);
        }

        if (request.State is { } state)
        {
            titles = titles.Where(t => t.State == state);
        }

        var page = await titles.OrderBy(t => t.NextReviewDue).ThenBy(t => t.PlaceName).ThenBy(t => t.Id).ToPagedAsync(request, cancellationToken);
        return page.Map(TitleDto.From);
    }
}
