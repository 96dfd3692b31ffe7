namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// How durable messages are delivered (<c>Outbox:*</c>): how often the dispatcher looks, how long a claim on a row
/// lasts, how many rows it takes at once, how many failed attempts a row gets before it is given up, and how long a
/// delivered row is kept before the dispatcher deletes it (every <see cref="PurgeInterval"/>).
/// </summary>
public sealed record OutboxSettings(
    TimeSpan PollInterval, TimeSpan Lease, int BatchSize, int MaxAttempts, TimeSpan FirstRetryAfter, TimeSpan KeepDelivered, TimeSpan PurgeInterval)
{
    /// <summary>The back-off never grows beyond this, so a message whose consumer recovers is delivered within the hour.</summary>
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromHours(1);

    public static OutboxSettings From(IConfiguration configuration) => new(
        configuration.GetValue<TimeSpan?>("Outbox:PollInterval") ?? TimeSpan.FromSeconds(1),
        configuration.GetValue<TimeSpan?>("Outbox:Lease") ?? TimeSpan.FromMinutes(1),
        configuration.GetValue<int?>("Outbox:BatchSize") ?? 100,
        configuration.GetValue<int?>("Outbox:MaxAttempts") ?? 10,
        configuration.GetValue<TimeSpan?>("Outbox:FirstRetryAfter") ?? TimeSpan.FromSeconds(5),
        // A week: long enough to look into what a consumer did with a message, short enough that a daily check which
        // re-sends its findings every run does not grow the outbox without end.
        configuration.GetValue<TimeSpan?>("Outbox:KeepDelivered") ?? TimeSpan.FromDays(7),
        configuration.GetValue<TimeSpan?>("Outbox:PurgeInterval") ?? TimeSpan.FromHours(1));

    /// <summary>Doubles with each failed attempt: 5 s, 10 s, 20 s … up to an hour.</summary>
    public TimeSpan RetryAfter(int attempts)
    {
        var seconds = FirstRetryAfter.TotalSeconds * Math.Pow(2, Math.Max(0, attempts - 1));
        return seconds >= LongestRetryAfter.TotalSeconds ? LongestRetryAfter : TimeSpan.FromSeconds(seconds);
    }
}
