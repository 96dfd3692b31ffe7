using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.Management;

[Allow(ActorRole.CityAdministrator)]
internal sealed record ListAccounts(ActorRole? Role, Guid? TownshipId, bool IncludeDisabled) : IRequest<IReadOnlyList<AccountDto>>;

[Allow(ActorRole.CityAdministrator)]
internal sealed record GetAccount(Guid AccountId) : IRequest<AccountDto>;

internal sealed class AccountQueries(AccountsDbContext db) :
    IRequestHandler<ListAccounts, IReadOnlyList<AccountDto>>,
    IRequestHandler<GetAccount, AccountDto>
{
    public async Task<IReadOnlyList<AccountDto>> Handle(ListAccounts request, CancellationToken cancellationToken) =>
        (await db.Accounts.AsNoTracking()
            .Where(a => request.Role == null || a.Role == request.Role)
            .Where(a => request.TownshipId == null || a.TownshipId == request.TownshipId)
            .Where(a => request.IncludeDisabled || !a.Disabled)
            .OrderBy(a => a.Role).ThenBy(a => a.UserName)
            .ToListAsync(cancellationToken))
        .Select(AccountDto.From).ToList();

    public async Task<AccountDto> Handle(GetAccount request, CancellationToken cancellationToken) =>
        AccountDto.From(await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AccountId, cancellationToken)
            ?? throw new NotFoundException("Account", request.AccountId));
}
