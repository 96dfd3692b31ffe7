using CampaignPlatform.Host.Composition;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.UnitTests.Host;

/// <summary>Minimal-API endpoints are built once after mapping, and every reader (routing, authorization) gets those.</summary>
public sealed class BuiltEndpointsTests
{
    [Fact]
    public async Task Once_built_every_read_gives_the_same_endpoints_where_a_minimal_API_source_would_build_new_ones()
    {
        await using var app = WebApplication.CreateBuilder().Build();
        IEndpointRouteBuilder routes = app;
        var api = app.MapGroup("/api");
        api.MapGet("/one", () => TypedResults.Ok(1));
        app.MapGet("/two", () => TypedResults.Ok(2));
        var group = routes.DataSources.Single(s => s.GetType().Name == "GroupEndpointDataSource");
        Assert.NotSame(group.Endpoints[0], group.Endpoints[0]);

        PlatformEndpoints.BuildOnce(app);

        Assert.Equal(2, routes.DataSources.Count);
        foreach (var source in routes.DataSources)
        {
            Assert.IsType<BuiltEndpoints>(source);
            Assert.Same(source.Endpoints[0], source.Endpoints[0]);
        }

        Assert.Equal(["/api/one", "/two"], routes.DataSources.SelectMany(s => s.Endpoints).Cast<RouteEndpoint>().Select(e => e.RoutePattern.RawText).Order());
    }
}
