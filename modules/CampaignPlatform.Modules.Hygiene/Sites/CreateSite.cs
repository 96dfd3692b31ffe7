using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Hygiene.Data;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Hygiene.Sites;

/// <summary>Registers a public place (场所) of a township.</summary>
[Allow(ActorRole.TownshipOfficer)]
internal sealed record CreateSite(
    Guid TownshipId,
    Guid? VillageId,
    SiteCategory? Category,
    string? Name,
    string? Address,
    Guid? ResponsibleUnitId) : IRequest<SiteDto>, ITownshipScoped;

internal sealed class CreateSiteValidator : AbstractValidator<CreateSite>
{
    public CreateSiteValidator()
    {
        RuleFor(s => s.TownshipId).NotEmpty();
        RuleFor(s => s.Category).NotNull().IsInEnum();
        RuleFor(s => s.Name).NotEmpty().MaximumLength(200);
        RuleFor(s => s.Address).NotEmpty().MaximumLength(500);
    }
}

internal sealed class CreateSiteHandler(HygieneDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time, IOptions<HygieneOptions> options)
    : IRequestHandler<CreateSite, SiteDto>
{
    public async Task<SiteDto> Handle(CreateSite request, CancellationToken cancellationToken)
    {
        if (request.VillageId is { } villageId && (await mediator.Send(new FindVillage(villageId), cancellationToken))?.TownshipId != request.TownshipId)
        {
            throw new NotFoundException("Village", villageId);
        }

        if (request.ResponsibleUnitId is { } unitId && await mediator.Send(new FindUnit(unitId), cancellationToken) is null)
        {
            throw new NotFoundException("Unit", unitId);
        }

        var site = new Site
        {
            Id = Guid.NewGuid(), TownshipId = request.TownshipId, VillageId = request.VillageId, Category = request.Category!.Value,
            Name = request.Name!.Trim(), Address = request.Address!.Trim(), ResponsibleUnitId = request.ResponsibleUnitId,
            CreatedAt = time.GetUtcNow(), CreatedBy = actor.Name,
        };
        db.Sites.Add(site);
        await db.SaveChangesAsync(cancellationToken);
        return SiteDto.From(site, options.Value.FrequencyOf(site.Category), null);
    }
}
