using System.Globalization;

namespace CampaignPlatform.Kernel.Web.Charts;

/// <summary>The y axis of a chart: from zero to a round ceiling at or above the largest value, in round steps.</summary>
internal sealed record ChartScale(decimal Max, decimal Step)
{
    public static ChartScale For(IEnumerable<decimal> values)
    {
        var largest = values.DefaultIfEmpty(0m).Max();
        if (largest <= 0)
        {
            return new ChartScale(1, 0.2m);
        }

        // A step of 1, 2 or 5 × 10ⁿ giving at most five intervals, so tick labels stay short and readable.
        var rough = (double)largest / 5;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var step = (decimal)(new[] { 1d, 2d, 5d, 10d }.Select(f => f * magnitude).First(s => s >= rough));
        return new ChartScale(Math.Ceiling(largest / step) * step, step);
    }

    public IEnumerable<decimal> Ticks()
    {
        for (var tick = 0m; tick <= Max; tick += Step)
        {
            yield return tick;
        }
    }

    public static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
