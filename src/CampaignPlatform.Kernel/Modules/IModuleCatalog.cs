using System.Reflection;
using CampaignPlatform.Kernel.Checks;

namespace CampaignPlatform.Kernel.Modules;

/// <summary>The modules installed in this host, as found at start-up.</summary>
public interface IModuleCatalog
{
    IReadOnlyList<ModuleManifest> Modules { get; }

    ModuleManifest? Find(string moduleId);

    /// <summary>The module whose assembly defines <paramref name="assembly"/>, if any.</summary>
    ModuleManifest? FindByAssembly(Assembly assembly);

    IReadOnlyList<DeclaredCheck> Checks { get; }
}

/// <summary>A recurring check together with the module that declared it.</summary>
public sealed record DeclaredCheck(ModuleManifest Module, RecurringCheck Check);
