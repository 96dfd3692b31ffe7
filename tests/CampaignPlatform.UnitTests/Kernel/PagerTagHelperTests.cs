using System.Globalization;
using CampaignPlatform.Kernel.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CampaignPlatform.UnitTests.Kernel;

/// <summary>The pager keeps a list's filters in its links, counts pages right and says where one is, in Chinese by default.</summary>
public sealed class PagerTagHelperTests
{
    [Theory]
    [InlineData(0, 20, 1)]
    [InlineData(20, 20, 1)]
    [InlineData(21, 20, 2)]
    [InlineData(200, 20, 10)]
    public void Page_count_rounds_up_and_is_never_zero(int total, int pageSize, int pages) =>
        Assert.Equal(pages, PagerTagHelper.PageCount(total, pageSize));

    [Fact]
    public void A_link_keeps_every_filter_and_replaces_only_the_page_number()
    {
        var query = new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["townshipId"] = "abc", ["search"] = "农贸 市场", ["pageNumber"] = "3", ["state"] = new(["Reported", "Registered"]),
        });
        Assert.Equal("/hygiene?townshipId=abc&search=%E5%86%9C%E8%B4%B8%20%E5%B8%82%E5%9C%BA&state=Reported&state=Registered&pageNumber=4",
            PagerTagHelper.Link("/hygiene", query, 4));
        Assert.Equal("/hygiene?townshipId=abc&search=%E5%86%9C%E8%B4%B8%20%E5%B8%82%E5%9C%BA&state=Reported&state=Registered",
            PagerTagHelper.Link("/hygiene", query, 1));
    }

    [Fact]
    public void The_pager_shows_the_position_with_previous_and_next_and_disables_what_does_not_exist()
    {
        var html = Render(page: 1, total: 45, "?category=Market");
        Assert.Contains("第 1 / 3 页（共 45 条）", html, StringComparison.Ordinal);
        Assert.Contains("<span aria-disabled=\"true\" class=\"button disabled\">‹ 上一页</span>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/list?category=Market&amp;pageNumber=2\"", html, StringComparison.Ordinal);

        var last = Render(page: 3, total: 45, "?category=Market&pageNumber=3");
        Assert.Contains("href=\"/list?category=Market&amp;pageNumber=2\"", last, StringComparison.Ordinal);
        Assert.Contains("<span aria-disabled=\"true\" class=\"button disabled\">下一页 ›</span>", last, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_pager() => Assert.Equal("", Render(page: 1, total: 20, ""));

    private static string Render(int page, int total, string query)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo("zh-CN");
        try
        {
            var http = new DefaultHttpContext();
            http.Request.Path = "/list";
            http.Request.QueryString = new QueryString(query);
            var pager = new PagerTagHelper
            {
                Page = page, PageSize = 20, Total = total,
                ViewContext = new ViewContext { HttpContext = http },
            };
            var output = new TagHelperOutput("pager", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
            pager.Process(new TagHelperContext([], new Dictionary<object, object>(), "id"), output);
            using var writer = new StringWriter();
            output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
            return writer.ToString();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
