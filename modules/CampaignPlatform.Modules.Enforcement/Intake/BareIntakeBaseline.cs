using CampaignPlatform.Kernel.Time;
using CampaignPlatform.Modules.Enforcement.Cases;
using CampaignPlatform.Modules.Enforcement.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Modules.Enforcement.Intake;

/// <summary>
/// The yardstick of the intake load benchmark (build/CampaignPlatform.LoadDriver), mapped only when
/// <c>Benchmarks:BareIntake=true</c> and never in a normal run: <c>POST /api/enforcement/bare-reports</c> takes the
/// intake's JSON body and writes the same rows as a first report (case with its number, report with its tracking token,
/// history entry) straight through the DbContext. No MediatR pipeline, no validation, permission or module switch, no
/// rate limit, idempotency, duplicate search or working-time deadlines: what the intake costs on top is the benchmark's
/// answer. It checks nothing, so it must never face the public.
/// </summary>
internal static class BareIntakeBaseline
{
    public const string Switch = "Benchmarks:BareIntake";

    public static void MapWhenSwitchedOn(IEndpointRouteBuilder api)
    {
        if (!api.ServiceProvider.GetRequiredService<IConfiguration>().GetValue(Switch, false))
        {
            return;
        }

        api.MapPost("/bare-reports", async (ReportBody body, EnforcementDbContext db, TimeProvider time, CancellationToken ct) =>
            {
                var receipt = await CaseNumbers.SaveWithNumberAsync(db, () => StoreAsync(db, body, time.GetUtcNow(), ct), () => Task.FromResult<string?>(null), ct);
                return TypedResults.Created($"/api/enforcement/reports/{receipt}", receipt);
            })
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription();
    }

    private static async Task<string> StoreAsync(EnforcementDbContext db, ReportBody body, DateTimeOffset now, CancellationToken ct)
    {
        var c = new EnforcementCase
        {
            Id = Guid.NewGuid(), Number = "", Category = body.Category ?? CaseCategory.Other, Source = CaseSource.CitizenReport, State = CaseState.Reported,
            TownshipId = body.TownshipId ?? Guid.Empty, VillageId = body.VillageId, Address = body.Address, Description = body.Description ?? "",
            Latitude = body.Latitude, Longitude = body.Longitude, ReportedAt = now, ReportedBy = "公众",
        };
        await CaseNumbers.Assign(db, c, CityClock.DateOf(now).Year, ct);
        var report = new Report
        {
            Id = Guid.NewGuid(), CaseId = c.Id, TrackingToken = CaseNumbers.NewTrackingToken(), Description = c.Description,
            ContactPhone = body.ContactPhone, Latitude = body.Latitude, Longitude = body.Longitude, ReportedAt = now,
        };
        db.Cases.Add(c);
        db.Reports.Add(report);
        db.Events.Add(new CaseEvent { CaseId = c.Id, At = now, Actor = "公众", Action = "随手拍受理", State = c.State });
        await db.SaveChangesAsync(ct);
        return report.TrackingToken;
    }
}
