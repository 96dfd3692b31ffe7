using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using MediatR;

namespace CampaignPlatform.Host.Access;

/// <summary>
/// Reports every successful change made through the API — who, when, which operation, which record — to the audit
/// log, in one place rather than in every handler. Reads are not audited; sign-ins are audited by the accounts module.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || !context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/api/auth")
            || context.Response.StatusCode >= 400)
        {
            return;
        }

        var actor = context.RequestServices.GetRequiredService<ICurrentActor>();
        var pattern = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value;
        var location = context.Response.Headers.Location.ToString();
        var target = location.Length > 0 ? location : context.Request.Path.Value ?? "";
        try
        {
            await context.RequestServices.GetRequiredService<IMediator>().Publish(new AuditRecorded(
                context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), actor.Account?.Id, actor.Name,
                $"{context.Request.Method} {pattern}", target, context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                context.Connection.RemoteIpAddress?.ToString()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The change itself is saved and answered; a lost audit line is logged rather than turned into an error.
            logger.LogError(e, "Could not audit {Method} {Path}", context.Request.Method, context.Request.Path);
        }
    }
}
