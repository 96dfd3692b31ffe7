using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Accounts.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Accounts.Audit;

/// <summary>Keeps every change and sign-in the platform reports.</summary>
internal sealed class StoreAuditEntry(AccountsDbContext db) : INotificationHandler<AuditRecorded>
{
    public async Task Handle(AuditRecorded notification, CancellationToken cancellationToken)
    {
        db.Audit.Add(new AuditEntry
        {
            At = notification.At, AccountId = notification.AccountId, Actor = Cut(notification.Actor, 128), Action = Cut(notification.Action, 300),
            Target = Cut(notification.Target, 1000), Outcome = Cut(notification.Outcome, 32), ClientAddress = notification.ClientAddress,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length];
}

internal sealed record AuditEntryDto(long Id, DateTimeOffset At, Guid? AccountId, string Actor, string Action, string Target, string Outcome, string? ClientAddress);

internal sealed record AuditPage(int Total, int Page, int PageSize, IReadOnlyList<AuditEntryDto> Items);

/// <summary>The audit log, newest first, filtered by period, account, actor name or words of the action/target.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record ListAudit(DateTimeOffset? From, DateTimeOffset? To, Guid? AccountId, string? Actor, string? Search, int? Page, int? PageSize)
    : IRequest<AuditPage>;

internal sealed class ListAuditValidator : AbstractValidator<ListAudit>
{
    public ListAuditValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
        RuleFor(q => q.Actor).MaximumLength(128);
        RuleFor(q => q.Search).MaximumLength(200);
    }
}

internal sealed class ListAuditHandler(AccountsDbContext db) : IRequestHandler<ListAudit, AuditPage>
{
    public async Task<AuditPage> Handle(ListAudit request, CancellationToken cancellationToken)
    {
        var query = db.Audit.AsNoTracking();
        if (request.From is { } from)
        {
            query = query.Where(e => e.At >= from);
        }

        if (request.To is { } to)
        {
            query = query.Where(e => e.At <= to);
        }

        if (request.AccountId is { } account)
        {
            query = query.Where(e => e.AccountId == account);
        }

        if (!string.IsNullOrWhiteSpace(request.Actor))
        {
            query = query.Where(e => e.Actor == request.Actor.Trim());
        }

        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var words = request.Search.Trim();
            query = query.Where(e => e.Action.Contains(words) || e.Target.Contains(words));
        }

        var page = request.Page ?? 1;
        var size = request.PageSize ?? 50;
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(e => e.Id).Skip((page - 1) * size).Take(size)
            .Select(e => new AuditEntryDto(e.Id, e.At, e.AccountId, e.Actor, e.Action, e.Target, e.Outcome, e.ClientAddress))
            .ToListAsync(cancellationToken);
        return new AuditPage(total, page, size, items);
    }
}
