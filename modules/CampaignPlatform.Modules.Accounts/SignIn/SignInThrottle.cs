using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Accounts.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Accounts.SignIn;

/// <summary>
/// Refuses (429) a sign-in when the account, or the address it comes from, has failed too often lately. Kept in the
/// database, so the limit holds across restarts and across several hosts. An address may fail more often than an
/// account: a township office signs in many people from behind one address.
/// </summary>
internal sealed class SignInThrottle(AccountsDbContext db, IOptions<AccountsOptions> options, TimeProvider time)
{
    public const int AddressAllowanceFactor = 4;

    public async Task EnsureAllowedAsync(string normalizedUserName, string clientAddress, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now - options.Value.ThrottleWindow;
        var max = options.Value.MaxFailedSignIns;
        var byAccount = await db.SignInAttempts.AsNoTracking()
            .Where(a => a.NormalizedUserName == normalizedUserName && !a.Succeeded && a.At > since)
            .OrderByDescending(a => a.At).Select(a => a.At).Take(max).ToListAsync(ct);
        var byAddress = await db.SignInAttempts.AsNoTracking()
            .Where(a => a.ClientAddress == clientAddress && !a.Succeeded && a.At > since)
            .OrderByDescending(a => a.At).Select(a => a.At).Take(max * AddressAllowanceFactor).ToListAsync(ct);

        // Free again when the oldest failure that counts towards the limit leaves the window.
        DateTimeOffset? freeAt = null;
        if (byAccount.Count >= max)
        {
            freeAt = byAccount[^1] + options.Value.ThrottleWindow;
        }

        if (byAddress.Count >= max * AddressAllowanceFactor)
        {
            var addressFree = byAddress[^1] + options.Value.ThrottleWindow;
            freeAt = freeAt is null || addressFree > freeAt ? addressFree : freeAt;
        }

        if (freeAt is { } free)
        {
            throw new TooManyRequestsException(
                "登录失败次数过多，请稍后再试。Too many failed sign-ins; try again later.", free - now);
        }
    }
}
