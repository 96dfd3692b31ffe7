using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using CampaignPlatform.Modules.Rectification.Lifecycle;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Rectification.Items;

/// <summary>A step in an item's life. The item id comes from the route; <see cref="ExpectedVersion"/>, when sent, must match.</summary>
internal abstract record ItemStep : IRequest<ItemDto>
{
    [JsonIgnore]
    public long ItemId { get; init; }

    /// <summary>The version the caller saw; a stale one is refused with 409 instead of overwriting someone else's step.</summary>
    public int? ExpectedVersion { get; init; }
}

[Allow(ActorRole.TownshipOfficer, ActorRole.UnitOfficer)]
internal sealed record ClaimItem(Guid? UnitId, string? Note) : ItemStep;

[Allow(ActorRole.TownshipOfficer, ActorRole.UnitOfficer)]
internal sealed record SubmitFix(string? FixDescription, string? EvidenceNote) : ItemStep;

[Allow(ActorRole.CitySupervisor)]
internal sealed record CloseItem(string? Note) : ItemStep;

[Allow(ActorRole.CitySupervisor)]
internal sealed record ReturnItem(string? Reason) : ItemStep;

[Allow(ActorRole.CitySupervisor)]
internal sealed record RecordLookback(bool? FixHolds, string? Note) : ItemStep;

[Allow(ActorRole.CityAdministrator)]
internal sealed record ListItem(string? Reason) : ItemStep;

[Allow(ActorRole.CityAdministrator)]
internal sealed record UnlistItem(string? Note) : ItemStep;

internal sealed class ClaimItemValidator : AbstractValidator<ClaimItem>
{
    public ClaimItemValidator() => RuleFor(c => c.Note).MaximumLength(1000);
}

internal sealed class SubmitFixValidator : AbstractValidator<SubmitFix>
{
    public SubmitFixValidator()
    {
        RuleFor(c => c.FixDescription).NotEmpty().MaximumLength(2000).WithMessage("请说明整改情况。Describe the fix.");
        RuleFor(c => c.EvidenceNote).MaximumLength(2000);
    }
}

internal sealed class CloseItemValidator : AbstractValidator<CloseItem>
{
    public CloseItemValidator() => RuleFor(c => c.Note).MaximumLength(1000);
}

internal sealed class ReturnItemValidator : AbstractValidator<ReturnItem>
{
    public ReturnItemValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000).WithMessage("请说明退回原因。Give the reason for returning it.");
}

internal sealed class RecordLookbackValidator : AbstractValidator<RecordLookback>
{
    public RecordLookbackValidator()
    {
        RuleFor(c => c.FixHolds).NotNull().WithMessage("请说明整改是否保持。'fixHolds' must be true or false.");
        RuleFor(c => c.Note).MaximumLength(1000);
    }
}

internal sealed class ListItemValidator : AbstractValidator<ListItem>
{
    public ListItemValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(500).WithMessage("请说明挂牌督办原因。Give the reason.");
}

internal sealed class UnlistItemValidator : AbstractValidator<UnlistItem>
{
    public UnlistItemValidator() => RuleFor(c => c.Note).MaximumLength(500);
}

/// <summary>
/// Loads the item, applies the step through <see cref="ItemLifecycle"/> and saves it under optimistic
/// concurrency: when two people act on one item at once, one wins and the other gets 409.
/// </summary>
internal sealed class ItemStepHandler(
    RectificationDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time, IOptions<RectificationOptions> options) :
    IRequestHandler<ClaimItem, ItemDto>,
    IRequestHandler<SubmitFix, ItemDto>,
    IRequestHandler<CloseItem, ItemDto>,
    IRequestHandler<ReturnItem, ItemDto>,
    IRequestHandler<RecordLookback, ItemDto>,
    IRequestHandler<ListItem, ItemDto>,
    IRequestHandler<UnlistItem, ItemDto>
{
    public async Task<ItemDto> Handle(ClaimItem request, CancellationToken cancellationToken)
    {
        if (request.UnitId is { } unitId && await mediator.Send(new FindUnit(unitId), cancellationToken) is null)
        {
            throw new NotFoundException("Unit", unitId);
        }

        return await Apply(request, (item, now) => ItemLifecycle.Claim(item, request.UnitId, actor.Name, request.Note, now), cancellationToken);
    }

    public Task<ItemDto> Handle(SubmitFix request, CancellationToken cancellationToken) =>
        Apply(request, (item, now) => ItemLifecycle.Submit(item, request.FixDescription!, request.EvidenceNote, actor.Name, now), cancellationToken);

    public Task<ItemDto> Handle(CloseItem request, CancellationToken cancellationToken) =>
        Apply(request, (item, now) => ItemLifecycle.Close(item, actor.Name, request.Note, now,
            CityClock.DateOf(now).AddDays(options.Value.LookbackDays)), cancellationToken);

    public Task<ItemDto> Handle(ReturnItem request, CancellationToken cancellationToken) =>
        Apply(request, (item, now) => ItemLifecycle.Return(item, request.Reason!, actor.Name, now), cancellationToken);

    public Task<ItemDto> Handle(RecordLookback request, CancellationToken cancellationToken) =>
        Apply(request, (item, now) => ItemLifecycle.RecordLookback(item, request.FixHolds!.Value, request.Note, actor.Name, now,
            CityClock.DateOf(now), options.Value.ReopenDeadlineDays), cancellationToken);

    public Task<ItemDto> Handle(ListItem request, CancellationToken cancellationToken) =>
        Apply(request, (item, now) => ItemLifecycle.List(item, request.Reason!, actor.Name, now), cancellationToken);

    public Task<ItemDto> Handle(UnlistItem request, CancellationToken cancellationToken) =>
        Apply(request, (item, now) => ItemLifecycle.Unlist(item, request.Note, actor.Name, now), cancellationToken);

    private async Task<ItemDto> Apply(ItemStep step, Action<RectificationItem, DateTimeOffset> change, CancellationToken ct)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == step.ItemId, ct) ?? throw new NotFoundException("Rectification item", step.ItemId);
        if (step.ExpectedVersion is { } expected && expected != item.Version)
        {
            throw new ConflictException("该事项已被他人更新，请刷新后重试。Someone else changed the item; reload it and try again.")
                .With("currentStatus", item.Status)
                .With("currentVersion", item.Version);
        }

        var now = time.GetUtcNow();
        change(item, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Items.AsNoTracking().FirstAsync(i => i.Id == step.ItemId, ct);
            throw new ConflictException("该事项刚被他人处理，请刷新后重试。Someone else acted on the item at the same moment; reload it.")
                .With("currentStatus", current.Status)
                .With("currentVersion", current.Version);
        }

        var names = await OrgNames.LoadAsync(mediator, item.VillageId is null ? [] : [item.TownshipId], ct);
        return ItemDto.From(item, names, CityClock.DateOf(now));
    }
}
