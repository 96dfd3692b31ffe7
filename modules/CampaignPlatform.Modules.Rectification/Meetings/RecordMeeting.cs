using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Rectification.Data;
using CampaignPlatform.Modules.Rectification.Items;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Rectification.Meetings;

/// <summary>A decision of the meeting; with <see cref="OpensItem"/> it also becomes a rectification item.</summary>
internal sealed record DecisionInput(string? Text, DecisionItemInput? OpensItem);

/// <summary>The item a decision opens. The township defaults to the meeting's.</summary>
internal sealed record DecisionItemInput(
    Guid? TownshipId, Guid? VillageId, string? Category, Guid? ResponsibleUnitId, int? DeadlineDays, ProblemSeverity? Severity);

/// <summary>Records a city dispatch meeting (调度会) or a township's weekly study (周学习).</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record RecordMeeting(
    MeetingKind? Kind,
    Guid? TownshipId,
    DateOnly? HeldOn,
    string? Title,
    string? Attendees,
    string? Notes,
    IReadOnlyList<DecisionInput>? Decisions) : IRequest<MeetingDto>;

internal sealed class RecordMeetingValidator : AbstractValidator<RecordMeeting>
{
    public RecordMeetingValidator(TimeProvider time)
    {
        RuleFor(m => m.Kind).NotNull().IsInEnum();
        RuleFor(m => m.TownshipId).NotNull().When(m => m.Kind == MeetingKind.TownshipStudy)
            .WithMessage("乡镇周学习须注明乡镇。A township study needs its township.");
        RuleFor(m => m.TownshipId).Null().When(m => m.Kind == MeetingKind.CityDispatch)
            .WithMessage("市级调度会不属于某个乡镇。A city dispatch meeting belongs to no township.");
        RuleFor(m => m.HeldOn).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time))
            .WithMessage("会议日期不能晚于今天。The meeting date cannot be in the future.");
        RuleFor(m => m.Title).NotEmpty().MaximumLength(200);
        RuleFor(m => m.Attendees).NotEmpty().MaximumLength(2000);
        RuleFor(m => m.Notes).MaximumLength(4000);
        RuleFor(m => m.Decisions).Must(d => d is null || d.Count <= 50).WithMessage("一次会议最多50项决定。At most 50 decisions.");
        RuleForEach(m => m.Decisions).ChildRules(decision =>
        {
            decision.RuleFor(d => d.Text).NotEmpty().MaximumLength(1000);
            decision.RuleFor(d => d.OpensItem!.Category).NotEmpty().MaximumLength(64).When(d => d.OpensItem is not null);
            decision.RuleFor(d => d.OpensItem!.DeadlineDays).NotNull().InclusiveBetween(0, 365).When(d => d.OpensItem is not null);
            decision.RuleFor(d => d.OpensItem!.Severity).IsInEnum().When(d => d.OpensItem is not null);
        });
        RuleForEach(m => m.Decisions)
            .Must((meeting, decision) => decision.OpensItem is null || decision.OpensItem.TownshipId is not null || meeting.TownshipId is not null)
            .WithMessage("市级调度会的整改决定须注明乡镇。A dispatch decision that opens an item must name its township.");
    }
}

internal sealed class RecordMeetingHandler(RectificationDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordMeeting, MeetingDto>
{
    public async Task<MeetingDto> Handle(RecordMeeting request, CancellationToken cancellationToken)
    {
        if (request.TownshipId is { } townshipId && await mediator.Send(new FindTownship(townshipId), cancellationToken) is null)
        {
            throw new NotFoundException("Township", townshipId);
        }

        var meeting = new Meeting
        {
            Id = Guid.NewGuid(), Kind = request.Kind!.Value, TownshipId = request.TownshipId, HeldOn = request.HeldOn!.Value,
            Title = request.Title!.Trim(), Attendees = request.Attendees!.Trim(), Notes = request.Notes,
            RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        var opened = new List<(MeetingDecision Decision, RectificationItem Item)>();
        var number = 0;
        foreach (var input in request.Decisions ?? [])
        {
            var decision = new MeetingDecision { Number = ++number, Text = input.Text!.Trim() };
            meeting.Decisions.Add(decision);
            if (input.OpensItem is { } spec)
            {
                opened.Add((decision, await OpenItem(meeting, decision, spec, cancellationToken)));
            }
        }

        // The meeting and the items it opens are saved together: all or nothing.
        db.Meetings.Add(meeting);
        db.Items.AddRange(opened.Select(o => o.Item));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (decision, item) in opened)
        {
            decision.ItemId = item.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return MeetingDto.From(meeting);
    }

    private async Task<RectificationItem> OpenItem(Meeting meeting, MeetingDecision decision, DecisionItemInput spec, CancellationToken ct)
    {
        var townshipId = spec.TownshipId ?? meeting.TownshipId!.Value;
        if (await mediator.Send(new FindTownship(townshipId), ct) is null)
        {
            throw new NotFoundException("Township", townshipId);
        }

        if (spec.VillageId is { } villageId && (await mediator.Send(new FindVillage(villageId), ct))?.TownshipId != townshipId)
        {
            throw new NotFoundException("Village", villageId);
        }

        if (spec.ResponsibleUnitId is { } unitId && await mediator.Send(new FindUnit(unitId), ct) is null)
        {
            throw new NotFoundException("Unit", unitId);
        }

        return ItemFactory.Create(new ItemFactory.NewItem(
            ItemSource.Meeting, RectificationModule.Id, $"meeting:{meeting.Id}:decision:{decision.Number}", townshipId, spec.VillageId,
            spec.Category!, decision.Text, null, spec.Severity ?? ProblemSeverity.Normal, spec.ResponsibleUnitId, spec.DeadlineDays!.Value),
            actor.Name, time);
    }
}
