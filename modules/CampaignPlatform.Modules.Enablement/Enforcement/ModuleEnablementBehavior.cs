using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using MediatR;

namespace CampaignPlatform.Modules.Enablement.Enforcement;

/// <summary>
/// The one place where enablement is enforced: a township-scoped command of a module that is off in its
/// township is refused with 403 before validation or the handler sees it, so nothing is written.
/// A request naming a township or village that does not exist is answered 404 here too.
/// Queries that implement the interfaces are gated the same way: a module that is off shows nothing either.
/// </summary>
[PipelineStage(PipelineStages.Access)]
internal sealed class ModuleEnablementBehavior<TRequest, TResponse>(IModuleCatalog catalog, EnablementCache cache, IMediator mediator)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not (ITownshipScoped or IVillageScoped) || catalog.FindByAssembly(typeof(TRequest).Assembly) is not { } module)
        {
            return await next();
        }

        var townshipId = request is ITownshipScoped scoped ? scoped.TownshipId : await TownshipOfVillage(((IVillageScoped)request).VillageId, cancellationToken);
        var township = await mediator.Send(new FindTownship(townshipId), cancellationToken)
                       ?? throw new NotFoundException("Township", townshipId);
        if (!await cache.IsEnabledAsync(module, township.Id, cancellationToken))
        {
            throw new ModuleDisabledException(module.Id, module.NameZh, township.Id, township.Name);
        }

        return await next();
    }

    private async Task<Guid> TownshipOfVillage(Guid villageId, CancellationToken ct) =>
        (await mediator.Send(new FindVillage(villageId), ct))?.TownshipId ?? throw new NotFoundException("Village", villageId);
}
