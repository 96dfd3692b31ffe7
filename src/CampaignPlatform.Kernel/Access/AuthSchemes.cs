namespace CampaignPlatform.Kernel.Access;

/// <summary>Names shared by the host (which validates) and the accounts module (which signs people in).</summary>
public static class AuthSchemes
{
    /// <summary>Bearer tokens for the API, from <c>POST /api/auth/token</c>.</summary>
    public const string Bearer = "Bearer";

    /// <summary>The sign-in cookie of the web UI.</summary>
    public const string Cookie = "Cookies";
}

/// <summary>Claim types in a signed-in principal.</summary>
public static class PlatformClaims
{
    public const string AccountId = "sub";
    public const string SecurityStamp = "stamp";
}

/// <summary>Authorization policies the host defines and modules name on their endpoints.</summary>
public static class AccessPolicies
{
    /// <summary>City administrators only (accounts, module enablement, the job dashboard).</summary>
    public const string CityAdministrator = "city-administrator";
}
