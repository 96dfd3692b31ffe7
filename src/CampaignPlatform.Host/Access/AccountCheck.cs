using System.Security.Claims;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;
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
                context.Items[HttpDataScope.ItemKey] = await ScopeOfAsync(account, mediator, context.RequestAborted);
            }
            else
            {
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
            }
        }

        await next(context);
    }

    /// <summary>A township officer sees one township; a grid worker the villages of their grids; a unit officer their unit's work.</summary>
    private static async Task<DataScope> ScopeOfAsync(AccountInfo account, IMediator mediator, CancellationToken ct) => account.Role switch
    {
        ActorRole.TownshipOfficer when account.TownshipId is { } township => DataScope.Township(township),
        ActorRole.GridWorker when account.TownshipId is { } township =>
            DataScope.Villages(township, (await mediator.Send(new FindGrids(account.GridIds), ct)).Where(g => !g.Retired).Select(g => g.VillageId).Distinct().ToList()),
        ActorRole.UnitOfficer when account.UnitId is { } unit => DataScope.Unit(unit),
        ActorRole.CityAdministrator or ActorRole.CitySupervisor => DataScope.Unrestricted,
        // A scoped role without its scope sees nothing rather than everything.
        _ => DataScope.Township(Guid.Empty) with { AllVillages = false, AllUnits = false },
    };
}
