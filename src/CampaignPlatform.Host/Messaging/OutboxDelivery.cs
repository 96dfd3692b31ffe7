using System.Text.Json;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Messaging;
using CampaignPlatform.Kernel.Modules;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// Claims rows of one module's outbox and publishes each through MediatR, in order, each in a fresh DI scope as the
/// system. A row is claimed with a conditional update (taken only when unclaimed, its claim lapsed, or already ours),
/// so two hosts never deliver one row at once. Delivered rows are marked after each batch: a crash in between
/// delivers them again, which the handlers tolerate. A failure leaves the row with its attempts, error and back-off.
/// Outbox times come from the wall clock, not the platform's <see cref="TimeProvider"/>: leases and back-off are
/// operational, and must pass even where a test holds the city's calendar still.
/// </summary>
public sealed class OutboxDelivery(IServiceScopeFactory scopes, DurableMessageTypes types, OutboxSettings settings, ILogger<OutboxDelivery> logger)
{
    private static readonly TimeProvider Clock = TimeProvider.System;

    /// <summary>Delivers up to a batch of the rows due now that nobody holds; returns how many rows it claimed.</summary>
    public Task<int> DeliverDueAsync(Type contextType, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        return DeliverBatchAsync(contextType, Guid.NewGuid(),
            rows => rows.Where(m => m.NextAttemptAt <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now)), ct);
    }

    /// <summary>Delivers the rows <paramref name="ids"/>, claimed with <paramref name="token"/> when they were enqueued.</summary>
    public async Task DeliverClaimedAsync(Type contextType, Guid token, IReadOnlyList<long> ids, CancellationToken ct)
    {
        foreach (var chunk in ids.Order().Chunk(settings.BatchSize))
        {
            await DeliverBatchAsync(contextType, token, rows => rows.Where(m => chunk.Contains(m.Id)), ct);
        }
    }

    /// <summary>
    /// Whether the outbox holds rows still to deliver, and rows delivered long enough ago to purge
    /// (<see cref="OutboxSettings.KeepDelivered"/>), in one plain statement on its index: most polls and purges find
    /// nothing to do, and so build neither the module's EF model nor a query (on a fresh start, that would compete with
    /// the first requests for the processor — rows delivered within the week are there at almost every start).
    /// </summary>
    public async Task<(bool Undelivered, bool Purgeable)> LookAsync(Type contextType, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var storage = scope.ServiceProvider.GetRequiredService<StorageSettings>();
        var table = PlainStatements.OutboxOf(storage, PlainStatements.StorageNameOf(scope.ServiceProvider, contextType));
        await using var connection = await PlainStatements.OpenAsync(storage, ct);
        await using var command = connection.CreateCommand();
        command.CommandText =
            $"""SELECT EXISTS (SELECT 1 FROM {table} WHERE "DeliveredAt" IS NULL AND "GaveUpAt" IS NULL), """ +
            $"""EXISTS (SELECT 1 FROM {table} WHERE "DeliveredAt" < @before)""";
        // Stored as ModuleDbContext maps instants: UTC ticks on SQLite, timestamptz on PostgreSQL.
        var before = PurgeBefore();
        command.WithParameter("before", storage.Provider == DatabaseProvider.Sqlite ? before.UtcTicks : before.UtcDateTime);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetBoolean(0), reader.GetBoolean(1));
    }

    /// <summary>Drops every claim on undelivered rows: on SQLite one host owns the file, so at start-up any claim is a dead process's.</summary>
    public async Task ReleaseClaimsAsync(Type contextType, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        await db.Outbox.Where(m => m.DeliveredAt == null && m.ClaimToken != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, (Guid?)null).SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>
    /// Deletes the rows delivered before <see cref="OutboxSettings.KeepDelivered"/> ago; undelivered and given-up rows
    /// stay. Returns how many were deleted.
    /// </summary>
    public async Task<int> PurgeDeliveredAsync(Type contextType, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var before = PurgeBefore();
        return await db.Outbox.Where(m => m.DeliveredAt != null && m.DeliveredAt < before).ExecuteDeleteAsync(ct);
    }

    private DateTimeOffset PurgeBefore() => Clock.GetUtcNow() - settings.KeepDelivered;

    private async Task<int> DeliverBatchAsync(
        Type contextType, Guid token, Func<IQueryable<OutboxMessage>, IQueryable<OutboxMessage>> candidates, CancellationToken ct)
    {
        var rows = await ClaimAsync(contextType, token, candidates, ct);
        var delivered = new List<long>();
        foreach (var row in rows)
        {
            ct.ThrowIfCancellationRequested();
            var error = await PublishAsync(row, ct);
            if (error is null)
            {
                delivered.Add(row.Id);
            }
            else
            {
                await RecordFailureAsync(contextType, row, error, ct);
            }
        }

        if (delivered.Count > 0)
        {
            using var scope = scopes.CreateScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
            var now = Clock.GetUtcNow();
            await db.Outbox.Where(m => delivered.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.DeliveredAt, now)
                .SetProperty(m => m.ClaimToken, (Guid?)null)
                .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), CancellationToken.None);
        }

        return rows.Count;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(
        Type contextType, Guid token, Func<IQueryable<OutboxMessage>, IQueryable<OutboxMessage>> candidates, CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        var now = Clock.GetUtcNow();
        var until = now + settings.Lease;
        var ids = await candidates(db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && m.GaveUpAt == null))
            .OrderBy(m => m.Id).Select(m => m.Id).Take(settings.BatchSize).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return [];
        }

        await db.Outbox
            .Where(m => ids.Contains(m.Id) && m.DeliveredAt == null && (m.ClaimToken == token || m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntil, until), ct);
        return await db.Outbox.AsNoTracking()
            .Where(m => ids.Contains(m.Id) && m.ClaimToken == token && m.DeliveredAt == null)
            .OrderBy(m => m.Id).ToListAsync(ct);
    }

    private async Task<Exception?> PublishAsync(OutboxMessage row, CancellationToken ct)
    {
        try
        {
            var type = types.Find(row.MessageType)
                       ?? throw new InvalidOperationException($"No loaded module defines the message type {row.MessageType}.");
            var message = (IDurableMessage)JsonSerializer.Deserialize(row.Payload, type)!;
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(message, ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ex;
        }
    }

    private async Task RecordFailureAsync(Type contextType, OutboxMessage row, Exception error, CancellationToken ct)
    {
        var attempts = row.Attempts + 1;
        var now = Clock.GetUtcNow();
        var givenUp = attempts >= settings.MaxAttempts;
        var text = $"{error.GetType().Name}: {error.Message}";
        text = text.Length > 2000 ? text[..2000] : text;
        if (givenUp)
        {
            logger.LogError(error, "Durable message {Id} ({Type}) in {Context} failed {Attempts} times and is given up", row.Id, row.MessageType, contextType.Name, attempts);
        }
        else
        {
            logger.LogWarning(error, "Durable message {Id} ({Type}) in {Context} failed (attempt {Attempts}); retried later", row.Id, row.MessageType, contextType.Name, attempts);
        }

        using var scope = scopes.CreateScope();
        var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(contextType);
        await db.Outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, text)
            .SetProperty(m => m.NextAttemptAt, now + settings.RetryAfter(attempts))
            .SetProperty(m => m.GaveUpAt, givenUp ? now : null)
            .SetProperty(m => m.ClaimToken, (Guid?)null)
            .SetProperty(m => m.ClaimedUntil, (DateTimeOffset?)null), ct);
    }
}
