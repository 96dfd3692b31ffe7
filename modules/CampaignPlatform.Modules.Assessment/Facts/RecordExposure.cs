using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Facts;

public sealed record ExposureDto(
    Guid Id, int Year, DateOnly Date, Guid? TownshipId, string Description, string Source, DateTimeOffset RecordedAt, string RecordedBy)
{
    internal static ExposureDto From(Exposure e) => new(e.Id, e.Year, e.Date, e.TownshipId, e.Description, e.Source, e.RecordedAt, e.RecordedBy);
}

/// <summary>
/// Records an exposure by the province (检查曝光), city-wide or in one township. The year's count drives the
/// exposure line: the city counts all of them, a township its own.
/// </summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record RecordExposure(DateOnly? Date, Guid? TownshipId, string? Description, string? Source) : IRequest<ExposureDto>;

[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ListExposures(int? Year, Guid? TownshipId) : IRequest<IReadOnlyList<ExposureDto>>;

internal sealed class RecordExposureValidator : AbstractValidator<RecordExposure>
{
    public RecordExposureValidator()
    {
        RuleFor(e => e.Date).NotNull();
        RuleFor(e => e.Date!.Value.Year).IsAssessmentYear().When(e => e.Date is not null)
            .OverridePropertyName("date");
        RuleFor(e => e.TownshipId).NotEqual(Guid.Empty);
        RuleFor(e => e.Description).NotEmpty().MaximumLength(1000);
        RuleFor(e => e.Source).NotEmpty().MaximumLength(100);
    }
}

internal sealed class ListExposuresValidator : AbstractValidator<ListExposures>
{
    public ListExposuresValidator() => RuleFor(q => q.Year).IsAssessmentYear();
}

internal sealed class ExposureHandlers(AssessmentDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordExposure, ExposureDto>, IRequestHandler<ListExposures, IReadOnlyList<ExposureDto>>
{
    public async Task<ExposureDto> Handle(RecordExposure request, CancellationToken cancellationToken)
    {
        if (request.TownshipId is { } townshipId)
        {
            await mediator.RequireTownship(townshipId, cancellationToken);
        }

        var exposure = new Exposure
        {
            Id = Guid.NewGuid(), Date = request.Date!.Value, Year = request.Date.Value.Year, TownshipId = request.TownshipId,
            Description = request.Description!.Trim(), Source = request.Source!.Trim(), RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        db.Exposures.Add(exposure);
        await db.SaveChangesAsync(cancellationToken);
        return ExposureDto.From(exposure);
    }

    public async Task<IReadOnlyList<ExposureDto>> Handle(ListExposures request, CancellationToken cancellationToken) =>
        (await db.Exposures.AsNoTracking()
            .Where(e => request.Year == null || e.Year == request.Year)
            .Where(e => request.TownshipId == null || e.TownshipId == request.TownshipId)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.RecordedAt)
            .ToListAsync(cancellationToken))
        .Select(ExposureDto.From).ToList();
}
