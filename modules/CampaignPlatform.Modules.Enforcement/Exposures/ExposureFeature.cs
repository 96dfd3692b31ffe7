using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Enforcement.Exposures;

internal sealed record ExposureDto(
    Guid Id, ExposureKind Kind, string KindZh, DateOnly Date, Guid? TownshipId, Guid? CaseId, string Outlet, string Description,
    DateTimeOffset RecordedAt, string RecordedBy)
{
    public static ExposureDto From(ExposureEntry e) => new(
        e.Id, e.Kind, EnforcementLabels.Of(e.Kind), e.Date, e.TownshipId, e.CaseId, e.Outlet, e.Description, e.RecordedAt, e.RecordedBy);
}

/// <summary>
/// Records a media exposure of a typical case (典型案例曝光), a joint media–enforcement action (媒体执法联动), or a
/// provincial undercover exposure (暗访曝光) of the city (no township) or of one township. Only the last affects the
/// score: it is handed to the assessment as <see cref="ExposureRecorded"/>, which counts it in its exposure line.
/// </summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record RecordExposure(ExposureKind? Kind, DateOnly? Date, Guid? TownshipId, Guid? CaseId, string? Outlet, string? Description)
    : IRequest<ExposureDto>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ListExposures(Guid? TownshipId, int? Year) : IRequest<IReadOnlyList<ExposureDto>>;

internal sealed class RecordExposureValidator : AbstractValidator<RecordExposure>
{
    public RecordExposureValidator(TimeProvider time)
    {
        RuleFor(e => e.Kind).NotNull().IsInEnum();
        RuleFor(e => e.Date).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time)).WithMessage("日期不能晚于今天。The date cannot be in the future.");
        RuleFor(e => e.TownshipId).NotEqual(Guid.Empty);
        RuleFor(e => e.Outlet).NotEmpty().MaximumLength(200);
        RuleFor(e => e.Description).NotEmpty().MaximumLength(2000);
    }
}

internal sealed class ListExposuresValidator : AbstractValidator<ListExposures>
{
    public ListExposuresValidator() => RuleFor(e => e.Year).InclusiveBetween(2000, 2100);
}

internal sealed class ExposureHandlers(EnforcementDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordExposure, ExposureDto>, IRequestHandler<ListExposures, IReadOnlyList<ExposureDto>>
{
    public async Task<ExposureDto> Handle(RecordExposure request, CancellationToken cancellationToken)
    {
        if (request.TownshipId is { } townshipId)
        {
            await ModuleGate.RequireEnabledAsync(mediator, townshipId, cancellationToken);
        }

        if (request.CaseId is { } caseId && !await db.Cases.AnyAsync(c => c.Id == caseId && (request.TownshipId == null || c.TownshipId == request.TownshipId), cancellationToken))
        {
            throw new NotFoundException("Case", caseId);
        }

        var entry = new ExposureEntry
        {
            Id = Guid.NewGuid(), Kind = request.Kind!.Value, Date = request.Date!.Value, TownshipId = request.TownshipId, CaseId = request.CaseId,
            Outlet = request.Outlet!.Trim(), Description = request.Description!.Trim(), RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        db.Exposures.Add(entry);
        if (entry.Kind == ExposureKind.ProvincialUndercover)
        {
            db.Enqueue(new ExposureRecorded(EnforcementModule.Id, $"exposure:{entry.Id}", entry.Date, entry.TownshipId,
                $"{entry.Outlet}：{entry.Description}", EnforcementLabels.Of(entry.Kind)));
        }

        await db.SaveChangesAsync(cancellationToken);

        return ExposureDto.From(entry);
    }

    public async Task<IReadOnlyList<ExposureDto>> Handle(ListExposures request, CancellationToken cancellationToken) =>
        (await db.Exposures.AsNoTracking()
            .Where(e => request.TownshipId == null || e.TownshipId == request.TownshipId)
            .Where(e => request.Year == null || (e.Date >= new DateOnly(request.Year.Value, 1, 1) && e.Date <= new DateOnly(request.Year.Value, 12, 31)))
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.RecordedAt)
            .ToListAsync(cancellationToken))
        .Select(ExposureDto.From).ToList();
}

internal static class ExposureEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/exposures", async (RecordExposure body, IMediator mediator, CancellationToken ct) =>
            {
                var exposure = await mediator.Send(body, ct);
                return TypedResults.Created($"/api/enforcement/exposures/{exposure.Id}", exposure);
            })
            .WithSummary("登记曝光 · Record a media exposure, a joint action, or a provincial undercover exposure");
        api.MapGet("/exposures", async (Guid? townshipId, int? year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListExposures(townshipId, year), ct)))
            .WithSummary("曝光记录 · Exposures, newest first");
    }
}
