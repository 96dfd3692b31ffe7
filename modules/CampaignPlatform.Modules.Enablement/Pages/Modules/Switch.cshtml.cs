using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enablement.Switching;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Modules.Enablement.Pages.Modules;

/// <summary>
/// The confirmation of one switch of the matrix, with a reason for the history. The wanted state travels in the form,
/// so confirming twice sets it once rather than flipping it back.
/// </summary>
public sealed class SwitchModel(IMediator mediator, IModuleCatalog catalog) : PlatformPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public Guid TownshipId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string ModuleId { get; set; } = "";

    [BindProperty]
    public bool Enabled { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    internal TownshipInfo Township { get; private set; } = null!;

    internal ModuleManifest Module { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var current = (await Mediator.Send(new GetTownshipModules(TownshipId), HttpContext.RequestAborted)).First(m => m.Id == ModuleId);
        Enabled = !current.Enabled;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (await TrySendAsync(new SetModuleEnabled(Enabled, Reason) { TownshipId = TownshipId, ModuleId = ModuleId }))
        {
            return LocalRedirect($"/modules?township={TownshipId}&changed={Uri.EscapeDataString(ModuleId)}#history");
        }

        return Page();
    }

    private async Task LoadAsync()
    {
        Module = catalog.Find(ModuleId) ?? throw new NotFoundException("Module", ModuleId);
        Township = await Mediator.Send(new FindTownship(TownshipId), HttpContext.RequestAborted)
                   ?? throw new NotFoundException("Township", TownshipId);
    }
}
