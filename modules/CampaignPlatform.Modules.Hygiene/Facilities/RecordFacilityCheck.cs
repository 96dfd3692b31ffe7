using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Hygiene.Data;
using CampaignPlatform.Modules.Hygiene.Sites;
using FluentValidation;
using MediatR;

namespace CampaignPlatform.Modules.Hygiene.Facilities;

/// <summary>Records a check of a site's handwashing facilities: how many, how many working, soap or sanitiser present.</summary>
[Allow(ActorRole.TownshipOfficer, ActorRole.GridWorker)]
internal sealed record RecordFacilityCheck(Guid SiteId, DateOnly? CheckedOn, string? Checker, int? Total, int? Working, bool? SoapPresent)
    : IRequest<FacilityCheckDto>;

internal sealed record FacilityCheckDto(long Id, Guid SiteId, DateOnly CheckedOn, string Checker, int Total, int Working, bool SoapPresent, bool Adequate)
{
    public static FacilityCheckDto From(FacilityCheck c) => new(c.Id, c.SiteId, c.CheckedOn, c.Checker, c.Total, c.Working, c.SoapPresent,
        Compliance.HygieneArithmetic.FacilityAdequate(c.Working, c.SoapPresent));
}

internal sealed class RecordFacilityCheckValidator : AbstractValidator<RecordFacilityCheck>
{
    public RecordFacilityCheckValidator(TimeProvider time)
    {
        RuleFor(c => c.CheckedOn).NotNull().LessThanOrEqualTo(_ => CityClock.Today(time))
            .WithMessage("检查日期不能晚于今天。The check date cannot be in the future.");
        RuleFor(c => c.Checker).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Total).NotNull().InclusiveBetween(0, 1000);
        RuleFor(c => c.Working).NotNull().GreaterThanOrEqualTo(0);
        RuleFor(c => c.Working).LessThanOrEqualTo(c => c.Total).When(c => c.Total is not null && c.Working is not null)
            .WithMessage("完好数不能多于总数。'working' cannot exceed 'total'.");
        RuleFor(c => c.SoapPresent).NotNull();
    }
}

internal sealed class RecordFacilityCheckHandler(HygieneDbContext db, IMediator mediator, TimeProvider time)
    : IRequestHandler<RecordFacilityCheck, FacilityCheckDto>
{
    public async Task<FacilityCheckDto> Handle(RecordFacilityCheck request, CancellationToken cancellationToken)
    {
        var site = await SiteAccess.LoadAsync(db, mediator, request.SiteId, cancellationToken);
        SiteAccess.EnsureActiveOn(site, request.CheckedOn!.Value);
        var check = new FacilityCheck
        {
            SiteId = site.Id, TownshipId = site.TownshipId, CheckedOn = request.CheckedOn!.Value, Checker = request.Checker!.Trim(),
            Total = request.Total!.Value, Working = request.Working!.Value, SoapPresent = request.SoapPresent!.Value, RecordedAt = time.GetUtcNow(),
        };
        // The check and its site's latest in one transaction: the handwashing line never reads a latest that is not saved.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.FacilityChecks.Add(check);
        await db.SaveChangesAsync(cancellationToken);
        await LatestFacilityChecks.KeepAsync(db, check, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return FacilityCheckDto.From(check);
    }
}
