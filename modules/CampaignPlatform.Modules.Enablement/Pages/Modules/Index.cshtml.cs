using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Web;
using CampaignPlatform.Modules.Enablement.Switching;
using MediatR;

namespace CampaignPlatform.Modules.Enablement.Pages.Modules;

/// <summary>One township of the matrix with the ids of the modules on there.</summary>
internal sealed record MatrixRow(TownshipInfo Township, IReadOnlySet<string> Enabled);

/// <summary>
/// The township × module matrix of switches (campaign modules only: core modules are always on) and the change
/// history of the township picked.
/// </summary>
public sealed class MatrixModel(IMediator mediator, IModuleCatalog catalog) : PlatformPageModel(mediator)
{
    internal IReadOnlyList<ModuleManifest> Columns { get; private set; } = [];

    internal IReadOnlyList<MatrixRow> Rows { get; private set; } = [];

    internal TownshipInfo? Selected { get; private set; }

    internal IReadOnlyList<EnablementChangeDto> History { get; private set; } = [];

    /// <summary>The module just switched (after the confirmation sends people back here).</summary>
    public string? ChangedModule { get; private set; }

    public async Task OnGetAsync(Guid? township, string? changed)
    {
        var ct = HttpContext.RequestAborted;
        ChangedModule = changed;
        Columns = catalog.Modules.Where(m => !m.IsCore).ToList();
        var rows = new List<MatrixRow>();
        foreach (var info in await Mediator.Send(new ListTownships(), ct))
        {
            var modules = await Mediator.Send(new GetTownshipModules(info.Id), ct);
            rows.Add(new MatrixRow(info, modules.Where(m => m.Enabled).Select(m => m.Id).ToHashSet()));
        }

        Rows = rows;
        Selected = rows.Select(r => r.Township).FirstOrDefault(t => t.Id == township);
        if (Selected is not null)
        {
            History = await Mediator.Send(new GetEnablementHistory(Selected.Id), ct);
        }
    }

    internal string ModuleName(string moduleId) =>
        catalog.Find(moduleId) is { } m ? UiText.Pick(m.NameZh, m.NameEn) : moduleId;

    internal static string State(bool enabled) => enabled ? UiText.Pick("启用", "on") : UiText.Pick("停用", "off");

    internal string CityTime(DateTimeOffset at) => CityClock.ToCityTime(at).ToString("yyyy-MM-dd HH:mm");
}
