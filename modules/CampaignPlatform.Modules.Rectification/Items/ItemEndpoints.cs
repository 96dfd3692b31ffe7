using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Rectification.Items;

internal static class ItemEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/items", async (
                    Guid? townshipId, Guid? villageId, Guid? unitId, string? module, ItemStatus? status, bool? overdue, bool? listed,
                    DateOnly? from, DateOnly? to, int? page, int? pageSize, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SearchItems(townshipId, villageId, unitId, module, status, overdue, listed, from, to, page, pageSize), ct)))
            .WithSummary("整改清单 · Rectification items, filtered and paged");
        api.MapGet("/items/{itemId:long}", async (long itemId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetItem(itemId), ct)))
            .WithSummary("整改事项及其记录 · One item with its full history");
        api.MapPost("/items", async (FileItem body, IMediator mediator, CancellationToken ct) =>
            {
                var item = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/rectification/items/{item.Id}", item);
            })
            .WithSummary("登记整改事项 · File an item by hand (supervision, undercover visit, media)");

        MapStep<ClaimItem>(api, "claim", "认领 · A unit claims the item");
        MapStep<SubmitFix>(api, "submit", "提交整改 · Report the fix with its evidence");
        MapStep<CloseItem>(api, "close", "核验销号 · Verify and sign off");
        MapStep<ReturnItem>(api, "return", "退回 · Verification failed, back to the unit");
        MapStep<RecordLookback>(api, "lookback", "回头看 · Record the look-back: the fix holds, or reopen");
        MapStep<ListItem>(api, "list", "挂牌督办 · Put under listed supervision");
        MapStep<UnlistItem>(api, "unlist", "摘牌 · Take off listed supervision");
    }

    private static void MapStep<TStep>(IEndpointRouteBuilder api, string step, string summary) where TStep : ItemStep =>
        api.MapPost($"/items/{{itemId:long}}/{step}", async (long itemId, TStep body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(body with { ItemId = itemId }, ct)))
            .WithSummary(summary);
}
