using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Messaging;

namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// The durable messages enqueued while a request (an endpoint's, a check run's) is being handled in this scope. They
/// are claimed for the scope as they are enqueued, so the dispatcher leaves them alone while
/// <see cref="DeliverAfterRequestBehavior{TRequest,TResponse}"/> delivers them the moment the request has finished;
/// if this process dies first, the claim lapses and the dispatcher delivers them. Outside a request nothing is
/// claimed: the dispatcher delivers within its poll interval.
/// </summary>
public sealed class RequestEnlistment(OutboxSettings settings) : IDurableMessageEnlistment
{
    private readonly List<(ModuleDbContext Context, OutboxMessage Row)> _rows = [];
    private int _depth;

    public Guid Token { get; } = Guid.NewGuid();

    public void Enlist(ModuleDbContext context, OutboxMessage row)
    {
        if (Volatile.Read(ref _depth) == 0)
        {
            return;
        }

        row.ClaimToken = Token;
        row.ClaimedUntil = row.EnqueuedAt + settings.Lease;
        lock (_rows)
        {
            _rows.Add((context, row));
        }
    }

    /// <summary>Enters a request; true when it is the outermost one of the scope.</summary>
    public bool Enter() => Interlocked.Increment(ref _depth) == 1;

    public void Leave() => Interlocked.Decrement(ref _depth);

    /// <summary>
    /// Takes the rows saved and committed since the last call, by module context. A row still only added (never
    /// saved) or saved in a transaction still open is not taken: the dispatcher delivers what was committed of it.
    /// </summary>
    public IReadOnlyList<(Type ContextType, IReadOnlyList<long> Ids)> TakeCommitted()
    {
        List<(ModuleDbContext Context, OutboxMessage Row)> rows;
        lock (_rows)
        {
            rows = [.. _rows];
            _rows.Clear();
        }

        return rows
            .Where(r => r.Row.Id > 0 && r.Context.Database.CurrentTransaction is null
                        && r.Context.Entry(r.Row).State == Microsoft.EntityFrameworkCore.EntityState.Unchanged)
            .GroupBy(r => r.Context.GetType())
            .Select(g => (g.Key, (IReadOnlyList<long>)g.Select(r => r.Row.Id).ToList()))
            .ToList();
    }

    /// <summary>Forgets what was enlisted (the request failed; whatever of it was committed is the dispatcher's).</summary>
    public void Forget()
    {
        lock (_rows)
        {
            _rows.Clear();
        }
    }
}
