using CampaignPlatform.Kernel.Modules;
using MediatR;

namespace CampaignPlatform.Host.Messaging;

/// <summary>
/// Outermost: once the outermost request of a scope has finished, delivers the durable messages it committed, so a
/// problem found by an inspection has its rectification item when the response is sent and a check's run is recorded
/// after its items exist. Delivery runs as the system, with no HTTP request flowing into it, exactly as the dispatcher
/// would run it; a failing consumer does not fail the request — the row keeps the error and is retried.
/// </summary>
[PipelineStage(PipelineStages.DurableMessageDelivery)]
internal sealed class DeliverAfterRequestBehavior<TRequest, TResponse>(RequestEnlistment enlistment, OutboxDelivery delivery)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var outermost = enlistment.Enter();
        TResponse response;
        try
        {
            response = await next();
        }
        catch
        {
            if (outermost)
            {
                enlistment.Forget();
            }

            throw;
        }
        finally
        {
            enlistment.Leave();
        }

        if (outermost)
        {
            await DeliverAsync(cancellationToken);
        }

        return response;
    }

    private async Task DeliverAsync(CancellationToken ct)
    {
        foreach (var (contextType, ids) in enlistment.TakeCommitted())
        {
            Task deliver;
            // Without the HTTP request's context the consumers act as the system, as under the dispatcher.
            using (ExecutionContext.SuppressFlow())
            {
                deliver = Task.Run(() => delivery.DeliverClaimedAsync(contextType, enlistment.Token, ids, ct), ct);
            }

            await deliver;
        }
    }
}
