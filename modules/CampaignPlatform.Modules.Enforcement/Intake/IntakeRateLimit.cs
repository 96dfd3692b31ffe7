using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enforcement.Intake;

/// <summary>
/// Fixed one-minute windows of <c>Enforcement:Intake:PermitsPerMinute</c> reports per client address. The counters live
/// in this process: several hosts behind a balancer each count on their own.
/// </summary>
internal sealed class IntakeRateLimiter(IOptions<EnforcementOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.Intake.PermitsPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(string address) => _limiter.AttemptAcquire(address);

    public void Dispose() => _limiter.Dispose();
}

/// <summary>Refuses a report over the limit with 429, a Retry-After header and problem details.</summary>
internal sealed class IntakeRateLimitFilter(IntakeRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var address = context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = limiter.Acquire(address);
        if (lease.IsAcquired)
        {
            return await next(context);
        }

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"提交过于频繁，请 {retryAfter} 秒后再试。Too many reports from this address; retry after {retryAfter} s.");
    }
}
