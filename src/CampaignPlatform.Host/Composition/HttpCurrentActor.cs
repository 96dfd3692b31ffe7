using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Composition;

/// <summary>The signed-in user's name; "system" inside background jobs, where there is no request.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Name => accessor.HttpContext is { } http
        ? http.User.Identity?.Name ?? "anonymous"
        : "system";
}
