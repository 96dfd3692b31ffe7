using System.Reflection;
using CampaignPlatform.Kernel.Messaging;

namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// Every durable message type the kernel and the loaded modules define, by the name stored in the outbox. Plugins
/// live in load contexts of their own, where <c>Type.GetType(name)</c> would not find their types.
/// </summary>
public sealed class DurableMessageTypes
{
    private readonly Dictionary<string, Type> _byName;

    public DurableMessageTypes(IEnumerable<Assembly> assemblies) =>
        _byName = assemblies.Append(typeof(IDurableMessage).Assembly).Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IDurableMessage).IsAssignableFrom(t))
            .ToDictionary(t => t.FullName!, StringComparer.Ordinal);

    public Type? Find(string name) => _byName.GetValueOrDefault(name);
}
