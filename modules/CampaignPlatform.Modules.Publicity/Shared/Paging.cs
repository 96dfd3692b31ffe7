using CampaignPlatform.Kernel.Time;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Modules.Publicity.Shared;

/// <summary>One page of a list, with the total the filters match.</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, int Total, int PageNumber, int PageSize);

/// <summary>A request over a period of dates (city calendar, inclusive), either end open.</summary>
internal interface IDateRange
{
    DateOnly? From { get; }
    DateOnly? To { get; }
}

/// <summary>A filtered list over a period, a page at a time.</summary>
internal interface IPeriodQuery : IDateRange
{
    int? Page { get; }
    int? PageSize { get; }
}

internal static class PeriodRules
{
    /// <summary>One page of an ordered query and the total it matches, each record mapped to its DTO.</summary>
    public static async Task<Page<TDto>> ToPageAsync<T, TDto>(
        this IOrderedQueryable<T> query, IPeriodQuery request, Func<T, TDto> map, CancellationToken ct)
    {
        var page = request.Page ?? 1;
        var size = request.PageSize ?? DefaultPageSize;
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Page<TDto>(items.Select(map).ToList(), total, page, size);
    }

    public const int DefaultPageSize = 20;

    /// <summary>Page ≥ 1, page size 1–200, 'to' not before 'from'.</summary>
    public static void AddPeriodRules<T>(this AbstractValidator<T> validator) where T : IPeriodQuery
    {
        validator.RuleFor(q => q.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, 200);
        validator.AddDateRangeRule();
    }

    /// <summary>The period asked for, each missing end filled in: from the first of this year, to today (city calendar).</summary>
    public static (DateOnly From, DateOnly To) OrThisYear(this IDateRange range, TimeProvider time)
    {
        var today = CityClock.Today(time);
        return (range.From ?? new DateOnly(today.Year, 1, 1), range.To ?? today);
    }

    /// <summary>'to' not before 'from'.</summary>
    public static void AddDateRangeRule<T>(this AbstractValidator<T> validator) where T : IDateRange
    {
        validator.RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("结束日期不能早于开始日期。'to' must not be before 'from'.");
    }
}
