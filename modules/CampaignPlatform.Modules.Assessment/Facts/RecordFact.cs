using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Facts;

public sealed record FactDto(long Id, int Year, FactKind Kind, bool Met, DateOnly Date, string? Note, DateTimeOffset RecordedAt, string RecordedBy)
{
    internal static FactDto From(AssessmentFact f) => new(f.Id, f.Year, f.Kind, f.Met, f.Date, f.Note, f.RecordedAt, f.RecordedBy);
}

/// <summary>
/// Records whether the 11 prerequisites are met or the technical assessment passed, for a year. Earlier records
/// stay as history; the newest (by date, then by recording) is the one the scorecard reads.
/// </summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record RecordFact(int? Year, FactKind? Kind, bool? Met, DateOnly? Date, string? Note) : IRequest<FactDto>;

/// <summary>The facts of a year, newest first.</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record ListFacts(int? Year) : IRequest<IReadOnlyList<FactDto>>;

internal sealed class RecordFactValidator : AbstractValidator<RecordFact>
{
    public RecordFactValidator()
    {
        RuleFor(f => f.Year).NotNull().IsAssessmentYear();
        RuleFor(f => f.Kind).NotNull().IsInEnum();
        RuleFor(f => f.Met).NotNull().WithMessage("请说明是否达标（true/false）。'met' must be true or false.");
        RuleFor(f => f.Date).NotNull();
        RuleFor(f => f.Note).MaximumLength(500);
    }
}

internal sealed class ListFactsValidator : AbstractValidator<ListFacts>
{
    public ListFactsValidator() => RuleFor(q => q.Year).IsAssessmentYear();
}

internal sealed class FactHandlers(AssessmentDbContext db, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordFact, FactDto>, IRequestHandler<ListFacts, IReadOnlyList<FactDto>>
{
    public async Task<FactDto> Handle(RecordFact request, CancellationToken cancellationToken)
    {
        var fact = new AssessmentFact
        {
            Year = request.Year!.Value, Kind = request.Kind!.Value, Met = request.Met!.Value, Date = request.Date!.Value,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(), RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        };
        db.Facts.Add(fact);
        await db.SaveChangesAsync(cancellationToken);
        return FactDto.From(fact);
    }

    public async Task<IReadOnlyList<FactDto>> Handle(ListFacts request, CancellationToken cancellationToken) =>
        (await db.Facts.AsNoTracking()
            .Where(f => request.Year == null || f.Year == request.Year)
            .OrderByDescending(f => f.Date).ThenByDescending(f => f.Id)
            .ToListAsync(cancellationToken))
        .Select(FactDto.From).ToList();
}
