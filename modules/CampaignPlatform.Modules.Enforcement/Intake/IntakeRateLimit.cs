using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enforcement.Intake;

/// <summary>
/// Fixed one-minute windows of <c>Enforcement:Intake:PermitsPerMinute</c> reports per client address. The counters
/// live in the database, so several hosts behind a balancer share one limit; each report bumps its window's counter
/// in one upsert (SQLite and PostgreSQL both know INSERT … ON CONFLICT … RETURNING), so two hosts never both take the
/// last permit.
/// </summary>
internal sealed class IntakeRateLimiter(EnforcementDbContext db, IOptions<EnforcementOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Counts this report against its address; null when allowed, else how long until the window turns.</summary>
    public async Task<TimeSpan?> AcquireAsync(string address, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / (long)Window.TotalSeconds;
        var count = await CountAsync(address, minute, ct);
        if (count == 1)
        {
            // The first report of a new window: windows that have passed count for nothing any more.
            await db.IntakeWindows.Where(w => w.Minute < minute).ExecuteDeleteAsync(ct);
        }

        if (count <= Math.Max(1, options.Value.Intake.PermitsPerMinute))
        {
            return null;
        }

        return DateTimeOffset.FromUnixTimeSeconds((minute + 1) * (long)Window.TotalSeconds) - now;
    }

    private async Task<long> CountAsync(string address, long minute, CancellationToken ct)
    {
        var table = db.TableOf<IntakeWindow>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"""
                 INSERT INTO {table} AS w ("ClientAddress", "Minute", "Count") VALUES (@address, @minute, 1)
                 ON CONFLICT ("ClientAddress", "Minute") DO UPDATE SET "Count" = w."Count" + 1
                 RETURNING "Count"
                 """;
            command.WithParameter("@address", address).WithParameter("@minute", minute);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>Refuses a report over the limit with 429, a Retry-After header and problem details.</summary>
internal sealed class IntakeRateLimitFilter(IntakeRateLimiter limiter) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var address = context.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await limiter.AcquireAsync(address, context.HttpContext.RequestAborted) is not { } wait)
        {
            return await next(context);
        }

        var retryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
            detail: $"提交过于频繁，请 {retryAfter} 秒后再试。Too many reports from this address; retry after {retryAfter} s.");
    }
}
