using System.Reflection;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>A module instance, the assembly it came from, and where it was found (referenced or plugin folder).</summary>
public sealed record LoadedModule(IModule Module, Assembly Assembly, string Source)
{
    /// <summary>The folder under <c>plugins/</c> it came from; null for a module the host references.</summary>
    public string? PluginFolder { get; init; }

    public ModuleManifest Manifest => Module.Manifest;
}
