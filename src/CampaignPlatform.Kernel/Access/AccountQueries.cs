using MediatR;

namespace CampaignPlatform.Kernel.Access;

// Answered by the accounts module. The host asks it on every signed-in request, so that a disabled or
// re-scoped account takes effect at once rather than when its token expires.

/// <summary>One account as the rest of the platform sees it (never its password).</summary>
/// <param name="SecurityStamp">Changes when the password, role or scope changes; tokens issued before are refused.</param>
/// <param name="GridIds">For a grid worker: the grids they work (their villages follow from the organisation tree).</param>
public sealed record AccountInfo(
    Guid Id,
    string UserName,
    string DisplayName,
    ActorRole Role,
    Guid? TownshipId,
    IReadOnlyList<Guid> GridIds,
    Guid? UnitId,
    bool Disabled,
    string SecurityStamp);

/// <summary>One account by id, or null.</summary>
public sealed record FindAccount(Guid AccountId) : IRequest<AccountInfo?>;

/// <summary>
/// What this account may see (<see cref="DataScope"/>), from its role and where it works. The host asks it right after
/// <see cref="FindAccount"/> on every signed-in request.
/// </summary>
public sealed record FindDataScope(AccountInfo Account) : IRequest<DataScope>;
