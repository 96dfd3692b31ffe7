using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.DemonstrationCreation.Data;

/// <summary>
/// Loads an application or a title named by id (404 when it is not there or not the caller's to see) and refuses (403)
/// when the module is off in its township: requests by record id are not township-scoped, so the gate is here.
/// </summary>
internal static class RecordAccess
{
    public static async Task<DemonstrationApplication> ApplicationAsync(DemonstrationCreationDbContext db, IMediator mediator, Guid id, CancellationToken ct,
        bool tracked = false)
    {
        var applications = tracked ? db.Applications : db.Applications.AsNoTracking();
        var application = await applications.FirstOrDefaultAsync(a => a.Id == id, ct) ?? throw new NotFoundException("Application", id);
        await EnsureEnabledAsync(mediator, application.TownshipId, ct);
        return application;
    }

    public static async Task<DemonstrationTitle> TitleAsync(DemonstrationCreationDbContext db, IMediator mediator, Guid id, CancellationToken ct,
        bool tracked = false)
    {
        var titles = tracked ? db.Titles : db.Titles.AsNoTracking();
        var title = await titles.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new NotFoundException("Title", id);
        await EnsureEnabledAsync(mediator, title.TownshipId, ct);
        return title;
    }

    private static async Task EnsureEnabledAsync(IMediator mediator, Guid townshipId, CancellationToken ct)
    {
        if (!await mediator.Send(new IsModuleEnabled(DemonstrationCreationModule.Id, townshipId), ct))
        {
            var township = await mediator.Send(new FindTownship(townshipId), ct);
            throw new ModuleDisabledException(DemonstrationCreationModule.Id, DemonstrationCreationModule.NameZh, townshipId,
                township?.Name ?? townshipId.ToString());
        }
    }
}
