using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Open311;

/// <summary>Citizen cases in the public view (without their steps), newest first: by default the last 90 days, at most 1000 (GeoReport v2).</summary>
[AllowPublic]
internal sealed record ListPublicCases(string? ServiceCode, string? Status, DateTimeOffset? From, DateTimeOffset? To) : IRequest<IReadOnlyList<PublicReportStatus>>;

internal sealed class ListPublicCasesValidator : AbstractValidator<ListPublicCases>
{
    public ListPublicCasesValidator()
    {
        RuleFor(q => q.Status).Must(s => s is null or "open" or "closed").WithMessage("status 只能是 open 或 closed。").OverridePropertyName("status");
        RuleFor(q => q.ServiceCode).Must(c => c is null || (Enum.TryParse<CaseCategory>(c, false, out var v) && Enum.IsDefined(v)))
            .WithMessage("未知的 service_code。Unknown service_code.").OverridePropertyName("service_code");
    }
}

internal sealed class ListPublicCasesHandler(EnforcementDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<ListPublicCases, IReadOnlyList<PublicReportStatus>>
{
    public async Task<IReadOnlyList<PublicReportStatus>> Handle(ListPublicCases request, CancellationToken cancellationToken)
    {
        var to = request.To ?? time.GetUtcNow();
        var from = request.From ?? to.AddDays(-90);
        CaseCategory? category = request.ServiceCode is null ? null : Enum.Parse<CaseCategory>(request.ServiceCode);
        var query = db.Cases.AsNoTracking().Where(c => c.Source == CaseSource.CitizenReport && c.ReportedAt >= from && c.ReportedAt <= to);
        if (category is { } chosen)
        {
            query = query.Where(c => c.Category == chosen);
        }

        query = request.Status switch
        {
            "open" => query.Where(c => c.State != CaseState.Closed && c.State != CaseState.Rejected),
            "closed" => query.Where(c => c.State == CaseState.Closed || c.State == CaseState.Rejected),
            _ => query,
        };
        var cases = await query.OrderByDescending(c => c.ReportedAt).Take(1000).ToListAsync(cancellationToken);
        var ids = cases.Select(c => c.Id).ToList();
        // A few batch reads instead of one public view per case: the list can hold a thousand of them.
        var updated = (await db.Events.AsNoTracking().Where(e => ids.Contains(e.CaseId)).Select(e => new { e.CaseId, e.At }).ToListAsync(cancellationToken))
            .GroupBy(e => e.CaseId).ToDictionary(g => g.Key, g => g.Max(e => e.At));
        var townships = (await mediator.Send(new ListTownships(IncludeRetired: true), cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        var villages = (await mediator.Send(new ListVillages(cases.Select(c => c.TownshipId).Distinct().ToList()), cancellationToken))
            .ToDictionary(v => v.Id, v => v.Name);
        return cases.Select(c => new PublicReportStatus(
            c.Number, c.Category, EnforcementLabels.Of(c.Category), c.State, EnforcementLabels.Of(c.State), c.State is not (CaseState.Closed or CaseState.Rejected),
            false, townships.GetValueOrDefault(c.TownshipId, ""), c.VillageId is { } v ? villages.GetValueOrDefault(v) : null, c.ReportedAt,
            updated.GetValueOrDefault(c.Id, c.ReportedAt), [])).ToList();
    }
}
