using System.Reflection;

namespace CampaignPlatform.Kernel.Access;

/// <summary>
/// Reads a request's access attribute, so that the web UI shows a menu entry, a button or a form only to those whom
/// the request itself would let through (the permission behaviour still decides when it is sent).
/// </summary>
public static class AccessRules
{
    /// <summary>The roles besides city administrators that may send <paramref name="request"/>; null when every signed-in account may.</summary>
    public static IReadOnlyList<ActorRole>? RolesOf(Type request) =>
        request.GetCustomAttribute<AllowSignedInAttribute>() is not null || request.GetCustomAttribute<AllowPublicAttribute>() is not null
            ? null
            : request.GetCustomAttribute<AllowAttribute>()?.Roles ?? [];

    public static bool Allows(IReadOnlyList<ActorRole>? roles, ActorRole role) =>
        role == ActorRole.CityAdministrator || roles is null || roles.Contains(role);

    /// <summary>Whether an account of <paramref name="role"/> may send <typeparamref name="TRequest"/>.</summary>
    public static bool MaySend<TRequest>(ActorRole role) => Allows(RolesOf(typeof(TRequest)), role);
}
