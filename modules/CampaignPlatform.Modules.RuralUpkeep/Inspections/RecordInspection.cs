using System.Globalization;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Rectification;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.RuralUpkeep.Data;
using CampaignPlatform.Modules.RuralUpkeep.Demonstrations;
using FluentValidation.Results;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.RuralUpkeep.Inspections;

/// <summary>
/// Records an inspection of a village (村庄检查): every checklist item answered pass/fail. Each failed item becomes
/// a rectification item (7 days); the inspection is filed as evidence for the rural sanitation indicator.
/// </summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RecordInspection(
    Guid VillageId,
    DateOnly? InspectedOn,
    string? Inspector,
    IReadOnlyList<InspectionAnswer>? Results) : IVillageScoped, IRequest<InspectionDto>;

internal sealed record InspectionAnswer(string? Code, bool? Passed, string? Note);

internal sealed class RecordInspectionValidator : AbstractValidator<RecordInspection>
{
    public RecordInspectionValidator(TimeProvider time)
    {
        RuleFor(c => c.InspectedOn).NotNull()
            .Must(d => d!.Value <= CityClock.Today(time)).When(c => c.InspectedOn is not null)
            .WithMessage("检查日期不能晚于今天。The inspection date cannot lie in the future.");
        RuleFor(c => c.Inspector).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Results).NotEmpty();
        RuleForEach(c => c.Results).ChildRules(answer =>
        {
            answer.RuleFor(a => a.Code).NotEmpty().MaximumLength(32);
            answer.RuleFor(a => a.Passed).NotNull();
            answer.RuleFor(a => a.Note).MaximumLength(500);
        });
    }
}

internal sealed class RecordInspectionHandler(RuralUpkeepDbContext db, IMediator mediator, ICurrentActor actor, TimeProvider time)
    : IRequestHandler<RecordInspection, InspectionDto>
{
    public const int DeadlineDays = 7;

    public async Task<InspectionDto> Handle(RecordInspection request, CancellationToken cancellationToken)
    {
        var village = await mediator.Send(new FindVillage(request.VillageId), cancellationToken)
            ?? throw new NotFoundException("Village", request.VillageId);
        var template = await db.TemplateItems.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        CheckAnswers(template, request.Results!);

        var answers = request.Results!.ToDictionary(a => a.Code!, StringComparer.Ordinal);
        var inspection = new Inspection
        {
            Id = Guid.NewGuid(), TownshipId = village.TownshipId, VillageId = village.Id, InspectedOn = request.InspectedOn!.Value,
            Inspector = request.Inspector!.Trim(), RecordedAt = time.GetUtcNow(), RecordedBy = actor.Name,
            Results = template.Select(t => new InspectionResult
            {
                Code = t.Code, NameZh = t.NameZh, Weight = t.Weight, Passed = answers[t.Code].Passed!.Value, Note = answers[t.Code].Note,
            }).ToList(),
        };
        inspection.Score = InspectionScoring.Score(inspection.Results.Select(r => (r.Weight, r.Passed)));

        var date = inspection.InspectedOn.ToDateTime(TimeOnly.MinValue);
        var (weekYear, week) = (ISOWeek.GetYear(date), ISOWeek.GetWeekOfYear(date));
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Inspections.Add(inspection);
            foreach (var failed in inspection.Results.Where(r => !r.Passed))
            {
                var unit = template.First(t => t.Code == failed.Code).UnitCode;
                db.Enqueue(new ProblemFound(
                    RuralUpkeepModule.Id, $"inspection:{inspection.Id}:{failed.Code}", village.TownshipId, village.Id, failed.NameZh,
                    $"{village.Name} {inspection.InspectedOn:yyyy-MM-dd} 检查“{failed.NameZh}”不合格{(string.IsNullOrWhiteSpace(failed.Note) ? "" : "：" + failed.Note)}",
                    ProblemSeverity.Normal, unit, DeadlineDays));
            }

            db.Enqueue(new EvidenceRecorded(
                RuralUpkeepModule.Id, $"inspection:{inspection.Id}", village.TownshipId, [StandardIndicators.RuralSanitation],
                $"{village.Name} 农村人居环境检查 {inspection.InspectedOn:yyyy-MM-dd}，得分 {inspection.Score}", inspection.InspectedOn));
            await db.SaveChangesAsync(cancellationToken);
            await db.DueInspections
                .Where(d => d.VillageId == village.Id && d.WeekYear == weekYear && d.Week == week && d.InspectionId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.InspectionId, inspection.Id), cancellationToken);
            await DemonstrationWithdrawals.WithdrawIfSlipped(db, village.Id, inspection.RecordedAt, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return InspectionDto.From(inspection, village.Name);
    }

    /// <summary>Every checklist item answered exactly once, and nothing that is not on the checklist.</summary>
    private static void CheckAnswers(IReadOnlyList<TemplateItem> template, IReadOnlyList<InspectionAnswer> answers)
    {
        var failures = new List<ValidationFailure>();
        var codes = template.Select(t => t.Code).ToHashSet(StringComparer.Ordinal);
        var given = answers.Select(a => a.Code!).ToList();
        var missing = codes.Where(c => !given.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            failures.Add(new ValidationFailure("results", $"每个检查项都须作答，缺少：{string.Join("、", missing)}。Every checklist item must be answered; missing: {string.Join(", ", missing)}."));
        }

        var unknown = given.Where(c => !codes.Contains(c)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            failures.Add(new ValidationFailure("results", $"检查标准中没有这些检查项：{string.Join("、", unknown)}。Not on the checklist: {string.Join(", ", unknown)}."));
        }

        if (given.Count != given.Distinct(StringComparer.Ordinal).Count())
        {
            failures.Add(new ValidationFailure("results", "同一检查项只能作答一次。Each item is answered once."));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
