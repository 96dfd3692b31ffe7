using CampaignPlatform.Host.Access;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>The signed-in account (checked by <see cref="AccountCheck"/>); anonymous without one; the system inside background jobs.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public AccountInfo? Account =>
        accessor.HttpContext?.Items.TryGetValue(AccountCheck.ItemKey, out var account) == true ? (AccountInfo?)account : null;

    public string Name => accessor.HttpContext is null ? "system" : Account?.UserName ?? "anonymous";

    public bool IsSystem => accessor.HttpContext is null;
}
