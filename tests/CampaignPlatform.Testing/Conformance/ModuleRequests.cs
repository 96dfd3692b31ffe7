using System.Reflection;
using System.Runtime.CompilerServices;
using CampaignPlatform.Kernel.Checks;
using MediatR;

namespace CampaignPlatform.Testing.Conformance;

/// <summary>
/// The requests a module declares, read from its assembly. A request named for reading (Get…, List…, Search…, Track…,
/// Export…, Count…, Find…) is a query; every other request is a command — the naming rule of the house, which lets the
/// kit demand a validator of every command without a marker on each. The requests of recurring checks carry no input
/// (the host builds them from the run), so they are not commands of a caller.
/// </summary>
public static class ModuleRequests
{
    private static readonly string[] QueryVerbs = ["Get", "List", "Search", "Track", "Export", "Count", "Find"];

    public static IEnumerable<Type> All(Assembly module) =>
        module.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }
                                     && typeof(IBaseRequest).IsAssignableFrom(t));

    public static bool IsQuery(Type request) =>
        QueryVerbs.Any(verb => request.Name.Length > verb.Length && request.Name.StartsWith(verb, StringComparison.Ordinal)
                               && char.IsUpper(request.Name[verb.Length]));

    public static IEnumerable<Type> Commands(Assembly module) =>
        All(module).Where(t => !IsQuery(t) && !typeof(CheckRequest).IsAssignableFrom(t));

    /// <summary>
    /// An instance with nothing but the given id set: enough for the gates in front of validation, which look at the
    /// township or village alone. Records set their ids through init accessors; a computed id cannot be set and says so.
    /// </summary>
    public static object WithOnly(Type request, string idProperty, Guid id)
    {
        var instance = RuntimeHelpers.GetUninitializedObject(request);
        var property = request.GetProperty(idProperty, BindingFlags.Public | BindingFlags.Instance);
        if (property?.SetMethod is { } setter)
        {
            setter.Invoke(instance, [id]);
        }
        else if (request.GetField($"<{idProperty}>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is { } field)
        {
            field.SetValue(instance, id);
        }
        else
        {
            throw new InvalidOperationException($"{request.Name}.{idProperty} is computed, so the kit cannot aim the request at a township; make it a property with an init accessor.");
        }

        return instance;
    }

    /// <summary>Sends a request whose type is known only at run time, as the endpoints would send it.</summary>
    public static async Task SendAsync(IMediator mediator, object request, CancellationToken ct = default)
    {
        var response = request.GetType().GetInterfaces()
            .First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>))
            .GetGenericArguments()[0];
        var send = typeof(IMediator).GetMethods()
            .Single(m => m.Name == nameof(IMediator.Send) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(response);
        try
        {
            await (Task)send.Invoke(mediator, [request, ct])!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
