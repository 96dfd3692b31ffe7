using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using CampaignPlatform.Host.Composition;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;

namespace CampaignPlatform.Host.Web;

/// <summary>
/// The web UI: Razor Pages of the host (layout, home, language) and of every module (found in the module's assembly,
/// plugins included), in Simplified Chinese unless the user picks English.
/// </summary>
internal static class WebUi
{
    public const string SignInPath = "/sign-in";

    public const string AccessDeniedPath = "/denied";

    public const string ErrorPath = "/error";

    private static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    /// <summary>
    /// A browser asking for a page, as opposed to an API client: it wants HTML and is not under an API prefix. Only
    /// these are sent to the sign-in page; the API keeps answering 401/403 problem details.
    /// </summary>
    public static bool IsPageRequest(HttpRequest request) =>
        !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/openapi")
        && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static void AddWebUi(this IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddScoped<NavigationMenu>();
        // Chinese text goes out as text, not as &#x...; entities (still encoded wherever HTML needs it).
        services.AddWebEncoders(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddRazorPages()
            .AddMvcOptions(options => options.Filters.Add<ModulePageGate>())
            .ConfigureApplicationPartManager(parts =>
            {
                // Referenced modules are found by the Razor SDK's attributes already; plugins are not. Add what is missing.
                foreach (var assembly in catalog.Assemblies)
                {
                    if (parts.ApplicationParts.All(p => p.Name != assembly.GetName().Name))
                    {
                        parts.ApplicationParts.Add(new AssemblyPart(assembly));
                        parts.ApplicationParts.Add(new CompiledRazorAssemblyPart(assembly));
                    }
                }
            });
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // Chinese unless the user chose English with the switch: the browser's own language does not decide.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    public static void UseWebUiAssets(this WebApplication app)
    {
        app.UseStaticFiles();
        app.UseRequestLocalization();
    }

    public static void MapWebUi(this WebApplication app) => app.MapRazorPages();

    /// <summary>
    /// Discovers the pages (the host's and every module's, their models and filters) on another thread. Mapping them
    /// waits for the discovery, which otherwise takes a third of a second on the start's one busy thread; started as soon
    /// as the host is built, it runs while the storage is prepared and the API mapped.
    /// </summary>
    public static Task DiscoverPagesAsync(this WebApplication app) =>
        Task.Run(() => _ = app.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors);
}
