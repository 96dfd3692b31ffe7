using CampaignPlatform.Host.Storage;
using CampaignPlatform.Host.Web;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;

namespace CampaignPlatform.Host.Access;

/// <summary>
/// Who may call: bearer tokens (API) and a cookie (web UI), both issued by the accounts module and protected with
/// keys kept beside the data (SQLite) or in the database every host shares (PostgreSQL) so that they survive a restart
/// and one host accepts what another issued. Every endpoint needs a signed-in account unless it says
/// otherwise (the public snap-report intake, health); accounts are checked against the database on every request.
/// </summary>
internal static class PlatformAuthentication
{
    /// <summary>Picks the bearer scheme when the request carries an Authorization header, the cookie otherwise.</summary>
    private const string Either = "BearerOrCookie";

    public static void AddPlatformAuthentication(this IServiceCollection services, IConfiguration configuration, PlatformStorage storage)
    {
        var lifetime = configuration.GetValue<TimeSpan?>("Auth:TokenLifetime") ?? TimeSpan.FromHours(8);
        var dataProtection = services.AddDataProtection().SetApplicationName("CampaignPlatform");
        if (storage.Provider == DatabaseProvider.Postgres)
        {
            storage.AddDbContext<HostKeysDbContext>(services);
            dataProtection.PersistKeysToDbContext<HostKeysDbContext>();
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.Settings.DataDirectory, "keys")));
        }

        services.AddAuthentication(Either)
            .AddPolicyScheme(Either, Either, options => options.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.Count > 0 ? AuthSchemes.Bearer : AuthSchemes.Cookie)
            .AddBearerToken(AuthSchemes.Bearer, options => options.BearerTokenExpiration = lifetime)
            .AddCookie(AuthSchemes.Cookie, options =>
            {
                options.Cookie.Name = "campaign.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.ExpireTimeSpan = lifetime;
                options.SlidingExpiration = true;
                // The API answers 401/403 as problem details; a page of the web UI sends people to sign in or says no.
                options.LoginPath = WebUi.SignInPath;
                options.AccessDeniedPath = WebUi.AccessDeniedPath;
                options.Events.OnRedirectToLogin = context => RedirectOrDeny(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrDeny(context, StatusCodes.Status403Forbidden);
            });
        services.AddOptions<BearerTokenOptions>(AuthSchemes.Bearer).Configure<TimeProvider>((options, time) => options.TimeProvider = time);
        services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Cookie).Configure<TimeProvider>((options, time) => options.TimeProvider = time);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(AccessPolicies.CityAdministrator, policy => policy.RequireRole(nameof(ActorRole.CityAdministrator)));
    }

    private static Task RedirectOrDeny(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (WebUi.IsPageRequest(context.Request))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
