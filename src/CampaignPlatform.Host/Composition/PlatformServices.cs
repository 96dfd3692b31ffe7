using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using CampaignPlatform.Host.Access;
using CampaignPlatform.Host.Pipeline;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Host.Errors;
using CampaignPlatform.Host.Health;
using CampaignPlatform.Host.Ledgers;
using CampaignPlatform.Host.Messaging;
using CampaignPlatform.Host.Scheduling;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Host.Web;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Messaging;
using CampaignPlatform.Kernel.Modules;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Http.Json;

namespace CampaignPlatform.Host.Composition;

/// <summary>Registers the platform and every found module in the container.</summary>
public static class PlatformServices
{
    public static WebApplicationBuilder AddCampaignPlatform(this WebApplicationBuilder builder, ModuleCatalog catalog)
    {
        var services = builder.Services;
        services.AddSingleton(catalog);
        services.AddSingleton<IModuleCatalog>(catalog);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OnlineBackup>();
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<IDataScope, HttpDataScope>();
        services.AddScoped<RequestNesting>();
        services.AddSingleton<ILedgerWriter, LedgerWriter>();

        AddHttpApi(services);
        services.AddWebUi(catalog);
        LimitRequestBodies(builder);
        var storage = PlatformStorage.Register(services, builder.Configuration, builder.Environment.ContentRootPath);
        services.AddPlatformAuthentication(builder.Configuration, storage);
        AddMessaging(services, catalog);
        AddDurableMessages(services, builder.Configuration, catalog);
        foreach (var module in catalog.Loaded)
        {
            module.Module.ConfigureServices(services, storage);
            if (module.Module.JsonContext is { } json)
            {
                services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, json));
            }
        }

        services.AddPlatformHangfire(storage, builder.Configuration);
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<HangfireStorageHealthCheck>("hangfire")
            .AddCheck<PluginsHealthCheck>("plugins")
            .AddCheck<OutboxHealthCheck>("outbox")
            .AddCheck<MigrationsHealthCheck>("migrations");
        return builder;
    }

    /// <summary>
    /// No request body beyond <c>Http:MaxRequestBodyBytes</c> (default 16 MB: three 5 MB photos of a snap report and
    /// their form); a larger one is refused with 413 before it is read.
    /// </summary>
    private static void LimitRequestBodies(WebApplicationBuilder builder)
    {
        var limit = builder.Configuration.GetValue<long?>("Http:MaxRequestBodyBytes") ?? 16L * 1024 * 1024;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = limit);
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(form => form.MultipartBodyLengthLimit = limit);
    }

    private static void AddHttpApi(IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // Chinese names stay readable in responses instead of \uXXXX escapes.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        // Malformed JSON and unbindable parameters become exceptions, so they reach the problem-details handler.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddOpenApi();
    }

    /// <summary>
    /// MediatR 5 without its DI package: the mediator and its factory are scoped (a singleton mediator cannot
    /// build scoped handlers); Scrutor finds handlers and services in the host and every module assembly.
    /// </summary>
    private static void AddMessaging(IServiceCollection services, ModuleCatalog catalog)
    {
        Assembly[] assemblies = [typeof(PlatformServices).Assembly, .. catalog.Assemblies];
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan
            .FromAssemblies(assemblies)
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)), publicOnly: false)
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        foreach (var behavior in PipelineBehaviorsInOrder(assemblies))
        {
            services.AddScoped(typeof(IPipelineBehavior<,>), behavior);
        }

        services.AddValidatorsFromAssemblies(assemblies, ServiceLifetime.Scoped, includeInternalTypes: true);
    }

    /// <summary>The outbox: delivered right after the request that enqueued it, else by the background dispatcher.</summary>
    private static void AddDurableMessages(IServiceCollection services, IConfiguration configuration, ModuleCatalog catalog)
    {
        services.AddSingleton(OutboxSettings.From(configuration));
        services.AddSingleton(new DurableMessageTypes(catalog.Assemblies));
        services.AddSingleton<OutboxDelivery>();
        services.AddScoped<RequestEnlistment>();
        services.AddScoped<IDurableMessageEnlistment>(provider => provider.GetRequiredService<RequestEnlistment>());
        services.AddHostedService<OutboxDispatcher>();
    }

    /// <summary>Open generic behaviours, outermost first, by their <see cref="PipelineStageAttribute"/>.</summary>
    public static IReadOnlyList<Type> PipelineBehaviorsInOrder(IEnumerable<Assembly> assemblies) =>
        assemblies
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: true }
                        && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IPipelineBehavior<,>)))
            .OrderBy(t => t.GetCustomAttribute<PipelineStageAttribute>()?.Order ?? PipelineStages.Validation + 1)
            .ThenBy(t => t.FullName, StringComparer.Ordinal)
            .ToList();
}
