using Hangfire.Dashboard;

namespace CampaignPlatform.Host.Scheduling;

/// <summary>
/// The Hangfire dashboard is for administrators. Until accounts exist, only requests from this machine
/// (or the in-process test server, which has no remote address) may open it.
/// </summary>
internal sealed class DashboardAccessFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        var remote = http.Connection.RemoteIpAddress;
        return remote is null || System.Net.IPAddress.IsLoopback(remote);
    }
}
