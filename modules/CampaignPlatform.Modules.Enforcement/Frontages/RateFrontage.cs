using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enforcement.Frontages;

internal sealed record FrontageRatingDto(
    long Id, Guid FrontageId, DateOnly RatedOn, bool Passed, IReadOnlyList<FrontageDuties> FailedDuties, string Rater, string? Note,
    int FailedInWindow, string? CaseOpened);

/// <summary>
/// A patrol rates a frontage. The third failed rating within 30 days opens an enforcement case about it (source:
/// patrol), unless the frontage already has an open case.
/// </summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RateFrontage(Guid FrontageId, DateOnly? RatedOn, string? Rater, bool? Passed, IReadOnlyList<FrontageDuties>? FailedDuties, string? Note)
    : IRequest<FrontageRatingDto>;

internal sealed class RateFrontageValidator : AbstractValidator<RateFrontage>
{
    public RateFrontageValidator(TimeProvider time)
    {
        RuleFor(r => r.RatedOn).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time)).WithMessage("评定日期不能晚于今天。The date cannot be in the future.");
        RuleFor(r => r.Rater).NotEmpty().MaximumLength(128);
        RuleFor(r => r.Passed).NotNull();
        RuleFor(r => r.FailedDuties).NotEmpty().When(r => r.Passed == false).WithMessage("不合格须指明哪项责任。Name the duties that failed.");
        RuleFor(r => r.FailedDuties).Empty().When(r => r.Passed == true).WithMessage("合格时不应有不合格项。A passed rating names no failed duty.");
        RuleForEach(r => r.FailedDuties).Must(FrontageDutyList.IsSingle).WithMessage("未知的责任。Unknown duty.");
        RuleFor(r => r.Note).MaximumLength(1000);
    }
}

internal sealed class RateFrontageHandler(
    EnforcementDbContext db, IMediator mediator, CalendarLoader calendars, IOptions<EnforcementOptions> options, TimeProvider time)
    : IRequestHandler<RateFrontage, FrontageRatingDto>
{
    public const int FailuresForCase = 3;
    public const int WindowDays = 30;

    public async Task<FrontageRatingDto> Handle(RateFrontage request, CancellationToken cancellationToken)
    {
        var frontage = await db.Frontages.AsNoTracking().FirstOrDefaultAsync(f => f.Id == request.FrontageId, cancellationToken)
                       ?? throw new NotFoundException("Frontage", request.FrontageId);
        await ModuleGate.RequireEnabledAsync(mediator, frontage.TownshipId, cancellationToken);

        var rating = new FrontageRating
        {
            FrontageId = frontage.Id, TownshipId = frontage.TownshipId, RatedOn = request.RatedOn!.Value, Passed = request.Passed!.Value,
            FailedDuties = FrontageDutyList.Combine(request.FailedDuties), Rater = request.Rater!.Trim(), Note = request.Note?.Trim(), RecordedAt = time.GetUtcNow(),
        };
        db.FrontageRatings.Add(rating);
        await db.SaveChangesAsync(cancellationToken);

        var since = rating.RatedOn.AddDays(-(WindowDays - 1));
        var failed = await db.FrontageRatings.CountAsync(
            r => r.FrontageId == frontage.Id && !r.Passed && r.RatedOn >= since && r.RatedOn <= rating.RatedOn, cancellationToken);
        string? opened = null;
        if (!rating.Passed && failed >= FailuresForCase
            && !await db.Cases.AnyAsync(c => c.FrontageId == frontage.Id && c.State != CaseState.Closed && c.State != CaseState.Rejected, cancellationToken))
        {
            opened = await OpenCase(frontage, rating, failed, cancellationToken);
        }

        return new FrontageRatingDto(rating.Id, frontage.Id, rating.RatedOn, rating.Passed, FrontageDutyList.Of(rating.FailedDuties), rating.Rater, rating.Note,
            failed, opened);
    }

    private async Task<string> OpenCase(Frontage frontage, FrontageRating rating, int failed, CancellationToken ct)
    {
        var workflow = new CaseWorkflow(await calendars.LoadAsync(ct), options.Value);
        var duties = string.Join("、", FrontageDutyList.Of(rating.FailedDuties).Select(FrontageDutyList.Label));
        return await CaseNumbers.SaveWithNumberAsync(db, async () =>
        {
            var now = time.GetUtcNow();
            var c = new EnforcementCase
            {
                Id = Guid.NewGuid(), Number = "", Category = CategoryOf(rating.FailedDuties), Source = CaseSource.Patrol, TownshipId = frontage.TownshipId,
                VillageId = frontage.VillageId, Address = frontage.Address, FrontageId = frontage.Id, ReportedBy = rating.Rater,
                Description = $"门前五包：{frontage.Name} {WindowDays} 天内 {failed} 次评定不合格（最近一次 {rating.RatedOn:yyyy-MM-dd}：{duties}）",
            };
            workflow.Open(c, now);
            await CaseNumbers.Assign(db, c, CityClock.DateOf(now).Year, ct);
            db.Cases.Add(c);
            db.Events.Add(new CaseEvent { CaseId = c.Id, At = now, Actor = rating.Rater, Action = "门前五包三次不合格受理", State = c.State });
            await db.SaveChangesAsync(ct);
            return c.Number;
        }, () => Task.FromResult<string?>(null), ct);
    }

    // The latest failure decides what kind of case it is: disorder → street occupation, dirt → dumping, and so on.
    private static CaseCategory CategoryOf(FrontageDuties failed) =>
        failed.HasFlag(FrontageDuties.Order) ? CaseCategory.StreetOccupation
        : failed.HasFlag(FrontageDuties.Cleanliness) ? CaseCategory.Dumping
        : failed.HasFlag(FrontageDuties.Appearance) ? CaseCategory.Flyposting
        : failed.HasFlag(FrontageDuties.Facilities) ? CaseCategory.MunicipalFacilityDamage
        : CaseCategory.Other;
}
