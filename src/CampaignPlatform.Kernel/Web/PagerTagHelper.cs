using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CampaignPlatform.Kernel.Web;

/// <summary>
/// <c>&lt;pager page="…" page-size="…" total="…" /&gt;</c>: 第 n / m 页 with previous and next links that keep every
/// other query parameter (the list's filters), so paging never loses what people filtered by. Plain links: no
/// JavaScript, large enough to tap on a phone. Renders nothing when everything fits on one page.
/// </summary>
[HtmlTargetElement("pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper : TagHelper
{
    /// <summary>The query parameter that carries the page number (not <c>page</c>: Razor Pages route by that name).</summary>
    public const string PageParameter = "pageNumber";

    public int Page { get; set; } = 1;

    public int PageSize { get; set; } = 20;

    public int Total { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext? ViewContext { get; set; }

    public static int PageCount(int total, int pageSize) => pageSize <= 0 ? 1 : Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>The address of <paramref name="page"/> of the list at <paramref name="path"/>, the other parameters unchanged.</summary>
    public static string Link(PathString path, IQueryCollection query, int page)
    {
        var builder = new QueryBuilder(query
            .Where(q => !string.Equals(q.Key, PageParameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))));
        if (page > 1)
        {
            builder.Add(PageParameter, page.ToString(CultureInfo.InvariantCulture));
        }

        return path + builder.ToQueryString().ToString();
    }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var pages = PageCount(Total, PageSize);
        if (pages <= 1 && Page <= 1)
        {
            output.SuppressOutput();
            return;
        }

        var current = Math.Clamp(Page, 1, Math.Max(pages, Page));
        var request = ViewContext!.HttpContext.Request;
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "pager");
        output.Attributes.SetAttribute("aria-label", UiText.Pick("分页", "Pages"));
        output.Content.AppendHtml(Step(request, current - 1, current > 1, UiText.Pick("‹ 上一页", "‹ Previous"), "prev"));
        var position = new TagBuilder("span");
        position.AddCssClass("pager-position");
        position.InnerHtml.Append(UiText.Pick($"第 {current} / {pages} 页（共 {Total} 条）", $"Page {current} of {pages} ({Total} in all)"));
        output.Content.AppendHtml(position);
        output.Content.AppendHtml(Step(request, current + 1, current < pages, UiText.Pick("下一页 ›", "Next ›"), "next"));
    }

    /// <summary>A link to the page, or a greyed-out label where there is no such page.</summary>
    private static TagBuilder Step(HttpRequest request, int page, bool enabled, string label, string rel)
    {
        var step = new TagBuilder(enabled ? "a" : "span");
        step.AddCssClass("button");
        if (enabled)
        {
            step.Attributes["rel"] = rel;
            step.Attributes["href"] = Link(request.Path, request.Query, page);
        }
        else
        {
            step.AddCssClass("disabled");
            step.Attributes["aria-disabled"] = "true";
        }

        step.InnerHtml.Append(label);
        return step;
    }
}
