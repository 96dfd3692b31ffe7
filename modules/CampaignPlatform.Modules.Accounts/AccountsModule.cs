using System.Text.Json.Serialization.Metadata;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Accounts.Data;
using CampaignPlatform.Modules.Accounts.Management;
using CampaignPlatform.Modules.Accounts.Seeding;
using CampaignPlatform.Modules.Accounts.SignIn;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Accounts;

/// <summary>
/// Local accounts with hashed passwords, one role each and the township, grids or unit it is scoped to; bearer
/// tokens for the API and a cookie for the web UI; throttled sign-in; the audit log of every change and sign-in.
/// </summary>
public sealed class AccountsModule : IModule
{
    public const string Id = "accounts";

    public ModuleManifest Manifest { get; } = new(
        Id, "账号权限", "Accounts", "1.0.0",
        "Accounts, roles and scopes, sign-in by token or cookie, sign-in throttling and the audit log.",
        DependsOn: ["org"], IsCore: true);

    public IJsonTypeInfoResolver? JsonContext => AccountsJson.Default;

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage)
    {
        storage.AddDbContext<AccountsDbContext>(services);
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.Section);
        services.AddOptions<DemoAccountsOptions>().BindConfiguration("Demo");
        services.AddSingleton<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddScoped<SignInThrottle>();
        // The demo's accounts first, so that the bootstrap check sees the demo administrator.
        services.AddScoped<IModuleInitializer, DemoAccounts>();
        services.AddScoped<IModuleInitializer, BootstrapAdministrator>();
    }

    public void MapEndpoints(IEndpointRouteBuilder api) => AccountEndpoints.Map(api);

    public void MapSharedEndpoints(IEndpointRouteBuilder root) => SignInEndpoints.Map(root);
}
