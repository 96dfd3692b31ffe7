using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Hygiene.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>
/// Corrects a site's name, address, village or responsible unit. The category is fixed: it decides the required
/// frequency of every past day, so a site registered under the wrong one is retired and registered anew.
/// <see cref="Version"/> must be the version last read; a stale one gets 409.
/// </summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record UpdateSite(Guid SiteId, Guid? VillageId, string? Name, string? Address, Guid? ResponsibleUnitId, int? Version)
    : IRequest<SiteDto>;

internal sealed class UpdateSiteValidator : AbstractValidator<UpdateSite>
{
    public UpdateSiteValidator()
    {
        RuleFor(s => s.Name).NotEmpty().MaximumLength(200);
        RuleFor(s => s.Address).NotEmpty().MaximumLength(500);
        RuleFor(s => s.Version).NotNull().GreaterThanOrEqualTo(0);
    }
}

internal sealed class UpdateSiteHandler(HygieneDbContext db, IMediator mediator, IOptions<HygieneOptions> options) : IRequestHandler<UpdateSite, SiteDto>
{
    public async Task<SiteDto> Handle(UpdateSite request, CancellationToken cancellationToken)
    {
        var site = await SiteAccess.LoadAsync(db, mediator, request.SiteId, cancellationToken, tracked: true);
        SiteVersions.EnsureCurrent(site, request.Version!.Value);
        if (site.RetiredOn is not null)
        {
            throw new ConflictException($"场所“{site.Name}”已注销，不能修改。The site is retired.").With("retiredOn", site.RetiredOn);
        }

        if (request.VillageId is { } villageId && (await mediator.Send(new FindVillage(villageId), cancellationToken))?.TownshipId != site.TownshipId)
        {
            throw new NotFoundException("Village", villageId);
        }

        if (request.ResponsibleUnitId is { } unitId && await mediator.Send(new FindUnit(unitId), cancellationToken) is null)
        {
            throw new NotFoundException("Unit", unitId);
        }

        site.VillageId = request.VillageId;
        site.Name = request.Name!.Trim();
        site.Address = request.Address!.Trim();
        site.ResponsibleUnitId = request.ResponsibleUnitId;
        await SiteVersions.SaveAsync(db, site, cancellationToken);
        var latest = await LatestChecks.OfSiteAsync(db, site.Id, cancellationToken);
        return SiteDto.From(site, options.Value.FrequencyOf(site.Category), latest);
    }
}

/// <summary>Optimistic concurrency for sites: the caller names the version it read; the database refuses a lost race.</summary>
internal static class SiteVersions
{
    public static void EnsureCurrent(Site site, int expected)
    {
        if (expected != site.Version)
        {
            throw Stale(site.Version);
        }
    }

    public static async Task SaveAsync(HygieneDbContext db, Site site, CancellationToken ct)
    {
        site.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved the site between our read and our write.
            var current = await db.Sites.AsNoTracking().Where(s => s.Id == site.Id).Select(s => s.Version).FirstAsync(ct);
            throw Stale(current);
        }
    }

    private static ConflictException Stale(int current) =>
        new ConflictException("场所已被他人修改，请刷新后重试。The site was changed by someone else; reload and try again.")
            .With("currentVersion", current);
}
