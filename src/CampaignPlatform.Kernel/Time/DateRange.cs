using FluentValidation;

namespace CampaignPlatform.Kernel.Time;

/// <summary>A request over a period of city-calendar dates, both ends inclusive, either end open.</summary>
public interface IDateRange
{
    DateOnly? From { get; }

    DateOnly? To { get; }
}

public static class DateRanges
{
    /// <summary>The period asked for, each missing end filled in: from 1 January of this year, to today (city calendar).</summary>
    public static (DateOnly From, DateOnly To) OrThisYear(this IDateRange range, TimeProvider time)
    {
        var today = CityClock.Today(time);
        return (range.From ?? new DateOnly(today.Year, 1, 1), range.To ?? today);
    }

    /// <summary>'to' not before 'from', with the message in both languages.</summary>
    public static void AddDateRangeRule<T>(this AbstractValidator<T> validator) where T : IDateRange =>
        validator.RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("结束日期不能早于开始日期。'to' must not be before 'from'.");
}
