using System.Security.Claims;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Accounts.Data;

namespace CampaignPlatform.Modules.Accounts.SignIn;

/// <summary>
/// What a token or cookie carries: who, the role, and the security stamp. The scope (township, grids, unit) is
/// read from the account on every request instead, so re-scoping takes effect at once.
/// </summary>
internal static class AccountPrincipal
{
    public static ClaimsPrincipal Create(Account account, string scheme) => new(new ClaimsIdentity(
        [
            new Claim(PlatformClaims.AccountId, account.Id.ToString()),
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(ClaimTypes.Role, account.Role.ToString()),
            new Claim(PlatformClaims.SecurityStamp, account.SecurityStamp),
        ],
        scheme,
        ClaimTypes.Name,
        ClaimTypes.Role));
}
