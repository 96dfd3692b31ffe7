using System.Reflection;
using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// Who a piece of the web UI (a menu entry, a dashboard panel) is shown to: the roles that may send the request it is
/// built on, so the UI and the API never disagree about who may do what.
/// </summary>
public static class RequestAudience
{
    /// <summary>The roles besides city administrators that may send <paramref name="request"/>; null means every signed-in account.</summary>
    public static IReadOnlyList<ActorRole>? RolesOf(Type request) =>
        request.GetCustomAttribute<AllowSignedInAttribute>() is not null || request.GetCustomAttribute<AllowPublicAttribute>() is not null
            ? null
            : request.GetCustomAttribute<AllowAttribute>()?.Roles ?? [];

    public static bool Includes(IReadOnlyList<ActorRole>? roles, ActorRole role) =>
        role == ActorRole.CityAdministrator || roles is null || roles.Contains(role);
}
