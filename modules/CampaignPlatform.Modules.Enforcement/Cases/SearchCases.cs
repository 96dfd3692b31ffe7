using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Cases;

/// <summary>
/// A township's cases a page at a time, filtered by state, category and overdue, newest first (the API's and the web
/// UI's case list).
/// </summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker, ActorRole.UnitOfficer)]
internal sealed record SearchCases(Guid TownshipId, CaseState? State, CaseCategory? Category, bool? Overdue, int? Page, int? PageSize)
    : IRequest<Paged<CaseSummaryDto>>, ITownshipScoped, IPagedQuery;

internal sealed class SearchCasesValidator : AbstractValidator<SearchCases>
{
    public SearchCasesValidator()
    {
        this.AddPagingRules();
        RuleFor(q => q.State).IsInEnum();
        RuleFor(q => q.Category).IsInEnum();
    }
}

internal sealed class SearchCasesHandler(EnforcementDbContext db, TimeProvider time) : IRequestHandler<SearchCases, Paged<CaseSummaryDto>>
{
    public async Task<Paged<CaseSummaryDto>> Handle(SearchCases request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var query = CaseFilter.Of(db, request.TownshipId, request.State, request.Overdue, now);
        if (request.Category is { } category)
        {
            query = query.Where(c => c.Category == category);
        }

        var page = await query.OrderByDescending(c => c.ReportedAt).ThenBy(c => c.Id).ToPagedAsync(request, cancellationToken);
        return page.Map(c => CaseSummaryDto.From(c, now));
    }
}

/// <summary>A township's cases, optionally in one state or only the overdue ones (shared by the lists).</summary>
internal static class CaseFilter
{
    public static IQueryable<EnforcementCase> Of(EnforcementDbContext db, Guid townshipId, CaseState? state, bool? overdue, DateTimeOffset now)
    {
        var query = db.Cases.AsNoTracking().Where(c => c.TownshipId == townshipId);
        if (state is { } wanted)
        {
            query = query.Where(c => c.State == wanted);
        }

        if (overdue == true)
        {
            query = query.Where(c => c.StepDueAt != null && c.StepDueAt < now);
        }

        return query;
    }
}
