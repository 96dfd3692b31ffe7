using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Accounts.Audit;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Accounts.Management;

internal sealed record ScopeBody(ActorRole? Role, Guid? TownshipId, IReadOnlyList<Guid>? GridIds, Guid? UnitId, int? Version);

internal sealed record VersionBody(int? Version);

internal sealed record PasswordBody(string? Password, int? Version);

/// <summary><c>/api/accounts/…</c>: city administrators manage accounts and read the audit log.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var admin = api.MapGroup("").RequireAuthorization(AccessPolicies.CityAdministrator);
        admin.MapGet("/", async (ActorRole? role, Guid? townshipId, bool? includeDisabled, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAccounts(role, townshipId, includeDisabled ?? false), ct)))
            .WithSummary("账号列表 · Accounts, by role and township");
        admin.MapGet("/{accountId:guid}", async (Guid accountId, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetAccount(accountId), ct)))
            .WithSummary("账号详情 · One account");
        admin.MapPost("/", async (CreateAccount body, IMediator mediator, CancellationToken ct) =>
            {
                var account = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/accounts/{account.Id}", account);
            })
            .WithSummary("新建账号 · Create an account with its role and scope");
        admin.MapPut("/{accountId:guid}/scope", async (Guid accountId, ScopeBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeAccountScope(accountId, body.Role, body.TownshipId, body.GridIds, body.UnitId, body.Version), ct)))
            .WithSummary("调整角色和范围 · Change an account's role and scope (its tokens stop working)");
        admin.MapPost("/{accountId:guid}/disable", async (Guid accountId, VersionBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetAccountDisabled(accountId, true, body.Version), ct)))
            .WithSummary("停用账号 · Disable an account (its tokens stop working at once)");
        admin.MapPost("/{accountId:guid}/enable", async (Guid accountId, VersionBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetAccountDisabled(accountId, false, body.Version), ct)))
            .WithSummary("启用账号 · Enable an account again");
        admin.MapPut("/{accountId:guid}/password", async (Guid accountId, PasswordBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ResetPassword(accountId, body.Password, body.Version), ct)))
            .WithSummary("重置密码 · Set a new password (the old tokens stop working)");
        admin.MapGet("/audit", async (DateTimeOffset? from, DateTimeOffset? to, Guid? accountId, string? actor, string? search, int? page, int? pageSize,
                    IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListAudit(from, to, accountId, actor, search, page, pageSize), ct)))
            .WithSummary("审计日志 · Who did what, when, to which record; sign-ins included");
    }
}
