using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Cases;

/// <summary>Loads a case named by id (tracked, for a change) and refuses (403) when the module is off in its township.</summary>
internal static class CaseAccess
{
    public static async Task<EnforcementCase> LoadAsync(EnforcementDbContext db, IMediator mediator, Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.FirstOrDefaultAsync(x => x.Id == caseId, ct) ?? throw new NotFoundException("Case", caseId);
        await ModuleGate.RequireEnabledAsync(mediator, c.TownshipId, ct);
        return c;
    }

    public static async Task<CaseDto> ViewAsync(EnforcementDbContext db, EnforcementCase c, DateTimeOffset now, CancellationToken ct)
    {
        var reports = await db.Reports.AsNoTracking().Where(r => r.CaseId == c.Id).OrderBy(r => r.ReportedAt).ToListAsync(ct);
        var photos = await db.Photos.AsNoTracking().Where(p => p.CaseId == c.Id)
            .Select(p => new CasePhoto { Id = p.Id, CaseId = p.CaseId, Stage = p.Stage, ContentType = p.ContentType, Content = Array.Empty<byte>(), UploadedAt = p.UploadedAt })
            .ToListAsync(ct);
        var history = await db.Events.AsNoTracking().Where(e => e.CaseId == c.Id).ToListAsync(ct);
        var original = reports.FirstOrDefault(r => !r.IsDuplicate);
        return CaseDto.From(c, original?.ContactPhone, reports.Count(r => r.IsDuplicate), photos.OrderBy(p => p.UploadedAt), history, now);
    }
}
