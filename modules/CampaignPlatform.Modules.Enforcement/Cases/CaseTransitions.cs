using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Data;
using CampaignPlatform.Modules.Enforcement.Intake;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enforcement.Cases;

[Allow(ActorRole.TownshipOfficer)]
internal sealed record RegisterCase(Guid CaseId, string? Note) : IRequest<CaseDto>;

[Allow(ActorRole.TownshipOfficer)]
internal sealed record RejectCase(Guid CaseId, string? Reason) : IRequest<CaseDto>;

[Allow(ActorRole.TownshipOfficer)]
internal sealed record DispatchCase(Guid CaseId, CaseLevel? Level, Guid? UnitId, string? Note) : IRequest<CaseDto>;

/// <summary>
/// 处置: the signed-in officer records what was done, with up to three photos; <see cref="Handler"/> names the field
/// team member who did it when that is someone else (default: the officer).
/// </summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker, ActorRole.UnitOfficer)]
internal sealed record HandleCase(Guid CaseId, string? Handler, string? Note, IReadOnlyList<PhotoUpload> Photos) : IRequest<CaseDto>;

/// <summary>核查: the signed-in officer verifies; never the handler, nor the officer who recorded the handling.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record VerifyCase(Guid CaseId, bool? Passed, string? Note) : IRequest<CaseDto>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record CloseCase(Guid CaseId, string? Note) : IRequest<CaseDto>;

/// <summary>挂账: a case that cannot be solved in time is parked by a city supervisor, whose approval it records.</summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record ParkCase(Guid CaseId, string? Reason) : IRequest<CaseDto>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ResumeCase(Guid CaseId, string? Note) : IRequest<CaseDto>;

internal sealed class RegisterCaseValidator : AbstractValidator<RegisterCase>
{
    public RegisterCaseValidator() => RuleFor(c => c.Note).MaximumLength(2000);
}

internal sealed class CloseCaseValidator : AbstractValidator<CloseCase>
{
    public CloseCaseValidator() => RuleFor(c => c.Note).MaximumLength(2000);
}

internal sealed class ResumeCaseValidator : AbstractValidator<ResumeCase>
{
    public ResumeCaseValidator() => RuleFor(c => c.Note).MaximumLength(2000);
}

internal sealed class RejectCaseValidator : AbstractValidator<RejectCase>
{
    public RejectCaseValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

internal sealed class DispatchCaseValidator : AbstractValidator<DispatchCase>
{
    public DispatchCaseValidator()
    {
        RuleFor(c => c.Level).NotNull().IsInEnum();
        RuleFor(c => c.UnitId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Note).MaximumLength(2000);
    }
}

internal sealed class HandleCaseValidator : AbstractValidator<HandleCase>
{
    public HandleCaseValidator()
    {
        RuleFor(c => c.Handler).MaximumLength(128);
        RuleFor(c => c.Note).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.Photos).Must(p => p.Count <= IntakeOptions.MaxPhotos)
            .WithMessage($"最多上传 {IntakeOptions.MaxPhotos} 张照片。At most {IntakeOptions.MaxPhotos} photos.");
        RuleForEach(c => c.Photos).Must(p => p.DetectedType is not null).WithMessage("照片只能是 JPEG 或 PNG。Photos must be JPEG or PNG.");
    }
}

internal sealed class VerifyCaseValidator : AbstractValidator<VerifyCase>
{
    public VerifyCaseValidator()
    {
        RuleFor(c => c.Passed).NotNull();
        RuleFor(c => c.Note).NotEmpty().When(c => c.Passed == false).WithMessage("核查不通过须说明原因。Say why the verification failed.");
    }
}

internal sealed class ParkCaseValidator : AbstractValidator<ParkCase>
{
    public ParkCaseValidator()
    {
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}

/// <summary>Every transition: load the case (403 where the module is off), apply the workflow, store the history row, save (409 on a lost race).</summary>
internal sealed class CaseTransitionHandlers(
    EnforcementDbContext db, IMediator mediator, CalendarLoader calendars, IOptions<EnforcementOptions> options, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RegisterCase, CaseDto>, IRequestHandler<RejectCase, CaseDto>, IRequestHandler<DispatchCase, CaseDto>,
        IRequestHandler<HandleCase, CaseDto>, IRequestHandler<VerifyCase, CaseDto>, IRequestHandler<CloseCase, CaseDto>,
        IRequestHandler<ParkCase, CaseDto>, IRequestHandler<ResumeCase, CaseDto>
{
    public Task<CaseDto> Handle(RegisterCase request, CancellationToken cancellationToken) =>
        Apply(request.CaseId, (w, c, now) => w.Register(c, now, actor.Name, request.Note), cancellationToken);

    public Task<CaseDto> Handle(RejectCase request, CancellationToken cancellationToken) =>
        Apply(request.CaseId, (w, c, now) => w.Reject(c, now, actor.Name, request.Reason!.Trim()), cancellationToken);

    public async Task<CaseDto> Handle(DispatchCase request, CancellationToken cancellationToken)
    {
        var unit = await mediator.Send(new FindUnit(request.UnitId!.Value), cancellationToken) ?? throw new NotFoundException("Unit", request.UnitId);
        return await Apply(request.CaseId,
            (w, c, now) => w.Dispatch(c, now, actor.Name, request.Level!.Value, unit.Id, request.Note ?? unit.Name), cancellationToken);
    }

    public Task<CaseDto> Handle(HandleCase request, CancellationToken cancellationToken) =>
        Apply(request.CaseId, (w, c, now) =>
        {
            var recorded = w.Handle(c, now, Who(request.Handler), request.Note!.Trim(), actor.Name);
            db.Photos.AddRange(request.Photos.Select(p => new CasePhoto
            {
                Id = Guid.NewGuid(), CaseId = c.Id, Stage = PhotoStage.Handling, ContentType = p.DetectedType!, Content = p.Content, UploadedAt = now,
            }));
            return recorded;
        }, cancellationToken);

    public Task<CaseDto> Handle(VerifyCase request, CancellationToken cancellationToken) =>
        Apply(request.CaseId, (w, c, now) => w.Verify(c, now, actor.Name, request.Passed!.Value, request.Note), cancellationToken);

    /// <summary>A closed case is evidence of street order (3.1); a citizen's case also of the complaints platform (1.4).</summary>
    public async Task<CaseDto> Handle(CloseCase request, CancellationToken cancellationToken)
    {
        // The evidence is worded from the closed case as stored: the closing and its evidence in one transaction.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var closed = await Apply(request.CaseId, (w, c, now) => w.Close(c, now, actor.Name, request.Note), cancellationToken);
        IReadOnlyList<string> indicators = closed.Source is CaseSource.CitizenReport or CaseSource.PhoneOrLiveReport
            ? [StandardIndicators.CityAppearance, StandardIndicators.PublicSatisfaction]
            : [StandardIndicators.CityAppearance];
        db.Enqueue(new EvidenceRecorded(EnforcementModule.Id, $"case:{closed.Id}", closed.TownshipId, indicators,
            $"{closed.Number} {closed.CategoryZh}（{closed.SourceZh}）结案{(closed.ClosedOnTime == true ? "，按期办结" : "，超期办结")}",
            Kernel.Time.CityClock.DateOf(closed.ClosedAt!.Value)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return closed;
    }

    public Task<CaseDto> Handle(ParkCase request, CancellationToken cancellationToken) =>
        Apply(request.CaseId, (w, c, now) => w.Park(c, now, actor.Name, request.Reason!.Trim()), cancellationToken);

    public Task<CaseDto> Handle(ResumeCase request, CancellationToken cancellationToken) =>
        Apply(request.CaseId, (w, c, now) => w.Resume(c, now, actor.Name, request.Note), cancellationToken);

    // Accounts arrive later; until then the body may name the officer, and the signed-in name is the fallback.
    private string Who(string? named) => string.IsNullOrWhiteSpace(named) ? actor.Name : named.Trim();

    private async Task<CaseDto> Apply(Guid caseId, Func<CaseWorkflow, EnforcementCase, DateTimeOffset, CaseEvent> transition, CancellationToken ct)
    {
        var c = await CaseAccess.LoadAsync(db, mediator, caseId, ct);
        var now = time.GetUtcNow();
        var workflow = new CaseWorkflow(await calendars.LoadAsync(ct), options.Value);
        db.Events.Add(transition(workflow, c, now));
        await db.SaveChangesAsync(ct);
        return await CaseAccess.ViewAsync(db, c, now, ct);
    }
}
