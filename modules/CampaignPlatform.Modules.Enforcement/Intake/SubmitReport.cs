using System.Security.Cryptography;
using System.Text;
using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Organisation;
using CampaignPlatform.Kernel.Townships;
using CampaignPlatform.Modules.Enforcement.Calendar;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enforcement.Intake;

/// <summary>
/// A citizen's snap report (随手拍), no account needed. With an Idempotency-Key a retry answers with the same
/// receipt. A report of the same category within 50 m and 24 hours of an open case (both with coordinates) is
/// linked to that case: the reporter gets the existing case number and a tracking token of their own.
/// </summary>
[AllowPublic]
internal sealed record SubmitReport(
    Guid TownshipId,
    Guid? VillageId,
    CaseCategory? Category,
    string? Description,
    string? Address,
    double? Latitude,
    double? Longitude,
    string? ContactPhone,
    IReadOnlyList<PhotoUpload> Photos,
    string? IdempotencyKey) : IRequest<ReportReceipt>, ITownshipScoped;

internal sealed record ReportReceipt(string CaseNumber, string TrackingToken, bool LinkedToExistingCase, CaseState State, string StateZh);

internal sealed class SubmitReportValidator : AbstractValidator<SubmitReport>
{
    public SubmitReportValidator()
    {
        RuleFor(r => r.Category).NotNull().IsInEnum();
        RuleFor(r => r.Description).NotEmpty().MaximumLength(2000);
        RuleFor(r => r.Address).MaximumLength(500);
        RuleFor(r => r.Address).NotEmpty().When(r => r.VillageId is null)
            .WithMessage("请选择村（社区）或填写地址。Give a village or an address.");
        RuleFor(r => r.Latitude).InclusiveBetween(-90, 90);
        RuleFor(r => r.Longitude).InclusiveBetween(-180, 180);
        RuleFor(r => r.Latitude).NotNull().When(r => r.Longitude is not null).WithMessage("经纬度须同时提供。Give latitude with longitude.");
        RuleFor(r => r.Longitude).NotNull().When(r => r.Latitude is not null).WithMessage("经纬度须同时提供。Give longitude with latitude.");
        RuleFor(r => r.ContactPhone).Matches(@"^\+?[0-9][0-9\- ]{4,19}$").When(r => r.ContactPhone is not null)
            .WithMessage("联系电话格式不正确。contactPhone is not a phone number.");
        RuleFor(r => r.Photos).Must(p => p.Count <= IntakeOptions.MaxPhotos)
            .WithMessage($"最多上传 {IntakeOptions.MaxPhotos} 张照片。At most {IntakeOptions.MaxPhotos} photos.");
        RuleForEach(r => r.Photos).Must(p => p.DetectedType is not null)
            .WithMessage("照片只能是 JPEG 或 PNG。Photos must be JPEG or PNG.");
        RuleFor(r => r.IdempotencyKey).MaximumLength(200);
    }
}

internal sealed class SubmitReportHandler(
    EnforcementDbContext db, IMediator mediator, CalendarLoader calendars, IOptions<EnforcementOptions> options, TimeProvider time)
    : IRequestHandler<SubmitReport, ReportReceipt>
{
    public async Task<ReportReceipt> Handle(SubmitReport request, CancellationToken cancellationToken)
    {
        var hash = RequestHash(request);
        if (await Replay(request.IdempotencyKey, hash, cancellationToken) is { } replay)
        {
            return replay;
        }

        if (request.VillageId is { } villageId && (await mediator.Send(new FindVillage(villageId), cancellationToken))?.TownshipId != request.TownshipId)
        {
            throw new NotFoundException("Village", villageId);
        }

        var workflow = new CaseWorkflow(await calendars.LoadAsync(cancellationToken), options.Value);
        return await CaseNumbers.SaveWithNumberAsync(db,
            () => Store(request, hash, workflow, cancellationToken),
            () => Replay(request.IdempotencyKey, hash, cancellationToken),
            cancellationToken);
    }

    private async Task<ReportReceipt> Store(SubmitReport request, string hash, CaseWorkflow workflow, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var report = new Report
        {
            Id = Guid.NewGuid(), TrackingToken = CaseNumbers.NewTrackingToken(), Description = request.Description!.Trim(),
            ContactPhone = request.ContactPhone?.Trim(), Latitude = request.Latitude, Longitude = request.Longitude, ReportedAt = now,
        };
        if (request.IdempotencyKey is { } key)
        {
            // The key is the transaction's first write: retries arriving together queue on its unique index and, once
            // the first commits, fail at once and replay its receipt — without each taking the case counter's row lock
            // in turn, which under load queued a hundred of them long enough to time out.
            db.IdempotencyKeys.Add(new IdempotencyRecord { Key = key, RequestHash = hash, ReportId = report.Id, CreatedAt = now });
            await db.SaveChangesAsync(ct);
        }

        var existing = await DuplicateCases.FindAsync(db, request.Category!.Value, request.Latitude, request.Longitude, now, ct);
        LinkedCase c;
        if (existing is not null)
        {
            c = existing;
            report.IsDuplicate = true;
            db.Events.Add(new CaseEvent { CaseId = c.Id, At = now, Actor = "公众", Action = "关联重复举报", State = c.State, Note = report.Description });
        }
        else
        {
            var opened = new EnforcementCase
            {
                Id = Guid.NewGuid(), Number = "", Category = request.Category.Value, Source = CaseSource.CitizenReport, TownshipId = request.TownshipId,
                VillageId = request.VillageId, Address = request.Address?.Trim(), Description = report.Description, Latitude = request.Latitude,
                Longitude = request.Longitude, ReportedBy = "公众",
            };
            workflow.Open(opened, now);
            await CaseNumbers.Assign(db, opened, Kernel.Time.CityClock.DateOf(now).Year, ct);
            db.Cases.Add(opened);
            db.Events.Add(new CaseEvent { CaseId = opened.Id, At = now, Actor = "公众", Action = "随手拍受理", State = opened.State, Note = null });
            c = new LinkedCase(opened.Id, opened.Number, opened.State);
        }

        report.CaseId = c.Id;
        db.Reports.Add(report);
        db.Photos.AddRange(request.Photos.Select(p => new CasePhoto
        {
            Id = Guid.NewGuid(), CaseId = c.Id, ReportId = report.Id, Stage = PhotoStage.Report, ContentType = p.DetectedType!, Content = p.Content, UploadedAt = now,
        }));
        await db.SaveChangesAsync(ct);
        return new ReportReceipt(c.Number, report.TrackingToken, report.IsDuplicate, c.State, EnforcementLabels.Of(c.State));
    }

    /// <summary>The receipt of an earlier request with the same key; a different request under that key is a 409.</summary>
    private async Task<ReportReceipt?> Replay(string? key, string hash, CancellationToken ct)
    {
        if (key is null || await db.IdempotencyKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Key == key, ct) is not { } record)
        {
            return null;
        }

        if (record.RequestHash != hash)
        {
            throw new ConflictException("此 Idempotency-Key 已用于另一份举报。This Idempotency-Key was used for a different report.")
                .With("idempotencyKey", key);
        }

        var answer = await (from r in db.Reports.AsNoTracking()
                            join c in db.Cases.AsNoTracking() on r.CaseId equals c.Id
                            where r.Id == record.ReportId
                            select new { c.Number, r.TrackingToken, r.IsDuplicate, c.State }).SingleAsync(ct);
        return new ReportReceipt(answer.Number, answer.TrackingToken, answer.IsDuplicate, answer.State, EnforcementLabels.Of(answer.State));
    }

    private static string RequestHash(SubmitReport r)
    {
        var canonical = string.Join('\n',
            r.TownshipId, r.VillageId, r.Category, r.Description?.Trim(), r.Address?.Trim(), r.Latitude?.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
            r.Longitude?.ToString("R", System.Globalization.CultureInfo.InvariantCulture), r.ContactPhone?.Trim(),
            string.Join(',', r.Photos.Select(p => Convert.ToHexString(SHA256.HashData(p.Content)))));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}

/// <summary>Finds the open case a new report duplicates: same category, reported in the last 24 hours, within 50 m.</summary>
internal static class DuplicateCases
{
    public const double RadiusMetres = 50;
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>Metres per degree of latitude (a degree of longitude is this times the cosine of the latitude).</summary>
    private const double MetresPerDegree = 111_195;

    public static async Task<LinkedCase?> FindAsync(
        EnforcementDbContext db, CaseCategory category, double? latitude, double? longitude, DateTimeOffset now, CancellationToken ct)
    {
        if (latitude is not { } lat || longitude is not { } lon)
        {
            return null;
        }

        // A box a little larger than the circle, so that the database hands back the few neighbours of the report rather
        // than every open case of the category reported that day (thousands on a busy day), and untracked: the
        // report only links to the case. Near a pole or the antimeridian the box gives up on longitude.
        var since = now - Window;
        var latitudeSpan = RadiusMetres * 1.01 / MetresPerDegree;
        var longitudeSpan = latitudeSpan / Math.Max(1e-6, Math.Cos(lat * Math.PI / 180));
        var (south, north, west, east) = (lat - latitudeSpan, lat + latitudeSpan, lon - longitudeSpan, lon + longitudeSpan);
        var anyLongitude = west < -180 || east > 180;
        var candidates = await db.Cases.AsNoTracking()
            .Where(c => c.Category == category && c.ReportedAt >= since && c.State != CaseState.Closed && c.State != CaseState.Rejected
                        && c.Latitude >= south && c.Latitude <= north && (anyLongitude || (c.Longitude >= west && c.Longitude <= east)))
            .Select(c => new { c.Id, c.Number, c.State, c.ReportedAt, Latitude = c.Latitude!.Value, Longitude = c.Longitude!.Value })
            .ToListAsync(ct);
        return candidates
            .Select(c => (Case: c, Distance: Geo.HaversineMetres(lat, lon, c.Latitude, c.Longitude)))
            .Where(x => x.Distance <= RadiusMetres)
            .OrderBy(x => x.Distance).ThenBy(x => x.Case.ReportedAt)
            .Select(x => new LinkedCase(x.Case.Id, x.Case.Number, x.Case.State)).FirstOrDefault();
    }
}

/// <summary>The case a report is filed under, new or an open duplicate: what the receipt and the history entry need of it.</summary>
internal sealed record LinkedCase(Guid Id, string Number, CaseState State);

internal static class Geo
{
    private const double EarthRadiusMetres = 6_371_008.8;

    public static double HaversineMetres(double lat1, double lon1, double lat2, double lon2)
    {
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(lat2 - lat1);
        var dLon = Rad(lon2 - lon1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(Rad(lat1)) * Math.Cos(Rad(lat2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }
}
