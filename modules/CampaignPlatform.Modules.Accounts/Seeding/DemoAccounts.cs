using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Accounts.Data;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Accounts.Seeding;

/// <summary>The <c>Demo</c> section: whether the demo city (and so its demo accounts) is seeded.</summary>
internal sealed class DemoAccountsOptions
{
    public bool Seed { get; set; } = true;
}

/// <summary>
/// One account per role for the demo city, all with the password <see cref="Password"/> (listed in the README):
/// the township officer and grid worker work in <see cref="Township"/>, the unit officer at 住建局.
/// </summary>
internal sealed class DemoAccounts(
    AccountsDbContext db, IMediator mediator, IOptions<DemoAccountsOptions> options, IPasswordHasher<Account> hasher, TimeProvider time)
    : IModuleInitializer
{
    public InitializerRuns Runs => InitializerRuns.WhenPreparing;

    public IReadOnlyList<string> ReadsConfiguration => ["Demo"];

    public const string Password = "Demo@2026";
    public const string Township = "柳河镇";
    public const string UnitCode = "ZJJ";

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed || await db.Accounts.AnyAsync(a => a.NormalizedUserName == "DEMO-ADMIN", cancellationToken))
        {
            return;
        }

        var township = (await mediator.Send(new ListTownships(), cancellationToken)).FirstOrDefault(t => t.Name == Township);
        var unit = await mediator.Send(new FindUnitByCode(UnitCode), cancellationToken);
        if (township is null || unit is null)
        {
            return; // not the demo city: seed nothing rather than accounts scoped to nowhere
        }

        var grids = await mediator.Send(new ListGrids(township.Id), cancellationToken);
        var grid = grids.Count > 0 ? grids[0] : null;
        db.Accounts.AddRange(
            AccountSeed.Create(hasher, time, "demo-admin", "演示·市级管理员", Password, ActorRole.CityAdministrator),
            AccountSeed.Create(hasher, time, "demo-supervisor", "演示·市级督查", Password, ActorRole.CitySupervisor),
            AccountSeed.Create(hasher, time, "demo-township", $"演示·{Township}干部", Password, ActorRole.TownshipOfficer, township.Id),
            AccountSeed.Create(hasher, time, "demo-unit", $"演示·{unit.Name}干部", Password, ActorRole.UnitOfficer, unit: unit.Id));
        if (grid is not null)
        {
            db.Accounts.Add(AccountSeed.Create(hasher, time, "demo-grid", $"演示·{grid.Name}网格员", Password, ActorRole.GridWorker, township.Id, grid.Id.ToString()));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
