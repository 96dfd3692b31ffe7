using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
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

        api.MapPost("/items/{itemId:long}/claim", (long itemId, ClaimItem body, IMediator mediator, CancellationToken ct) => StepAsync(itemId, body, mediator, ct))
            .WithSummary("认领 · A unit claims the item");
        api.MapPost("/items/{itemId:long}/submit", (long itemId, SubmitFix body, IMediator mediator, CancellationToken ct) => StepAsync(itemId, body, mediator, ct))
            .WithSummary("提交整改 · Report the fix with its evidence");
        api.MapPost("/items/{itemId:long}/close", (long itemId, CloseItem body, IMediator mediator, CancellationToken ct) => StepAsync(itemId, body, mediator, ct))
            .WithSummary("核验销号 · Verify and sign off");
        api.MapPost("/items/{itemId:long}/return", (long itemId, ReturnItem body, IMediator mediator, CancellationToken ct) => StepAsync(itemId, body, mediator, ct))
            .WithSummary("退回 · Verification failed, back to the unit");
        api.MapPost("/items/{itemId:long}/lookback", (long itemId, RecordLookback body, IMediator mediator, CancellationToken ct) => StepAsync(itemId, body, mediator, ct))
            .WithSummary("回头看 · Record the look-back: the fix holds, or reopen");
        api.MapPost("/items/{itemId:long}/list", (long itemId, ListItem body, IMediator mediator, CancellationToken ct) => StepAsync(itemId, body, mediator, ct))
            .WithSummary("挂牌督办 · Put under listed supervision");
        api.MapPost("/items/{itemId:long}/unlist", (long itemId, UnlistItem body, IMediator mediator, CancellationToken ct) => StepAsync(itemId, body, mediator, ct))
            .WithSummary("摘牌 · Take off listed supervision");
    }

    // Each step is mapped with its own body type rather than through a helper generic over it: the request delegate
    // generator cannot compile a handler whose parameter is a type parameter, and the framework would then compile that
    // endpoint from expression trees at every start.
    private static async Task<Ok<ItemDto>> StepAsync<TStep>(long itemId, TStep body, IMediator mediator, CancellationToken ct) where TStep : ItemStep =>
        TypedResults.Ok(await mediator.Send(body with { ItemId = itemId }, ct));
}
