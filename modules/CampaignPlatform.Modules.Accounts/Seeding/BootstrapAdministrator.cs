using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Accounts.Data;
using CampaignPlatform.Modules.Accounts.Management;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Accounts.Seeding;

/// <summary>
/// On start-up, creates the administrator named in <c>Auth:BootstrapAdmin</c> unless an account of that name exists
/// (so changing the configured password later changes nothing: passwords are managed through the API).
/// </summary>
internal sealed class BootstrapAdministrator(
    AccountsDbContext db, IOptions<AccountsOptions> options, IPasswordHasher<Account> hasher, TimeProvider time, ILogger<BootstrapAdministrator> logger)
    : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public IReadOnlyList<string> ReadsConfiguration => [$"{AccountsOptions.Section}:BootstrapAdmin"];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var (userName, password) = (options.Value.BootstrapAdmin.UserName?.Trim(), options.Value.BootstrapAdmin.Password);
        if (string.IsNullOrEmpty(userName) || string.IsNullOrEmpty(password))
        {
            if (!await db.Accounts.AnyAsync(a => a.Role == ActorRole.CityAdministrator && !a.Disabled, cancellationToken))
            {
                logger.LogWarning("No city administrator exists and Auth:BootstrapAdmin is not configured: nobody can manage accounts.");
            }

            return;
        }

        var normalized = Account.Normalize(userName);
        if (await db.Accounts.AnyAsync(a => a.NormalizedUserName == normalized, cancellationToken))
        {
            return;
        }

        db.Accounts.Add(AccountSeed.Create(hasher, time, userName, "系统管理员", password, ActorRole.CityAdministrator));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created the bootstrap administrator {UserName}", userName);
    }
}

internal static class AccountSeed
{
    public static Account Create(
        IPasswordHasher<Account> hasher, TimeProvider time, string userName, string displayName, string password, ActorRole role,
        Guid? township = null, string grids = "", Guid? unit = null)
    {
        var account = new Account
        {
            Id = Guid.NewGuid(), UserName = userName, NormalizedUserName = Account.Normalize(userName), DisplayName = displayName, PasswordHash = "",
            Role = role, TownshipId = township, GridIds = grids, UnitId = unit, SecurityStamp = AccountRules.NewStamp(),
            CreatedAt = time.GetUtcNow(), CreatedBy = "system",
        };
        account.PasswordHash = hasher.HashPassword(account, password);
        return account;
    }
}
