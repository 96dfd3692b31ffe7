namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// How durable messages are delivered (<c>Outbox:*</c>): how often the dispatcher looks, how long a claim on a row
/// lasts, how many rows it takes at once, and how many failed attempts a row gets before it is given up.
/// </summary>
public sealed record OutboxSettings(TimeSpan PollInterval, TimeSpan Lease, int BatchSize, int MaxAttempts, TimeSpan FirstRetryAfter)
{
    /// <summary>The back-off never grows beyond this, so a message whose consumer recovers is delivered within the hour.</summary>
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromHours(1);

    public static OutboxSettings From(IConfiguration configuration) => new(
        configuration.GetValue<TimeSpan?>("Outbox:PollInterval") ?? TimeSpan.FromSeconds(1),
        configuration.GetValue<TimeSpan?>("Outbox:Lease") ?? TimeSpan.FromMinutes(1),
        configuration.GetValue<int?>("Outbox:BatchSize") ?? 100,
        configuration.GetValue<int?>("Outbox:MaxAttempts") ?? 10,
        configuration.GetValue<TimeSpan?>("Outbox:FirstRetryAfter") ?? TimeSpan.FromSeconds(5));

    /// <summary>Doubles with each failed attempt: 5 s, 10 s, 20 s … up to an hour.</summary>
    public TimeSpan RetryAfter(int attempts)
    {
        var seconds = FirstRetryAfter.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return seconds >= LongestRetryAfter.TotalSeconds ? LongestRetryAfter : TimeSpan.FromSeconds(seconds);
    }
}
