using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CampaignPlatform.Testing.Conformance;

/// <summary>
/// The HTTP endpoints a module mapped — wherever it mapped them (/api/{id}, /api, the root) — found by the assembly of
/// their handler, and the operations of the OpenAPI document, both as "METHOD /path" with route constraints dropped.
/// </summary>
public static partial class ModuleEndpoints
{
    public static IReadOnlyList<string> Of(EndpointDataSource endpoints, Assembly module) =>
        endpoints.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<MethodInfo>()?.DeclaringType?.Assembly == module)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {Normalise(e.RoutePattern.RawText ?? "")}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

    public static IReadOnlySet<string> InDocument(JsonElement openApi) =>
        openApi.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => operation.Name is "get" or "post" or "put" or "patch" or "delete" or "head" or "options")
                .Select(operation => $"{operation.Name.ToUpperInvariant()} {Normalise(path.Name)}"))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary><c>/api/x/{id:guid}/</c> and <c>/api/x/{id}</c> are the same route.</summary>
    private static string Normalise(string route)
    {
        var path = Parameter().Replace(route, "{$1}").TrimEnd('/');
        return path.StartsWith('/') ? path : "/" + path;
    }

    [GeneratedRegex(@"\{\**([^}:=?]+)[^}]*\}")]
    private static partial Regex Parameter();
}
