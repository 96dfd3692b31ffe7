using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;

namespace CampaignPlatform.Kernel.Web.Charts;

/// <summary>
/// Small charts drawn on the server as inline SVG, so a page needs no JavaScript and no chart library: a line chart of
/// one series over time and a bar chart of two series side by side. Each chart is an image to assistive technology
/// (<c>role="img"</c> with its title as label), every point or bar carries a <c>&lt;title&gt;</c> shown on hover, and
/// every text is encoded. The drawing scales to its container's width (phones included).
/// </summary>
public static class SvgChart
{
    private const int Width = 480;
    private const int Height = 240;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 28;
    private const int Bottom = 44;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;

    /// <summary>The colours of the first and second series (the campaign's red, and a quiet grey-blue beside it).</summary>
    public static readonly IReadOnlyList<string> Colours = ["#c62828", "#78909c"];

    /// <summary>Keeps Chinese as text while still encoding what HTML needs encoded (&lt;, &amp;, quotes).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>A line through <paramref name="points"/>, e.g. a score per week. <paramref name="unit"/> follows each value in the hover text.</summary>
    public static IHtmlContent Line(string title, IReadOnlyList<ChartPoint> points, string unit = "")
    {
        var scale = ChartScale.For(points.Select(p => p.Value));
        var svg = Open(title, scale);
        XLabels(svg, points.Select(p => p.Label).ToList());
        var xs = points.Select((_, i) => SlotCentre(i, points.Count)).ToList();
        if (points.Count > 1)
        {
            var path = string.Join(' ', points.Select((p, i) => $"{Number(xs[i])},{Number(Y(p.Value, scale))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{path}\" fill=\"none\" stroke=\"{Colours[0]}\" stroke-width=\"2.5\" />");
        }

        for (var i = 0; i < points.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{Number(xs[i])}\" cy=\"{Number(Y(points[i].Value, scale))}\" r=\"4\" fill=\"{Colours[0]}\">")
                .Append("<title>").Append(Encode($"{points[i].Label}: {ChartScale.Format(points[i].Value)}{unit}")).Append("</title></circle>");
        }

        return Close(svg);
    }

    /// <summary>Two bars per category, e.g. cases opened and closed per week, with a legend naming both series.</summary>
    public static IHtmlContent PairedBars(string title, IReadOnlyList<string> categories, ChartSeries first, ChartSeries second, string unit = "")
    {
        if (first.Values.Count != categories.Count || second.Values.Count != categories.Count)
        {
            throw new ArgumentException("Each series needs exactly one value per category.");
        }

        var scale = ChartScale.For(first.Values.Concat(second.Values));
        var svg = Open(title, scale);
        XLabels(svg, categories);
        Legend(svg, [first.Name, second.Name]);
        var slot = (double)PlotWidth / Math.Max(1, categories.Count);
        var barWidth = Math.Max(2, slot * 0.35);
        for (var i = 0; i < categories.Count; i++)
        {
            var centre = SlotCentre(i, categories.Count);
            Bar(svg, centre - barWidth, barWidth, first.Values[i], scale, Colours[0], $"{categories[i]} · {first.Name}: {ChartScale.Format(first.Values[i])}{unit}");
            Bar(svg, centre, barWidth, second.Values[i], scale, Colours[1], $"{categories[i]} · {second.Name}: {ChartScale.Format(second.Values[i])}{unit}");
        }

        return Close(svg);
    }

    private static StringBuilder Open(string title, ChartScale scale)
    {
        var label = Encode(title);
        var svg = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\">")
            .Append("<title>").Append(label).Append("</title>");
        foreach (var tick in scale.Ticks())
        {
            var y = Number(Y(tick, scale));
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y}\" y2=\"{y}\" stroke=\"#d9e2ec\" />")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"12\" fill=\"#616e7c\">{ChartScale.Format(tick)}</text>");
        }

        return svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\" stroke=\"#616e7c\" />")
            .Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Top + PlotHeight}\" y2=\"{Top + PlotHeight}\" stroke=\"#616e7c\" />");
    }

    private static HtmlString Close(StringBuilder svg) => new HtmlString(svg.Append("</svg>").ToString());

    /// <summary>Labels under the x axis; with many categories only every n-th, so that they never overlap.</summary>
    private static void XLabels(StringBuilder svg, IReadOnlyList<string> labels)
    {
        const int MostLabels = 8;
        var every = (int)Math.Ceiling(labels.Count / (double)MostLabels);
        for (var i = 0; i < labels.Count; i += Math.Max(1, every))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{Number(SlotCentre(i, labels.Count))}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f2933\">")
                .Append(Encode(labels[i])).Append("</text>");
        }
    }

    private static void Legend(StringBuilder svg, IReadOnlyList<string> names)
    {
        var x = Left;
        for (var i = 0; i < names.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"6\" width=\"12\" height=\"12\" fill=\"{Colours[i]}\" />")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{x + 16}\" y=\"16\" font-size=\"12\" fill=\"#1f2933\">").Append(Encode(names[i])).Append("</text>");
            x += 24 + (names[i].Length * 13);
        }
    }

    private static void Bar(StringBuilder svg, double x, double width, decimal value, ChartScale scale, string colour, string hover)
    {
        var y = Y(value, scale);
        svg.Append(CultureInfo.InvariantCulture,
                $"<rect class=\"bar\" x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number(width)}\" height=\"{Number(Top + PlotHeight - y)}\" fill=\"{colour}\">")
            .Append("<title>").Append(Encode(hover)).Append("</title></rect>");
    }

    private static double SlotCentre(int index, int count) => Left + (PlotWidth / (double)Math.Max(1, count) * (index + 0.5));

    private static double Y(decimal value, ChartScale scale) => Top + PlotHeight - ((double)(Math.Max(0, value) / scale.Max) * PlotHeight);

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Encode(string text) => Encoder.Encode(text);
}
