using CampaignPlatform.Host.Composition;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Enablement;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Web;
using MediatR;

namespace CampaignPlatform.Host.Web;

/// <summary>One module in the menu with the pages of it the signed-in person may open.</summary>
internal sealed record MenuSection(ModuleManifest Module, IReadOnlyList<ModulePage> Pages)
{
    public string Title => UiText.Pick(Module.NameZh, Module.NameEn);
}

/// <summary>
/// The menu of the signed-in person: every module's pages that their role may use, from the modules that are on in
/// their township. City roles and unit officers work across townships, so for them a module counts as on anywhere.
/// </summary>
internal sealed class NavigationMenu(ModuleCatalog catalog, ICurrentActor actor, IMediator mediator)
{
    private readonly Dictionary<string, bool> _enabled = [];

    private IReadOnlyList<MenuSection>? _sections;

    public async Task<IReadOnlyList<MenuSection>> SectionsAsync(CancellationToken ct)
    {
        if (_sections is not null)
        {
            return _sections;
        }

        var sections = new List<MenuSection>();
        if (actor.Account is { } account)
        {
            foreach (var module in catalog.Loaded)
            {
                var pages = module.Module.Pages.Where(p => p.IsVisibleTo(account.Role)).ToList();
                if (pages.Count > 0 && await IsOnForAsync(module.Manifest, account, ct))
                {
                    sections.Add(new MenuSection(module.Manifest, pages));
                }
            }
        }

        return _sections = sections;
    }

    /// <summary>
    /// The dashboard panels of the signed-in person, by the same rule as the menu: their role may send the panel's request
    /// and the module is on for them. Ordered by the panels' order, then by module.
    /// </summary>
    public async Task<IReadOnlyList<DashboardPanel>> DashboardPanelsAsync(CancellationToken ct)
    {
        var panels = new List<DashboardPanel>();
        if (actor.Account is { } account)
        {
            foreach (var module in catalog.Loaded)
            {
                var visible = module.Module.DashboardPanels.Where(p => p.IsVisibleTo(account.Role)).ToList();
                if (visible.Count > 0 && await IsOnForAsync(module.Manifest, account, ct))
                {
                    panels.AddRange(visible);
                }
            }
        }

        // A stable sort: panels of equal order keep their modules' order.
        return panels.OrderBy(p => p.Order).ToList();
    }

    /// <summary>
    /// Whether the module counts as on for this person (see the class summary). Remembered for the request: the menu, the
    /// dashboard and the page gate all ask within one page.
    /// </summary>
    public async Task<bool> IsOnForAsync(ModuleManifest module, AccountInfo account, CancellationToken ct)
    {
        if (module.IsCore || account.Role is not (ActorRole.TownshipOfficer or ActorRole.GridWorker))
        {
            return true;
        }

        if (!_enabled.TryGetValue(module.Id, out var on))
        {
            on = account.TownshipId is { } township && await mediator.Send(new IsModuleEnabled(module.Id, township), ct);
            _enabled[module.Id] = on;
        }

        return on;
    }
}
