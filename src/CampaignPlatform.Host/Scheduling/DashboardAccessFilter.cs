using System.Net;
using CampaignPlatform.Kernel.Access;
using Hangfire.Dashboard;

namespace CampaignPlatform.Host.Scheduling;

/// <summary>
/// The Hangfire dashboard is for city administrators, signed in with the web UI's cookie. While developing, requests
/// from this machine (or the in-process test server, which has no remote address) may open it without signing in.
/// </summary>
internal sealed class DashboardAccessFilter(bool development) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        if (http.User.IsInRole(nameof(ActorRole.CityAdministrator)))
        {
            return true;
        }

        var remote = http.Connection.RemoteIpAddress;
        return development && (remote is null || IPAddress.IsLoopback(remote));
    }
}
