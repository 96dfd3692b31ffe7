namespace CampaignPlatform.Kernel.Web.Charts;

/// <summary>One value of a line chart at its label on the x axis (e.g. a week).</summary>
public sealed record ChartPoint(string Label, decimal Value);

/// <summary>One named series of a bar chart, a value per category in the categories' order.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);
