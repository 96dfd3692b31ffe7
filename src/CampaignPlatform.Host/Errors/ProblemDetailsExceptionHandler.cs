using System.Text.Json;
using CampaignPlatform.Host.Web;
using CampaignPlatform.Kernel.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CampaignPlatform.Host.Errors;

/// <summary>
/// Every failure leaves as RFC 9457 problem details: validation → 400 with an error per field, our own
/// platform exceptions → their status, unreadable input → 400/413, a lost concurrency race → 409, a storage fault
/// (disk full, read-only, unreachable) → 503 with Retry-After, anything else → 500 with no internals.
/// </summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        LogIfUnexpected(problem, httpContext, exception);
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            StorageFaults.ForgetPooledConnections();
        }

        if (WebUi.IsPageRequest(httpContext.Request))
        {
            // A browser is shown the web UI's error page instead: the exception handler's path re-executes it.
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? 500;
        if (exception is TooManyRequestsException tooMany)
        {
            httpContext.Response.Headers.RetryAfter = tooMany.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = StorageFaults.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private void LogIfUnexpected(ProblemDetails problem, HttpContext httpContext, Exception exception)
    {
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
    }

    public static ProblemDetails ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => new ValidationProblemDetails(
            validation.Errors
                .GroupBy(e => FieldName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Validation failed",
            Detail = "One or more fields are invalid; nothing was saved.",
        },
        PlatformException platform => WithExtensions(
            new ProblemDetails { Status = StatusOf(platform), Title = platform.Title, Detail = platform.Message },
            platform.Extensions),
        BadHttpRequestException bad => UnreadableRequestProblem.From(bad),
        JsonException json => UnreadableRequestProblem.From(json),
        DbUpdateConcurrencyException => new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Title = "Conflict",
            Detail = "Someone else changed this record at the same moment; reload it and try again.",
        },
        _ when StorageFaults.IsUnavailable(exception) => new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = "Storage unavailable",
            Detail = "数据库暂时无法写入（磁盘已满、只读或连接中断），本次操作未保存，请稍后重试。"
                + "The database cannot take this write right now (disk full, read-only or unreachable); nothing was saved. Try again shortly.",
        },
        _ => new ProblemDetails
        {
            Status = StatusCodes.Status500InternalServerError,
            Title = "Internal error",
            Detail = "An unexpected error occurred. It has been logged.",
        },
    };

    private static int StatusOf(PlatformException exception) => exception switch
    {
        NotFoundException => StatusCodes.Status404NotFound,
        ConflictException => StatusCodes.Status409Conflict,
        ModuleDisabledException or ForbiddenException => StatusCodes.Status403Forbidden,
        UnauthorizedException => StatusCodes.Status401Unauthorized,
        TooManyRequestsException => StatusCodes.Status429TooManyRequests,
        _ => StatusCodes.Status400BadRequest,
    };

    private static ProblemDetails WithExtensions(ProblemDetails problem, IDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
        {
            problem.Extensions[key] = value;
        }

        return problem;
    }

    /// <summary>"Items[0].Passed" → "items[0].passed": field names as they appear in the JSON body.</summary>
    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
