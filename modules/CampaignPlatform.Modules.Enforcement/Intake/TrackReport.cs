using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Intake;

internal sealed record PublicStep(DateTimeOffset At, string Action, string StateZh);

/// <summary>What anyone holding the tracking token may see: no phone, no name, no coordinates, no officers' notes.</summary>
internal sealed record PublicReportStatus(
    string CaseNumber,
    CaseCategory Category,
    string CategoryZh,
    CaseState State,
    string StateZh,
    bool Open,
    bool LinkedToExistingCase,
    string Township,
    string? Village,
    DateTimeOffset ReportedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<PublicStep> Steps);

[AllowPublic]
internal sealed record TrackReport(string Token) : IRequest<PublicReportStatus>;

/// <summary>Finds a case by its public number, for Open311's requests/{id}.json (same public view).</summary>
[AllowPublic]
internal sealed record TrackCaseByNumber(string Number) : IRequest<PublicReportStatus>;

internal sealed class TrackReportHandler(EnforcementDbContext db, IMediator mediator)
    : IRequestHandler<TrackReport, PublicReportStatus>, IRequestHandler<TrackCaseByNumber, PublicReportStatus>
{
    public async Task<PublicReportStatus> Handle(TrackReport request, CancellationToken cancellationToken)
    {
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.TrackingToken == request.Token, cancellationToken)
                     ?? throw new NotFoundException("Report", "(tracking token)");
        var c = await db.Cases.AsNoTracking().SingleAsync(x => x.Id == report.CaseId, cancellationToken);
        return await View(c, report.IsDuplicate, cancellationToken);
    }

    public async Task<PublicReportStatus> Handle(TrackCaseByNumber request, CancellationToken cancellationToken)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == request.Number, cancellationToken)
                ?? throw new NotFoundException("Case", request.Number);
        return await View(c, false, cancellationToken);
    }

    private async Task<PublicReportStatus> View(EnforcementCase c, bool duplicate, CancellationToken ct)
    {
        // Only state changes are public; escalations, contact reads and notes are the officers' business.
        string[] publicActions = ["随手拍受理", "立案", "不予立案", "处置", "核查通过", "结案"];
        var events = await db.Events.AsNoTracking().Where(e => e.CaseId == c.Id).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(ct);
        var steps = events.Where(e => publicActions.Contains(e.Action) || e.Action.StartsWith("派遣", StringComparison.Ordinal))
            .Select(e => new PublicStep(e.At, e.Action.StartsWith("派遣", StringComparison.Ordinal) ? "派遣" : e.Action, EnforcementLabels.Of(e.State)))
            .ToList();
        var township = (await mediator.Send(new FindTownship(c.TownshipId), ct))?.Name ?? "";
        var village = c.VillageId is { } v ? (await mediator.Send(new FindVillage(v), ct))?.Name : null;
        return new PublicReportStatus(c.Number, c.Category, EnforcementLabels.Of(c.Category), c.State, EnforcementLabels.Of(c.State),
            c.State is not (CaseState.Closed or CaseState.Rejected), duplicate, township, village, c.ReportedAt,
            events.Count > 0 ? events[^1].At : c.ReportedAt, steps);
    }
}
