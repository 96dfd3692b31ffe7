using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.SignIn;

/// <summary>Answers the kernel's account queries (asked by the host on every signed-in request).</summary>
internal sealed class AccountLookups(AccountsDbContext db, IMediator mediator)
    : IRequestHandler<FindAccount, AccountInfo?>, IRequestHandler<FindDataScope, DataScope>
{
    public async Task<AccountInfo?> Handle(FindAccount request, CancellationToken cancellationToken) =>
        (await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AccountId, cancellationToken))?.ToInfo();

    /// <summary>A township officer sees one township; a grid worker the villages of their grids; a unit officer their unit's work.</summary>
    public async Task<DataScope> Handle(FindDataScope request, CancellationToken cancellationToken) => request.Account switch
    {
        { Role: ActorRole.TownshipOfficer, TownshipId: { } township } => DataScope.Township(township),
        { Role: ActorRole.GridWorker, TownshipId: { } township } => DataScope.Villages(township,
            (await mediator.Send(new FindGrids(request.Account.GridIds), cancellationToken))
                .Where(g => !g.Retired).Select(g => g.VillageId).Distinct().ToList()),
        { Role: ActorRole.UnitOfficer, UnitId: { } unit } => DataScope.Unit(unit),
        { Role: ActorRole.CityAdministrator or ActorRole.CitySupervisor } => DataScope.Unrestricted,
        // A scoped role without its scope sees nothing rather than everything.
        _ => DataScope.Township(Guid.Empty) with { AllVillages = false, AllUnits = false },
    };
}
