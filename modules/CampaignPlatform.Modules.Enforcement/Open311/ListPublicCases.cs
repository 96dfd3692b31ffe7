using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Open311;

/// <summary>Citizen cases in the public view, newest first: by default the last 90 days, at most 1000 (GeoReport v2).</summary>
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
        var numbers = await query.OrderByDescending(c => c.ReportedAt).Take(1000).Select(c => c.Number).ToListAsync(cancellationToken);
        var views = new List<PublicReportStatus>(numbers.Count);
        foreach (var number in numbers)
        {
            views.Add(await mediator.Send(new TrackCaseByNumber(number), cancellationToken));
        }

        return views;
    }
}
