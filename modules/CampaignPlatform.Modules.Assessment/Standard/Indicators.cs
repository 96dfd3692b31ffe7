using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Modules.Assessment.Data;
using FluentValidation.Results;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Assessment.Standard;

public sealed record IndicatorDto(
    string Code, IndicatorKind Kind, int Category, string CategoryZh, string NameZh, string ThresholdText,
    decimal? ThresholdValue, ThresholdComparison? Comparison, string? Unit, string? LeadUnit, string? Note,
    decimal? LastValue, DateOnly? LastValueOn, string? LastValueNote, bool? Met)
{
    internal static IndicatorDto From(StandardIndicator i) => new(
        i.Code, i.Kind, i.Category, i.CategoryZh, i.NameZh, i.ThresholdText, i.ThresholdValue, i.Comparison, i.Unit, i.LeadUnit, i.SeedNote,
        i.LastValue, i.LastValueOn, i.LastValueNote, MetOf(i));

    internal static bool? MetOf(StandardIndicator i) =>
        i.LastValueOn is null ? null : ReadinessRules.Met(i.ThresholdValue, i.Comparison, i.LastValue, i.LastMet);
}

/// <summary>The catalogue: prerequisites first, then the indicators by category.</summary>
[AllowSignedIn]
internal sealed record ListIndicators(IndicatorKind? Kind, int? Category) : IRequest<IReadOnlyList<IndicatorDto>>;

[AllowSignedIn]
internal sealed record GetIndicator(string Code) : IRequest<IndicatorDto>;

/// <summary>Edits an entry of the catalogue (wording, threshold, lead unit, note); its values and evidence stay.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record UpdateIndicator(
    string? NameZh, string? ThresholdText, decimal? ThresholdValue, ThresholdComparison? Comparison, string? Unit, string? LeadUnit, string? Note)
    : IRequest<IndicatorDto>
{
    [JsonIgnore]
    public string Code { get; init; } = "";
}

/// <summary>
/// Records a measured value with its date. With a numeric threshold the value decides whether it is met;
/// without one, the recorder says so (<see cref="Met"/>). The newest by date is the indicator's current value.
/// </summary>
[Allow(ActorRole.CitySupervisor)]
internal sealed record RecordIndicatorValue(decimal? Value, bool? Met, DateOnly? Date, string? Note) : IRequest<IndicatorDto>
{
    [JsonIgnore]
    public string Code { get; init; } = "";
}

internal sealed class ListIndicatorsValidator : AbstractValidator<ListIndicators>
{
    public ListIndicatorsValidator()
    {
        RuleFor(q => q.Kind).IsInEnum();
        RuleFor(q => q.Category).InclusiveBetween(0, 8);
    }
}

internal sealed class UpdateIndicatorValidator : AbstractValidator<UpdateIndicator>
{
    public UpdateIndicatorValidator()
    {
        RuleFor(i => i.NameZh).NotEmpty().MaximumLength(200);
        RuleFor(i => i.ThresholdText).NotEmpty().MaximumLength(500);
        // Two rules, because WithMessage binds to the validator just before it: the message is for the missing case.
        RuleFor(i => i.Comparison).NotNull().When(i => i.ThresholdValue is not null)
            .WithMessage("有数值门槛时须说明比较方式（AtLeast ≥ / AtMost ≤）。'comparison' is required with a threshold value.");
        RuleFor(i => i.Comparison).IsInEnum();
        RuleFor(i => i.Unit).MaximumLength(32);
        RuleFor(i => i.LeadUnit).MaximumLength(64);
        RuleFor(i => i.Note).MaximumLength(500);
    }
}

internal sealed class RecordIndicatorValueValidator : AbstractValidator<RecordIndicatorValue>
{
    public RecordIndicatorValueValidator()
    {
        RuleFor(v => v.Date).NotNull();
        RuleFor(v => v.Value).NotNull().When(v => v.Met is null)
            .WithMessage("请填写数值，或对无数值门槛的指标说明是否达标。Give a 'value', or 'met' for an indicator without a numeric threshold.");
        RuleFor(v => v.Note).MaximumLength(500);
    }
}

internal sealed class IndicatorHandlers(AssessmentDbContext db, ICurrentActor actor, TimeProvider time) :
    IRequestHandler<ListIndicators, IReadOnlyList<IndicatorDto>>,
    IRequestHandler<GetIndicator, IndicatorDto>,
    IRequestHandler<UpdateIndicator, IndicatorDto>,
    IRequestHandler<RecordIndicatorValue, IndicatorDto>
{
    public async Task<IReadOnlyList<IndicatorDto>> Handle(ListIndicators request, CancellationToken cancellationToken) =>
        (await db.Indicators.AsNoTracking()
            .Where(i => request.Kind == null || i.Kind == request.Kind)
            .Where(i => request.Category == null || i.Category == request.Category)
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .ToListAsync(cancellationToken))
        .Select(IndicatorDto.From).ToList();

    public async Task<IndicatorDto> Handle(GetIndicator request, CancellationToken cancellationToken) =>
        IndicatorDto.From(await Load(request.Code, cancellationToken));

    public async Task<IndicatorDto> Handle(UpdateIndicator request, CancellationToken cancellationToken)
    {
        var indicator = await Load(request.Code, cancellationToken);
        indicator.NameZh = request.NameZh!.Trim();
        indicator.ThresholdText = request.ThresholdText!.Trim();
        indicator.ThresholdValue = request.ThresholdValue;
        indicator.Comparison = request.ThresholdValue is null ? null : request.Comparison;
        indicator.Unit = Clean(request.Unit);
        indicator.LeadUnit = Clean(request.LeadUnit);
        indicator.SeedNote = Clean(request.Note);
        await db.SaveChangesAsync(cancellationToken);
        return IndicatorDto.From(indicator);
    }

    public async Task<IndicatorDto> Handle(RecordIndicatorValue request, CancellationToken cancellationToken)
    {
        var indicator = await Load(request.Code, cancellationToken);
        if (indicator.ThresholdValue is not null && request.Value is null)
        {
            throw new ValidationException([new ValidationFailure("Value", $"该指标门槛为数值（{indicator.ThresholdText}），须填写数值。This indicator has a numeric threshold; give a 'value'.")]);
        }

        if (indicator.ThresholdValue is null && request.Met is null)
        {
            throw new ValidationException([new ValidationFailure("Met", "该指标无数值门槛，须说明是否达标。This indicator has no numeric threshold; say whether it is 'met'.")]);
        }

        var met = ReadinessRules.Met(indicator.ThresholdValue, indicator.Comparison, request.Value, request.Met)!.Value;
        var date = request.Date!.Value;
        var note = Clean(request.Note);
        db.IndicatorValues.Add(new IndicatorValue
        {
            IndicatorCode = indicator.Code, Value = request.Value, Met = met, Date = date, Note = note,
            RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
        });
        if (indicator.LastValueOn is null || date >= indicator.LastValueOn)
        {
            indicator.LastValue = request.Value;
            indicator.LastMet = met;
            indicator.LastValueOn = date;
            indicator.LastValueNote = note;
        }

        await db.SaveChangesAsync(cancellationToken);
        return IndicatorDto.From(indicator);
    }

    private async Task<StandardIndicator> Load(string code, CancellationToken ct) =>
        await db.Indicators.FirstOrDefaultAsync(i => i.Code == code, ct) ?? throw new NotFoundException("Indicator", code);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
