using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.CampaignName.Data;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.CampaignName.Entries;

/// <summary>
/// A township records an entry. <see cref="ITownshipScoped"/>: the host refuses it (403) where the module is off and
/// (404) outside the officer's township, before the validator or the handler sees it.
/// </summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RecordEntry(DateOnly? On, string? Note) : IRequest<WorkEntryDto>, ITownshipScoped
{
    [JsonIgnore]
    public Guid TownshipId { get; init; }
}

internal sealed record WorkEntryDto(Guid Id, Guid TownshipId, DateOnly On, string Note, DateTimeOffset RecordedAt, string RecordedBy)
{
    public static WorkEntryDto From(WorkEntry e) => new(e.Id, e.TownshipId, e.On, e.Note, e.RecordedAt, e.RecordedBy);
}

internal sealed class RecordEntryValidator : AbstractValidator<RecordEntry>
{
    public RecordEntryValidator(TimeProvider time)
    {
        RuleFor(e => e.On).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time))
            .WithMessage("日期不能晚于今天。The date cannot be in the future.");
        RuleFor(e => e.Note).NotEmpty().MaximumLength(WorkEntry.MaxNote);
    }
}

internal sealed class RecordEntryHandler(CampaignNameDbContext db, ICurrentActor actor, TimeProvider time) : IRequestHandler<RecordEntry, WorkEntryDto>
{
    public async Task<WorkEntryDto> Handle(RecordEntry request, CancellationToken cancellationToken)
    {
        var entry = new WorkEntry
        {
            Id = Guid.NewGuid(), TownshipId = request.TownshipId, On = request.On!.Value, Note = request.Note!.Trim(),
            RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        return WorkEntryDto.From(entry);
    }
}
