using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.DemonstrationCreation.Tests;

/// <summary>The plugin's endpoint contracts come from its own source-generated JSON context, as the built-in modules' do.</summary>
[Collection("host")]
public sealed class DemonstrationJsonContractTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Every_type_the_plugins_endpoints_read_or_write_comes_from_its_json_context()
    {
        var misses = JsonContracts.ServedByReflection(_factory.Services, out _);
        Assert.True(misses.Count == 0, "Served by the reflection resolver, not the module's JSON context:\n" + string.Join("\n", misses));
        Assert.Contains(_factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>(),
            endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/demo-creation", StringComparison.Ordinal) == true);
    }
}
