using System.Reflection;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CampaignPlatform.Testing;

/// <summary>
/// Every module's endpoints read and write their own types through the module's source-generated JSON context: the
/// reflection resolver behind it would make their contracts at start-up (emitted accessors and generic converters the
/// JIT compiles), which is what the contexts save. A new endpoint whose types are missing from its module's context
/// still works, only slower to start, so the tests name it.
/// </summary>
public static class JsonContracts
{
    /// <summary>"route: type" for each module type an endpoint reads or writes that its module's context does not serve.</summary>
    public static IReadOnlyList<string> ServedByReflection(IServiceProvider services, out int checkedCount)
    {
        var options = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var contracts = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => endpoint.Metadata.OfType<IAcceptsMetadata>().Select(accepts => accepts.RequestType)
                .Concat(endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(produces => produces.Type))
                .OfType<Type>()
                .Select(type => (Type: type, Route: endpoint.RoutePattern.RawText)))
            .Where(contract => ModuleAssemblyOf(contract.Type) is not null && !typeof(IResult).IsAssignableFrom(contract.Type))
            .ToList();
        checkedCount = contracts.Count;
        return contracts
            .Where(contract => options.GetTypeInfo(contract.Type).OriginatingResolver is not JsonSerializerContext context
                || context.GetType().Assembly != ModuleAssemblyOf(contract.Type))
            .Select(contract => $"{contract.Route}: {contract.Type}")
            .Distinct()
            .Order()
            .ToList();
    }

    /// <summary>The module assembly a type (or a type it is made of, as in <c>IReadOnlyList&lt;T&gt;</c>) belongs to.</summary>
    private static Assembly? ModuleAssemblyOf(Type type)
    {
        if (type.Namespace?.StartsWith("CampaignPlatform.Modules.", StringComparison.Ordinal) == true)
        {
            return type.Assembly;
        }

        var element = type.IsArray ? type.GetElementType() : null;
        return (element is null ? type.GetGenericArguments() : [element]).Select(ModuleAssemblyOf).FirstOrDefault(assembly => assembly is not null);
    }
}
