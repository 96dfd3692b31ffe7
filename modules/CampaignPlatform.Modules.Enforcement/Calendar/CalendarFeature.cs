using CampaignPlatform.Kernel.Access;
using CampaignPlatform.Modules.Enforcement.Data;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampaignPlatform.Modules.Enforcement.Calendar;

internal sealed record CalendarDayDto(DateOnly Date, CalendarDayKind Kind, string Name);

internal sealed record WorkingCalendarDto(int Year, IReadOnlyList<string> WorkingHours, IReadOnlyList<CalendarDayDto> Days);

/// <summary>A year's holidays and make-up working days (the weekdays and weekends that differ from Monday–Friday).</summary>
[Allow(ActorRole.CitySupervisor, ActorRole.TownshipOfficer)]
internal sealed record GetCalendar(int Year) : IRequest<WorkingCalendarDto>;

/// <summary>Replaces a year's holidays and make-up working days.</summary>
[Allow(ActorRole.CityAdministrator)]
internal sealed record SetCalendar(int Year, IReadOnlyList<CalendarDayDto>? Days) : IRequest<WorkingCalendarDto>;

internal sealed class GetCalendarValidator : AbstractValidator<GetCalendar>
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public GetCalendarValidator() => RuleFor(c => c.Year).InclusiveBetween(FirstYear, LastYear);
}

internal sealed class SetCalendarValidator : AbstractValidator<SetCalendar>
{
    public SetCalendarValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(GetCalendarValidator.FirstYear, GetCalendarValidator.LastYear);
        RuleFor(c => c.Days).NotNull();
        RuleForEach(c => c.Days).ChildRules(day =>
        {
            day.RuleFor(d => d.Kind).IsInEnum();
            day.RuleFor(d => d.Name).NotEmpty().MaximumLength(100);
        });
        RuleFor(c => c.Days).Must((c, days) => days!.All(d => d.Date.Year == c.Year))
            .When(c => c.Days is not null).WithMessage("日期必须在该年度内。Every date must be in the year.");
        RuleFor(c => c.Days).Must(days => days!.Select(d => d.Date).Distinct().Count() == days!.Count)
            .When(c => c.Days is not null).WithMessage("日期不能重复。Each date once.");
    }
}

internal sealed class CalendarHandlers(EnforcementDbContext db, IOptions<EnforcementOptions> options)
    : IRequestHandler<GetCalendar, WorkingCalendarDto>, IRequestHandler<SetCalendar, WorkingCalendarDto>
{
    public async Task<WorkingCalendarDto> Handle(GetCalendar request, CancellationToken cancellationToken)
    {
        var from = new DateOnly(request.Year, 1, 1);
        var to = new DateOnly(request.Year, 12, 31);
        var days = await db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(cancellationToken);
        return new WorkingCalendarDto(request.Year,
            options.Value.Periods().Select(p => $"{p.Start:HH\\:mm}-{p.End:HH\\:mm}").ToList(),
            days.Select(d => new CalendarDayDto(d.Date, d.Kind, d.Name)).ToList());
    }

    public async Task<WorkingCalendarDto> Handle(SetCalendar request, CancellationToken cancellationToken)
    {
        var from = new DateOnly(request.Year, 1, 1);
        var to = new DateOnly(request.Year, 12, 31);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.CalendarDays.Where(d => d.Date >= from && d.Date <= to).ExecuteDeleteAsync(cancellationToken);
        db.CalendarDays.AddRange(request.Days!.Select(d => new CalendarDay { Date = d.Date, Kind = d.Kind, Name = d.Name.Trim() }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return await Handle(new GetCalendar(request.Year), cancellationToken);
    }
}

/// <summary>Builds the working calendar from the stored days and the configured working hours.</summary>
internal sealed class CalendarLoader(EnforcementDbContext db, IOptions<EnforcementOptions> options)
{
    public async Task<WorkingCalendar> LoadAsync(CancellationToken ct)
    {
        // A few dozen rows a year: reading them all is cheaper than guessing which years a deadline spans.
        var days = await db.CalendarDays.AsNoTracking().ToListAsync(ct);
        return new WorkingCalendar(
            days.Where(d => d.Kind == CalendarDayKind.Holiday).Select(d => d.Date).ToHashSet(),
            days.Where(d => d.Kind == CalendarDayKind.MakeUpWorkday).Select(d => d.Date).ToHashSet(),
            options.Value.Periods());
    }
}

internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/calendar/{year:int}", async (int year, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetCalendar(year), ct)))
            .WithSummary("工作日历 · A year's holidays and make-up working days, and the working hours");
        api.MapPut("/calendar/{year:int}", async (int year, CalendarBody body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetCalendar(year, body.Days), ct)))
            .WithSummary("设置工作日历 · Replace a year's holidays and make-up working days");
    }
}

internal sealed record CalendarBody(IReadOnlyList<CalendarDayDto>? Days);
