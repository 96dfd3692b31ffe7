using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enforcement.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Cases;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker, ActorRole.UnitOfficer)]
internal sealed record GetCase(Guid CaseId) : IRequest<CaseDto>;

internal sealed record PhotoContent(string ContentType, byte[] Content);

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer, ActorRole.GridWorker, ActorRole.UnitOfficer)]
internal sealed record GetCasePhoto(Guid CaseId, Guid PhotoId) : IRequest<PhotoContent>;

internal sealed record ReporterContact(string CaseNumber, bool IsDuplicate, string? ContactPhone, DateTimeOffset ReportedAt);

/// <summary>
/// The reporters' full phone numbers, for the officers of the case's own township only (another township's cases
/// are not found for them); every read is recorded in the case history with who read it.
/// </summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record GetCaseContact(Guid CaseId) : IRequest<IReadOnlyList<ReporterContact>>;

internal sealed class CaseQueryHandlers(EnforcementDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<GetCase, CaseDto>, IRequestHandler<GetCasePhoto, PhotoContent>,
        IRequestHandler<GetCaseContact, IReadOnlyList<ReporterContact>>
{
    public async Task<CaseDto> Handle(GetCase request, CancellationToken cancellationToken)
    {
        var c = await CaseAccess.LoadAsync(db, mediator, request.CaseId, cancellationToken);
        return await CaseAccess.ViewAsync(db, c, time.GetUtcNow(), cancellationToken);
    }

    public async Task<PhotoContent> Handle(GetCasePhoto request, CancellationToken cancellationToken)
    {
        await CaseAccess.LoadAsync(db, mediator, request.CaseId, cancellationToken);
        var photo = await db.Photos.AsNoTracking().FirstOrDefaultAsync(p => p.Id == request.PhotoId && p.CaseId == request.CaseId, cancellationToken)
                    ?? throw new NotFoundException("Photo", request.PhotoId);
        return new PhotoContent(photo.ContentType, photo.Content);
    }

    public async Task<IReadOnlyList<ReporterContact>> Handle(GetCaseContact request, CancellationToken cancellationToken)
    {
        var c = await CaseAccess.LoadAsync(db, mediator, request.CaseId, cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => r.CaseId == c.Id).OrderBy(r => r.ReportedAt).ToListAsync(cancellationToken);
        db.Events.Add(new CaseEvent { CaseId = c.Id, At = time.GetUtcNow(), Actor = actor.Name, Action = "查看举报人联系电话", State = c.State });
        await db.SaveChangesAsync(cancellationToken);
        return reports.Select(r => new ReporterContact(c.Number, r.IsDuplicate, r.ContactPhone, r.ReportedAt)).ToList();
    }
}
