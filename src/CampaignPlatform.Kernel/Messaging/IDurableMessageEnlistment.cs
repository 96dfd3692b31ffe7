using CampaignPlatform.Kernel.Data;

namespace CampaignPlatform.Kernel.Messaging;

/// <summary>
/// The host's record of the durable messages enqueued in one DI scope (a request, a check run), so it can deliver
/// them as soon as the work that raised them has finished, without waiting for the background dispatcher.
/// </summary>
public interface IDurableMessageEnlistment
{
    /// <summary>Called when <paramref name="row"/> is enqueued on <paramref name="context"/>; may claim the row for this scope.</summary>
    void Enlist(ModuleDbContext context, OutboxMessage row);
}
