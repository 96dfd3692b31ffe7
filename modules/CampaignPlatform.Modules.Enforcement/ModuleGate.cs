using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using MediatR;

namespace CampaignPlatform.Modules.Enforcement;

/// <summary>
/// For requests that name a record rather than a township (a case, a frontage, a township-level exposure): refuses
/// (403) when enforcement is off in the record's township, as the host does for township-scoped requests.
/// </summary>
internal static class ModuleGate
{
    public static async Task RequireEnabledAsync(IMediator mediator, Guid townshipId, CancellationToken ct)
    {
        if (!await mediator.Send(new IsModuleEnabled(EnforcementModule.Id, townshipId), ct))
        {
            var township = await mediator.Send(new FindTownship(townshipId), ct) ?? throw new NotFoundException("Township", townshipId);
            throw new ModuleDisabledException(EnforcementModule.Id, EnforcementModule.NameZh, townshipId, township.Name);
        }
    }
}
