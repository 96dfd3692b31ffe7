using System.Globalization;

namespace CampaignPlatform.Modules.Publicity.Surveys;

/// <summary>
/// A rate (positive ÷ sample) with its 95 % Wilson score interval, as fractions rounded to four places.
/// With no answers there is no rate and no interval: <see cref="Rate"/>, <see cref="Lower"/> and <see cref="Upper"/> are
/// null and <see cref="Note"/> says why.
/// </summary>
internal sealed record RateEstimate(int SampleSize, int PositiveCount, decimal? Rate, decimal? Lower, decimal? Upper, string? Note)
{
    /// <summary>The rate in the office's words, e.g. "90.0%（95% 置信区间 78.6%–95.7%，样本 50）".</summary>
    public string Text => Rate is null
        ? Note!
        : string.Create(CultureInfo.InvariantCulture,
            $"{Rate * 100:0.0}%（95% 置信区间 {Lower * 100:0.0}%–{Upper * 100:0.0}%，样本 {SampleSize}）");
}

/// <summary>
/// The Wilson score interval: unlike the textbook p ± z·√(p(1−p)/n) it stays inside [0, 1] and does not collapse to a
/// point at 0 %, 100 % or with a handful of answers, which is exactly where township surveys live.
/// </summary>
internal static class SurveyRate
{
    /// <summary>The 97.5th percentile of the standard normal distribution: a two-sided 95 % interval.</summary>
    public const double Z = 1.959964;

    public const string NoSampleNote = "样本为 0，无法计算比率及置信区间。No answers: the rate and its interval are undefined.";

    public static RateEstimate Of(int positive, int sample)
    {
        if (sample < 0 || positive < 0 || positive > sample)
        {
            throw new ArgumentOutOfRangeException(nameof(positive), $"{positive} of {sample} is not a sample.");
        }

        if (sample == 0)
        {
            return new RateEstimate(0, 0, null, null, null, NoSampleNote);
        }

        double n = sample, p = positive / n, z2 = Z * Z;
        var denominator = 1 + z2 / n;
        var centre = (p + z2 / (2 * n)) / denominator;
        var halfWidth = Z * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denominator;
        return new RateEstimate(sample, positive, Round(p), Round(Math.Max(0, centre - halfWidth)), Round(Math.Min(1, centre + halfWidth)), null);
    }

    /// <summary>Whether positive ÷ sample reaches <paramref name="percent"/> %, in whole numbers so that 90 % is never missed by rounding.</summary>
    public static bool Reaches(int positive, int sample, int percent) => sample > 0 && positive * 100L >= sample * (long)percent;

    private static decimal Round(double value) => Math.Round((decimal)value, 4, MidpointRounding.AwayFromZero);
}
