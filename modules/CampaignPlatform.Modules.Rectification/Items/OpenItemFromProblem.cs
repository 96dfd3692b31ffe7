using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Modules.Rectification.Data;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>
/// Turns "a problem was found" into exactly one item per (source module, source reference): a repeat finds
/// the item already there; two deliveries racing each other meet the unique index, and the loser finds the
/// winner's item.
/// </summary>
internal sealed class OpenItemFromProblem(RectificationDbContext db, IMediator mediator, TimeProvider time, ILogger<OpenItemFromProblem> logger)
    : INotificationHandler<ProblemFound>
{
    public async Task Handle(ProblemFound problem, CancellationToken cancellationToken)
    {
        if (await Exists(problem, cancellationToken))
        {
            return;
        }

        var unit = problem.SuggestedUnitCode is { Length: > 0 } code ? await mediator.Send(new FindUnitByCode(code), cancellationToken) : null;
        var item = ItemFactory.Create(new ItemFactory.NewItem(
            ItemSource.Module, problem.SourceModule, problem.SourceReference, problem.TownshipId, problem.VillageId,
            problem.Category, problem.Description, null, problem.Severity, unit?.Id, problem.DeadlineDays), problem.SourceModule, time);
        db.Items.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Forget the rejected insert, then ask the database whether a concurrent delivery won.
            db.ChangeTracker.Clear();
            if (!await Exists(problem, cancellationToken))
            {
                throw;
            }

            logger.LogInformation("Problem {Module}/{Reference} arrived twice at once; one item kept", problem.SourceModule, problem.SourceReference);
        }
    }

    // Across every scope: the item may lie outside what the actor whose work raised the problem can see.
    private Task<bool> Exists(ProblemFound problem, CancellationToken ct) =>
        db.Items.IgnoreQueryFilters().AnyAsync(i => i.SourceModule == problem.SourceModule && i.SourceReference == problem.SourceReference, ct);
}
