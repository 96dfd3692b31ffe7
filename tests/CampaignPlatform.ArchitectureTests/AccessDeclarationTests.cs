using System.Reflection;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Checks;
using MediatR;

namespace CampaignPlatform.ArchitectureTests;

/// <summary>
/// Every request a module's endpoints can send says who may send it, with exactly one access attribute; the host's
/// permission behaviour refuses a request without one to everybody but city administrators. Recurring-check requests
/// are sent by the system only and need none.
/// </summary>
public sealed class AccessDeclarationTests
{
    private static readonly Type[] AccessAttributes = [typeof(AllowAttribute), typeof(AllowSignedInAttribute), typeof(AllowPublicAttribute)];

    public static TheoryData<string> ModuleAssemblies()
    {
        var data = new TheoryData<string>();
        foreach (string project in ModuleBoundaryTests.ModuleProjects())
        {
            data.Add(Path.GetFileNameWithoutExtension(project));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ModuleAssemblies))]
    public void Every_request_of_a_module_declares_who_may_send_it(string assemblyName)
    {
        var undeclared = Assembly.Load(new AssemblyName(assemblyName)).GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBaseRequest).IsAssignableFrom(t) && !typeof(CheckRequest).IsAssignableFrom(t))
            .Where(t => AccessAttributes.Count(a => t.GetCustomAttribute(a) is not null) != 1)
            .Select(t => t.FullName)
            .Order()
            .ToList();
        Assert.True(undeclared.Count == 0, "Without exactly one access attribute:\n" + string.Join('\n', undeclared));
    }
}
