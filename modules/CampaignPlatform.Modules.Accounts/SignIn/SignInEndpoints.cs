using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using MediatR;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Modules.Accounts.SignIn;

internal sealed record SignInBody(string? UserName, string? Password);

/// <summary>The signed-in account as it sees itself.</summary>
internal sealed record MeDto(Guid Id, string UserName, string DisplayName, ActorRole Role, string RoleZh, Guid? TownshipId, IReadOnlyList<Guid> GridIds, Guid? UnitId);

/// <summary><c>/api/auth/…</c>: tokens for the API, the cookie for the web UI, and who am I.</summary>
internal static class SignInEndpoints
{
    public static void Map(IEndpointRouteBuilder root)
    {
        var auth = root.MapGroup("/auth").WithTags("Sign-in");
        auth.MapPost("/token", async (SignInBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.SignIn(await mediator.Send(new SignIn(body.UserName, body.Password, ClientAddress(http), AuthSchemes.Bearer), ct),
                    authenticationScheme: AuthSchemes.Bearer))
            .AllowAnonymous()
            .WithSummary("获取访问令牌 · Exchange a user name and password for a bearer token (tokenType, accessToken, expiresIn)");
        auth.MapPost("/sign-in", async (SignInBody body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TypedResults.SignIn(await mediator.Send(new SignIn(body.UserName, body.Password, ClientAddress(http), AuthSchemes.Cookie), ct),
                    new AuthenticationProperties { IsPersistent = false }, AuthSchemes.Cookie))
            .AllowAnonymous()
            .WithSummary("登录 · Sign in to the web UI with a cookie");
        auth.MapPost("/sign-out", () => TypedResults.SignOut(authenticationSchemes: [AuthSchemes.Cookie]))
            .WithSummary("退出登录 · Sign out of the web UI");
        auth.MapGet("/me", (ICurrentActor actor) => actor.Account is { } a
                ? TypedResults.Ok(new MeDto(a.Id, a.UserName, a.DisplayName, a.Role, ActorRoleLabels.Of(a.Role), a.TownshipId, a.GridIds, a.UnitId))
                : throw new UnauthorizedException("未登录。Not signed in."))
            .WithSummary("当前账号 · The signed-in account with its role and scope");
    }

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "local";
}
