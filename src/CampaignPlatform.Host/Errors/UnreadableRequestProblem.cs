using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace CampaignPlatform.Host.Errors;

/// <summary>
/// A request the endpoint could not even read — broken or mistyped JSON, no body, a route or query value of the wrong
/// type — answered like a validation failure: 400 with an error under the field that was wrong (its JSON path, or the
/// parameter's name; <c>body</c> for the body as a whole), never the names of our types.
/// </summary>
internal static partial class UnreadableRequestProblem
{
    public const string WholeBody = "body";

    public static ProblemDetails From(BadHttpRequestException exception) =>
        exception.StatusCode != StatusCodes.Status400BadRequest
            ? new ProblemDetails
            {
                Status = exception.StatusCode,
                Title = exception.StatusCode switch
                {
                    StatusCodes.Status413PayloadTooLarge => "Request too large",
                    StatusCodes.Status415UnsupportedMediaType => "Unsupported media type",
                    _ => "Bad request",
                },
                Detail = exception.Message,
            }
            : exception.InnerException is JsonException json
                ? From(json)
                : Unbound(exception.Message);

    public static ValidationProblemDetails From(JsonException exception) =>
        Invalid(FieldOfJsonPath(exception.Path), exception.Path is null or "$"
            ? "请求内容不是有效的 JSON。The body is not valid JSON for this operation."
            : "该字段的值类型或格式不正确。This value is not of the expected type or format.");

    private static ValidationProblemDetails Invalid(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Validation failed",
            Detail = "The request could not be read; nothing was saved.",
        };

    /// <summary><c>$.items[0].passed</c> → <c>items[0].passed</c>; the root → <c>body</c>.</summary>
    private static string FieldOfJsonPath(string? path) =>
        path is null or "$" ? WholeBody : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');

    /// <summary>
    /// ASP.NET Core names the parameter in its message (<c>Failed to bind parameter "DateOnly? from" from "…"</c>,
    /// <c>Required parameter "int year" was not provided</c>); a missing body names the handler's parameter, not a field.
    /// </summary>
    private static ValidationProblemDetails Unbound(string message)
    {
        if (message.Contains("no body was provided", StringComparison.Ordinal) || BoundParameter().Match(message) is not { Success: true } bound)
        {
            return Invalid(WholeBody, "请求内容不能为空，须为 JSON。A JSON body is required.");
        }

        return Invalid(bound.Groups["name"].Value, message.StartsWith("Required parameter", StringComparison.Ordinal)
            ? "该参数不能为空。This parameter is required."
            : "该参数的值类型或格式不正确。This value is not of the expected type or format.");
    }

    [GeneratedRegex("parameter \"(?:[^\"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)\"")]
    private static partial Regex BoundParameter();
}
