using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Accounts.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.SignIn;

/// <summary>Answers the kernel's account query (asked by the host on every signed-in request).</summary>
internal sealed class AccountLookups(AccountsDbContext db) : IRequestHandler<FindAccount, AccountInfo?>
{
    public async Task<AccountInfo?> Handle(FindAccount request, CancellationToken cancellationToken) =>
        (await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.AccountId, cancellationToken))?.ToInfo();
}
