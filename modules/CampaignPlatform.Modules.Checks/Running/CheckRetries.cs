using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>
/// How a run that failed is tried again: after each delay of <c>Checks:RetryDelays</c> (comma-separated time spans,
/// default 1, 5 and 15 minutes — a back-off, so that a database that was briefly away is not hammered), then it is
/// recorded as failed. A retry is the same run (its checks are idempotent), so the runs page shows each failed attempt.
/// </summary>
public sealed class CheckRetries(IConfiguration configuration)
{
    private static readonly TimeSpan[] DefaultDelays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15)];

    /// <summary>How long to wait after the given failed attempt (1 = the first), or null when it was the last one allowed.</summary>
    public TimeSpan? DelayAfter(int failedAttempt)
    {
        var delays = Delays();
        return failedAttempt >= 1 && failedAttempt <= delays.Count ? delays[failedAttempt - 1] : null;
    }

    private IReadOnlyList<TimeSpan> Delays() =>
        configuration["Checks:RetryDelays"] is { } configured
            ? configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(d => TimeSpan.Parse(d, CultureInfo.InvariantCulture)).ToList()
            : DefaultDelays;
}
