using CampaignPlatform.Host.Errors;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CampaignPlatform.Host.Pages;

/// <summary>
/// The error page of the web UI: a page request that failed (an unknown id, a refusal, a crash) or ended with a bare
/// status (an address nobody serves) is shown this page in the layout, with the status the API would answer. The API
/// keeps its problem details; see <see cref="WebUi.IsPageRequest"/>.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken] // re-executed for a failed form post too: that post's token was already checked
public sealed class ErrorModel : PageModel
{
    public int Status { get; private set; }

    /// <summary>What our own refusal said (never the internals of an unexpected failure).</summary>
    public string? Detail { get; private set; }

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        if (failure is not null)
        {
            var problem = ProblemDetailsExceptionHandler.ToProblem(failure);
            Status = problem.Status ?? StatusCodes.Status500InternalServerError;
            Detail = failure is PlatformException ? problem.Detail : null;
        }
        else
        {
            Status = status is >= 400 and <= 599 ? status.Value : StatusCodes.Status404NotFound;
        }

        Response.StatusCode = Status;
    }

    public string Title => Status switch
    {
        StatusCodes.Status400BadRequest => UiText.Pick("请求有误", "Bad request"),
        StatusCodes.Status403Forbidden => UiText.Pick("无权访问", "Not allowed"),
        StatusCodes.Status404NotFound => UiText.Pick("找不到该页面或记录", "Not found"),
        StatusCodes.Status409Conflict => UiText.Pick("操作与当前状态冲突", "Conflict"),
        StatusCodes.Status503ServiceUnavailable => UiText.Pick("数据库暂时无法写入", "Storage unavailable"),
        >= 500 => UiText.Pick("系统出错", "Something went wrong"),
        _ => UiText.Pick("无法完成请求", "The request could not be completed"),
    };

    public string Explanation => Status switch
    {
        StatusCodes.Status403Forbidden => UiText.Pick("您的账号无权进行此操作，或该模块未在您所在的乡镇（街道）启用。", "Your account may not do this, or the module is not on in your township."),
        StatusCodes.Status404NotFound => UiText.Pick("地址有误，或该记录不存在、不在您的管辖范围内。", "The address is wrong, or the record does not exist or is not yours to see."),
        StatusCodes.Status409Conflict => UiText.Pick("记录已被他人更改或当前状态不允许此操作，请刷新后重试。", "Someone changed the record or its state does not allow this; reload and try again."),
        StatusCodes.Status503ServiceUnavailable => UiText.Pick("磁盘已满、数据库只读或无法连接，本次操作未保存，请稍后重试。", "The disk is full, the database is read-only or unreachable; nothing was saved. Try again shortly."),
        >= 500 => UiText.Pick("出现了意外错误，已记录在日志中。请稍后重试。", "An unexpected error occurred and was logged. Please try again later."),
        _ => UiText.Pick("请检查后重试。", "Please check and try again."),
    };
}
