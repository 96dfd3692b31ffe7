using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using MediatR;

namespace CampaignPlatform.Modules.Enablement.Enforcement;

/// <summary>Answers the kernel's enablement questions for other modules and for the recurring-check runner.</summary>
internal sealed class EnablementLookups(IModuleCatalog catalog, EnablementCache cache, IMediator mediator) :
    IRequestHandler<ListTownshipsWhereEnabled, IReadOnlyList<Guid>>,
    IRequestHandler<IsModuleEnabled, bool>
{
    public async Task<IReadOnlyList<Guid>> Handle(ListTownshipsWhereEnabled request, CancellationToken cancellationToken)
    {
        var module = catalog.Find(request.ModuleId) ?? throw new NotFoundException("Module", request.ModuleId);
        var townships = await mediator.Send(new ListTownships(), cancellationToken);
        var enabled = new List<Guid>(townships.Count);
        foreach (var township in townships)
        {
            if (await cache.IsEnabledAsync(module, township.Id, cancellationToken))
            {
                enabled.Add(township.Id);
            }
        }

        return enabled;
    }

    public async Task<bool> Handle(IsModuleEnabled request, CancellationToken cancellationToken) =>
        catalog.Find(request.ModuleId) is { } module && await cache.IsEnabledAsync(module, request.TownshipId, cancellationToken);
}
