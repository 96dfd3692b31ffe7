using System.Security.Claims;
using CampaignPlatform.Kernel.Access;
using MediatR;

namespace CampaignPlatform.Host.Access;

/// <summary>
/// Runs right after a token or cookie has been read: the account must still exist, be enabled and carry the same
/// security stamp (a new password, role or scope renews it). Otherwise the request goes on as anonymous and gets 401,
/// so a disabled account is locked out at once rather than when its token expires. The account found is kept for the
/// request (see <see cref="Composition.HttpCurrentActor"/>).
/// </summary>
internal sealed class AccountCheck(RequestDelegate next)
{
    public const string ItemKey = "campaign.account";

    public async Task InvokeAsync(HttpContext context, IMediator mediator)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var account = Guid.TryParse(context.User.FindFirstValue(PlatformClaims.AccountId), out var id)
                ? await mediator.Send(new FindAccount(id), context.RequestAborted)
                : null;
            if (account is { Disabled: false } && account.SecurityStamp == context.User.FindFirstValue(PlatformClaims.SecurityStamp))
            {
                context.Items[ItemKey] = account;
                context.Items[HttpDataScope.ItemKey] = await mediator.Send(new FindDataScope(account), context.RequestAborted);
            }
            else
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    }
}
