using System.Xml.Linq;
using CampaignPlatform.Kernel.Web.Charts;
using Microsoft.AspNetCore.Html;

namespace CampaignPlatform.UnitTests.Kernel;

/// <summary>The server-drawn charts: well-formed SVG, labelled for assistive technology, a hover title per value, text encoded.</summary>
public sealed class SvgChartTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XElement Parse(IHtmlContent chart)
    {
        using var writer = new StringWriter();
        chart.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return XElement.Parse(writer.ToString());
    }

    private static IEnumerable<string> Texts(XElement svg, string cssClass) =>
        svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == cssClass).Select(t => t.Value);

    [Fact]
    public void A_line_chart_is_an_image_labelled_by_its_title_with_a_hover_title_per_point()
    {
        var svg = Parse(SvgChart.Line("每周得分", [new("W1", 800), new("W2", 812.5m), new("W3", 790)], " 分"));

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("每周得分", (string?)svg.Attribute("aria-label"));
        Assert.Equal(["W1: 800 分", "W2: 812.5 分", "W3: 790 分"], svg.Descendants(Svg + "circle").Select(c => c.Element(Svg + "title")!.Value));
        Assert.Single(svg.Descendants(Svg + "polyline"));
        Assert.Equal(["W1", "W2", "W3"], Texts(svg, "label"));
    }

    [Fact]
    public void The_y_axis_runs_from_zero_to_a_round_ceiling_above_the_largest_value()
    {
        var svg = Parse(SvgChart.Line("x", [new("a", 3), new("b", 812.5m)]));
        Assert.Equal(["0", "200", "400", "600", "800", "1000"], Texts(svg, "tick"));

        var percent = Parse(SvgChart.Line("x", [new("a", 0.93m)]));
        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8", "1"], Texts(percent, "tick"));
    }

    [Fact]
    public void A_higher_value_is_drawn_higher_and_bars_stand_on_the_x_axis()
    {
        var svg = Parse(SvgChart.PairedBars("立案与结案", ["W1", "W2"], new ChartSeries("立案", [4, 10]), new ChartSeries("结案", [0, 7])));
        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "bar").ToList();
        Assert.Equal(4, bars.Count);
        double Attr(XElement e, string name) => double.Parse((string)e.Attribute(name)!, System.Globalization.CultureInfo.InvariantCulture);
        var bottoms = bars.Select(b => Attr(b, "y") + Attr(b, "height")).Distinct().ToList();
        Assert.Single(bottoms);
        Assert.True(Attr(bars[2], "height") > Attr(bars[0], "height"));
        Assert.Equal(0d, Attr(bars[1], "height"));
        Assert.Equal(["W1 · 立案: 4", "W1 · 结案: 0", "W2 · 立案: 10", "W2 · 结案: 7"], bars.Select(b => b.Element(Svg + "title")!.Value));
        Assert.Equal(["立案", "结案"], Texts(svg, "legend"));
    }

    [Fact]
    public void Text_is_encoded_so_a_label_can_never_become_markup()
    {
        using var writer = new StringWriter();
        SvgChart.Line("<script>alert(1)</script>", [new("a&b\"<i>", 1)]).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        var markup = writer.ToString();

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<i>", markup, StringComparison.Ordinal);
        var svg = XElement.Parse(markup);
        Assert.Equal("<script>alert(1)</script>", (string?)svg.Attribute("aria-label"));
        Assert.Equal("a&b\"<i>", Texts(svg, "label").Single());
    }

    [Fact]
    public void Many_categories_get_every_nth_label_only_and_a_series_of_the_wrong_length_is_refused()
    {
        var weeks = Enumerable.Range(1, 26).Select(i => $"W{i}").ToList();
        var svg = Parse(SvgChart.PairedBars("x", weeks, new ChartSeries("a", weeks.Select(_ => 1m).ToList()), new ChartSeries("b", weeks.Select(_ => 2m).ToList())));
        Assert.InRange(Texts(svg, "label").Count(), 2, 8);

        Assert.Throws<ArgumentException>(() => SvgChart.PairedBars("x", ["a", "b"], new ChartSeries("a", [1]), new ChartSeries("b", [1, 2])));
    }

    [Fact]
    public void A_single_point_and_an_empty_series_still_draw_axes()
    {
        var single = Parse(SvgChart.Line("x", [new("W1", 5)]));
        Assert.Empty(single.Descendants(Svg + "polyline"));
        Assert.Single(single.Descendants(Svg + "circle"));

        var empty = Parse(SvgChart.Line("x", []));
        Assert.Equal(2, empty.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "axis"));
    }
}
