using CampaignPlatform.Kernel.Townships;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.TestModules.Sample;

/// <summary>A village-scoped query: gated by the host through the village's township.</summary>
public sealed record DescribeVillage(Guid VillageId) : IVillageScoped, IRequest<string>;

public sealed class DescribeVillageHandler : IRequestHandler<DescribeVillage, string>
{
    public Task<string> Handle(DescribeVillage request, CancellationToken cancellationToken) => Task.FromResult($"village {request.VillageId}");
}

public static class SampleVillageQuery
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/villages/{villageId:guid}", async (Guid villageId, IMediator mediator, CancellationToken ct) =>
            TypedResults.Ok(await mediator.Send(new DescribeVillage(villageId), ct)));
}
