using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Enablement.Catalogue;

public sealed record InstalledModuleDto(
    string Id, string NameZh, string NameEn, string Version, string Description, IReadOnlyList<string> DependsOn, bool IsCore,
    IReadOnlyList<string> Checks);

[AllowSignedIn]
internal sealed record GetInstalledModules : IRequest<IReadOnlyList<InstalledModuleDto>>;

internal sealed class GetInstalledModulesHandler(IModuleCatalog catalog) : IRequestHandler<GetInstalledModules, IReadOnlyList<InstalledModuleDto>>
{
    public Task<IReadOnlyList<InstalledModuleDto>> Handle(GetInstalledModules request, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<InstalledModuleDto>>(catalog.Modules
            .Select(m => new InstalledModuleDto(m.Id, m.NameZh, m.NameEn, m.Version, m.Description, m.DependsOn, m.IsCore,
                catalog.Checks.Where(c => c.Module.Id == m.Id).Select(c => c.Check.Id).ToList()))
            .ToList());
}

internal static class CatalogueEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInstalledModules(), ct)))
            .WithSummary("已安装模块 · Installed modules");
}
