using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enablement.Enforcement;
using MediatR;

namespace CampaignPlatform.Modules.Enablement.Switching;

public sealed record TownshipModuleDto(string Id, string NameZh, string NameEn, bool IsCore, bool Enabled, IReadOnlyList<string> DependsOn);

/// <summary>Every installed module with whether it is on in the township.</summary>
[AllowSignedIn]
internal sealed record GetTownshipModules(Guid TownshipId) : IRequest<IReadOnlyList<TownshipModuleDto>>, ITownshipScoped;

internal sealed class GetTownshipModulesHandler(IModuleCatalog catalog, EnablementCache cache, IMediator mediator)
    : IRequestHandler<GetTownshipModules, IReadOnlyList<TownshipModuleDto>>
{
    public async Task<IReadOnlyList<TownshipModuleDto>> Handle(GetTownshipModules request, CancellationToken cancellationToken)
    {
        _ = await mediator.Send(new FindTownship(request.TownshipId), cancellationToken)
            ?? throw new NotFoundException("Township", request.TownshipId);
        var result = new List<TownshipModuleDto>();
        foreach (var module in catalog.Modules)
        {
            var enabled = await cache.IsEnabledAsync(module, request.TownshipId, cancellationToken);
            result.Add(new TownshipModuleDto(module.Id, module.NameZh, module.NameEn, module.IsCore, enabled, module.DependsOn));
        }

        return result;
    }
}
