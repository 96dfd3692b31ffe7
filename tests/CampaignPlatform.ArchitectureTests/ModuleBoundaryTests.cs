using System.Reflection;
using System.Xml.Linq;

namespace CampaignPlatform.ArchitectureTests;

/// <summary>
/// Rule 1 of the house: a module depends on the kernel, never on another module and never on the host.
/// Checked twice: in the project files (what the build may use) and in the compiled assemblies (what it did use).
/// </summary>
public sealed class ModuleBoundaryTests
{
    private static readonly string Root = RepositoryRoot.Path;

    public static TheoryData<string> ModuleProjects()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.GetFiles(Path.Combine(Root, "modules"), "*.csproj", SearchOption.AllDirectories).Order())
        {
            data.Add(Path.GetRelativePath(Root, project));
        }

        return data;
    }

    [Fact]
    public void There_are_module_projects_to_check() => Assert.True(ModuleProjects().Count >= 3);

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_project_references_only_the_kernel(string project)
    {
        var references = XDocument.Load(Path.Combine(Root, project))
            .Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        Assert.All(references, r => Assert.Equal("CampaignPlatform.Kernel", r));
    }

    [Theory]
    [MemberData(nameof(ModuleProjects))]
    public void A_module_assembly_uses_no_other_module_and_not_the_host(string project)
    {
        var name = Path.GetFileNameWithoutExtension(project);
        var assembly = Assembly.Load(new AssemblyName(name));
        var forbidden = assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(a => a == "CampaignPlatform.Host" || (a.StartsWith("CampaignPlatform.Modules.", StringComparison.Ordinal) && a != name))
            .ToList();
        Assert.Empty(forbidden);
    }

    [Fact]
    public void The_kernel_references_no_module_and_not_the_host()
    {
        var kernel = Assembly.Load(new AssemblyName("CampaignPlatform.Kernel"));
        Assert.DoesNotContain(kernel.GetReferencedAssemblies(), a => a.Name!.StartsWith("CampaignPlatform.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_host_names_no_module_type()
    {
        // The host references module projects so they are installed, but finds them by scanning:
        // its code must not use any type from them.
        var host = Assembly.Load(new AssemblyName("CampaignPlatform.Host"));
        var used = host.GetReferencedAssemblies().Select(a => a.Name!).Where(a => a.StartsWith("CampaignPlatform.Modules.", StringComparison.Ordinal));
        Assert.Empty(used);
    }
}
