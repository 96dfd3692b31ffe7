using System.Reflection;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// Whether a plugin built against one version of the kernel can run on this host's kernel. The kernel follows semantic
/// versioning: a new minor version only adds, so a plugin built against 1.2 runs on 1.2 and 1.5; a plugin built against
/// 1.5 may use what 1.2 lacks, and another major version may have changed the contract itself.
/// </summary>
public static class KernelCompatibility
{
    public static readonly string KernelName = typeof(IModule).Assembly.GetName().Name!;

    public static Version HostKernel => typeof(IModule).Assembly.GetName().Version!;

    /// <summary>Why a plugin built against <paramref name="builtAgainst"/> cannot run on <paramref name="host"/>; null when it can.</summary>
    public static string? Refusal(Version builtAgainst, Version host)
    {
        if (builtAgainst.Major == host.Major && builtAgainst.Minor <= host.Minor)
        {
            return null;
        }

        return $"it was built against {KernelName} {builtAgainst.ToString(2)}, but this host has {KernelName} {host.ToString(2)}; " +
               $"rebuild it against {KernelName} {host.Major}.x (at most {host.ToString(2)})";
    }

    /// <summary>The refusal for a plugin assembly, read from its reference to the kernel before any of its types load.</summary>
    public static string? Refusal(Assembly plugin)
    {
        var kernel = plugin.GetReferencedAssemblies().FirstOrDefault(a => a.Name == KernelName);
        if (kernel?.Version is null)
        {
            return $"it does not reference {KernelName}, so it holds no module";
        }

        return Refusal(kernel.Version, HostKernel);
    }
}
