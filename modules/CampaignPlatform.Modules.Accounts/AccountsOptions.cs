namespace CampaignPlatform.Modules.Accounts;

/// <summary>The <c>Auth</c> section of the configuration.</summary>
public sealed class AccountsOptions
{
    public const string Section = "Auth";

    /// <summary>Created on start-up when both are set and no account of that name exists yet.</summary>
    public BootstrapAdminOptions BootstrapAdmin { get; set; } = new();

    /// <summary>How long a bearer token or a sign-in cookie lasts (a working day by default).</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>Failed sign-ins allowed per account, and per client address, within <see cref="ThrottleWindow"/>.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan ThrottleWindow { get; set; } = TimeSpan.FromMinutes(15);
}

public sealed class BootstrapAdminOptions
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}
