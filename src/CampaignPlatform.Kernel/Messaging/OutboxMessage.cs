using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Kernel.Messaging;

/// <summary>
/// One durable message waiting in a module's outbox (<c>{module}_outbox</c> on SQLite, <c>{module}.outbox</c> on
/// PostgreSQL). Rows are delivered in <see cref="Id"/> order; a row is claimed for <see cref="ClaimedUntil"/> by whoever
/// delivers it, so two hosts never deliver it at once, and a claim left by a dead process lapses.
/// </summary>
public sealed class OutboxMessage
{
    public const string TableName = "outbox";

    public long Id { get; set; }

    /// <summary>Full name of the message's type, e.g. <c>CampaignPlatform.Kernel.Rectification.ProblemFound</c>.</summary>
    public required string MessageType { get; set; }

    /// <summary>The message as JSON.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset EnqueuedAt { get; set; }

    /// <summary>Not delivered before this instant: the back-off after a failed attempt.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Failed deliveries so far.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set when the attempts ran out: the row stays, visible, and is no longer tried (dead letter).</summary>
    public DateTimeOffset? GaveUpAt { get; set; }

    /// <summary>Who is delivering it now; with <see cref="ClaimedUntil"/> the lease on the row.</summary>
    public Guid? ClaimToken { get; set; }

    public DateTimeOffset? ClaimedUntil { get; set; }

    public static OutboxMessage For(IDurableMessage message, DateTimeOffset now) => new()
    {
        MessageType = message.GetType().FullName!,
        Payload = JsonSerializer.Serialize(message, message.GetType()),
        EnqueuedAt = now,
        NextAttemptAt = now,
    };

    internal static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<OutboxMessage>(row =>
        {
            row.ToTable(TableName);
            row.HasKey(m => m.Id);
            row.Property(m => m.MessageType).HasMaxLength(200);
            row.Property(m => m.LastError).HasMaxLength(2000);
            row.HasIndex(m => new { m.DeliveredAt, m.Id });
        });
}
