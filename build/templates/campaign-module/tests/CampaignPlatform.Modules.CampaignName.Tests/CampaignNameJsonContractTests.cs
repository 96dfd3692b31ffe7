using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.CampaignName.Tests;

/// <summary>
/// The module's endpoint contracts come from its own source-generated JSON context (<see cref="CampaignNameJson"/>), as
/// every module's do. A type missing from it still works over HTTP, only made by reflection at start-up, so this test
/// names it: add it to the context.
/// </summary>
[Collection("host")]
public sealed class CampaignNameJsonContractTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public void Every_type_the_modules_endpoints_read_or_write_comes_from_its_json_context()
    {
        var misses = JsonContracts.ServedByReflection(_factory.Services, out _);
        Assert.True(misses.Count == 0, "Served by the reflection resolver, not the module's JSON context:\n" + string.Join("\n", misses));
        // Not empty by accident: the module's endpoints are among those checked.
        Assert.Contains(_factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>(),
            endpoint => endpoint.RoutePattern.RawText?.StartsWith($"/api/{CampaignNameModule.Id}/", StringComparison.Ordinal) == true);
    }
}
