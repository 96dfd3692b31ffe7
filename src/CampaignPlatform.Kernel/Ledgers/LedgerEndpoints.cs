using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Kernel.Ledgers;

/// <summary>
/// Every ledger is read the same way: <c>GET {module}/townships/{townshipId}/ledgers/{name}?format=csv|xlsx</c>, with
/// <c>from</c> and <c>to</c> (city calendar, inclusive) where it covers a period. The request a module makes of them is
/// sent through MediatR, so the access rule and the township scope apply to it as to any other.
/// </summary>
public static class LedgerEndpoints
{
    public const string TownshipRoute = "/townships/{townshipId:guid}/ledgers/";

    /// <summary>A township's ledger over a period.</summary>
    public static RouteHandlerBuilder MapLedger(
        this IEndpointRouteBuilder api, string name, Func<Guid, DateOnly?, DateOnly?, IRequest<Ledger>> request) =>
        api.MapGet(TownshipRoute + name, async (Guid townshipId, string? format, DateOnly? from, DateOnly? to,
            IMediator mediator, ILedgerWriter writer, CancellationToken ct) =>
        {
            var chosen = LedgerFormats.Parse(format);
            return writer.Write(await mediator.Send(request(townshipId, from, to), ct), chosen);
        });

    /// <summary>A township's ledger as it stands today (no period).</summary>
    public static RouteHandlerBuilder MapLedger(this IEndpointRouteBuilder api, string name, Func<Guid, IRequest<Ledger>> request) =>
        api.MapGet(TownshipRoute + name, async (Guid townshipId, string? format, IMediator mediator, ILedgerWriter writer, CancellationToken ct) =>
        {
            var chosen = LedgerFormats.Parse(format);
            return writer.Write(await mediator.Send(request(townshipId), ct), chosen);
        });
}
