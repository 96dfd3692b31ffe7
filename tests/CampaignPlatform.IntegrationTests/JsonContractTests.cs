using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CampaignPlatform.IntegrationTests;

/// <summary>
/// Every module's endpoints read and write their own types through the module's source-generated JSON context: the
/// reflection resolver behind it would make their contracts at start-up (emitted accessors and generic converters the
/// JIT compiles), which is what the contexts save. A new endpoint whose types are missing from its module's context
/// would still work, only slower to start, so this test names it.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class JsonContractTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Every_module_type_an_endpoint_reads_or_writes_comes_from_that_modules_json_context()
    {
        var options = _factory.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var contracts = endpoints
            .SelectMany(endpoint => endpoint.Metadata.OfType<IAcceptsMetadata>().Select(accepts => accepts.RequestType)
                .Concat(endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Select(produces => produces.Type))
                .OfType<Type>()
                .Select(type => (Type: type, Route: endpoint.RoutePattern.RawText)))
            .Where(contract => ModuleAssemblyOf(contract.Type) is not null && !IsResult(contract.Type))
            .ToList();
        Assert.NotEmpty(contracts);

        var misses = contracts
            .Where(contract => options.GetTypeInfo(contract.Type).OriginatingResolver is not JsonSerializerContext context
                || context.GetType().Assembly != ModuleAssemblyOf(contract.Type))
            .Select(contract => $"{contract.Route}: {contract.Type}")
            .Distinct()
            .Order()
            .ToList();
        Assert.True(misses.Count == 0, "Served by the reflection resolver, not the module's JSON context:\n" + string.Join("\n", misses));
    }

    /// <summary>The module assembly a type (or a type it is made of, as in <c>IReadOnlyList&lt;T&gt;</c>) belongs to.</summary>
    private static System.Reflection.Assembly? ModuleAssemblyOf(Type type)
    {
        if (type.Namespace?.StartsWith("CampaignPlatform.Modules.", StringComparison.Ordinal) == true)
        {
            return type.Assembly;
        }

        var element = type.IsArray ? type.GetElementType() : null;
        return (element is null ? type.GetGenericArguments() : [element]).Select(ModuleAssemblyOf).FirstOrDefault(assembly => assembly is not null);
    }

    /// <summary>An endpoint that returns a result object (a file, a redirect) writes no JSON contract of its own.</summary>
    private static bool IsResult(Type type) => typeof(IResult).IsAssignableFrom(type);
}
