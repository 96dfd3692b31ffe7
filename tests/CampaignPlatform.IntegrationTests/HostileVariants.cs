using System.Text;
using System.Text.Json.Nodes;

namespace CampaignPlatform.IntegrationTests;

/// <summary>One malformed request: its name for the failure message, the address, and the body (if any).</summary>
public sealed record HostileVariant(string Name, string Url, Func<HttpContent?> Content, bool ReadsBody);

/// <summary>
/// Malformed requests for an operation of the OpenAPI document: broken, empty and mistyped bodies, missing and extra
/// fields, megabyte strings and 100,000-item arrays, negative and overflowing numbers, invalid enum values, impossible
/// dates, SQL and HTML injection, invalid UTF-8 — in the body, the path and the query.
/// </summary>
public sealed class HostileVariants(OpenApiOperations document, IReadOnlyDictionary<string, string> knownIds)
{
    public const string Script = "<script>alert(1)</script>";
    public const string SqlInjection = "x'); DROP TABLE \"org_townships\"; --";
    private static readonly string Huge = new('字', 1024 * 1024 / 3 + 1);

    /// <summary>Texts no parameter accepts: bad GUIDs, overflowing numbers, impossible dates, injections, invalid UTF-8.</summary>
    private static readonly (string Name, string Text)[] BadParameterTexts =
    [
        ("not a GUID", "not-a-guid"),
        ("truncated GUID", "3f2504e0-4f89-11d3-9a0c"),
        ("overflowing integer", "99999999999999999999"),
        ("negative", "-1"),
        ("impossible date", "2026-02-30"),
        ("impossible date 9999-99-99", "9999-99-99"),
        ("SQL injection", Uri.EscapeDataString("1' OR '1'='1")),
        ("script", Uri.EscapeDataString(Script)),
        ("invalid UTF-8", "%FF%FE%C3%28"),
    ];

    public IEnumerable<HostileVariant> For(OpenApiOperation operation)
    {
        var path = PathWith(operation, overrides: null);
        var query = BaseQuery(operation);
        foreach (var variant in PathVariants(operation, query))
        {
            yield return variant;
        }

        foreach (var variant in QueryVariants(operation, path, query))
        {
            yield return variant;
        }

        if (operation.TakesBody)
        {
            foreach (var variant in BodyVariants(operation, path + query))
            {
                yield return variant;
            }
        }
    }

    /// <summary>The operation's address with example values, or the given text for one parameter.</summary>
    public string PathWith(OpenApiOperation operation, (string Name, string Text)? overrides)
    {
        var path = operation.PathTemplate;
        foreach (var parameter in operation.InPath)
        {
            var text = overrides?.Name == parameter.Name
                ? overrides.Value.Text
                : knownIds.GetValueOrDefault(parameter.Name) ?? Uri.EscapeDataString(document.ParameterExample(parameter));
            path = path.Replace("{" + parameter.Name + "}", text, StringComparison.Ordinal);
        }

        return path;
    }

    private string BaseQuery(OpenApiOperation operation)
    {
        var required = operation.InQuery.Where(p => p.Required).Select(p => $"{p.Name}={Uri.EscapeDataString(document.ParameterExample(p))}").ToList();
        return required.Count == 0 ? "" : "?" + string.Join('&', required);
    }

    private IEnumerable<HostileVariant> PathVariants(OpenApiOperation operation, string query)
    {
        foreach (var parameter in operation.InPath)
        {
            yield return Variant($"path {parameter.Name}: unknown id", PathWith(operation, (parameter.Name, Guid.NewGuid().ToString())) + query, operation);
            foreach (var (name, text) in BadParameterTexts)
            {
                yield return Variant($"path {parameter.Name}: {name}", PathWith(operation, (parameter.Name, text)) + query, operation);
            }
        }
    }

    private IEnumerable<HostileVariant> QueryVariants(OpenApiOperation operation, string path, string query)
    {
        var separator = query.Length == 0 ? "?" : query + "&";
        // Parameters the operation declares, and the ones lists commonly take, so that every operation gets its share.
        var names = operation.InQuery.Select(p => p.Name).Concat(["page", "pageSize", "from", "to", "townshipId"]).Distinct();
        foreach (var name in names)
        {
            foreach (var (variant, text) in BadParameterTexts)
            {
                yield return Variant($"query {name}: {variant}", $"{path}{separator}{name}={text}", operation);
            }
        }

        yield return Variant("query: 1 MB value", $"{path}{separator}q={new string('x', 1024 * 1024)}", operation);
        yield return Variant("query: repeated parameter", $"{path}{separator}page=1&page=2&page=x", operation);
    }

    private IEnumerable<HostileVariant> BodyVariants(OpenApiOperation operation, string url)
    {
        var example = operation.BodySchema is { } schema ? document.Example(schema) as JsonObject ?? [] : [];
        HostileVariant Raw(string name, Func<HttpContent?> content) => new($"body: {name}", url, content, ReadsBody: true);
        HostileVariant Json(string name, JsonNode? body) => Raw(name, () => Utf8Json(body?.ToJsonString() ?? "null"));

        yield return Raw("broken JSON", () => Utf8Json("{\"name\": \"x\", "));
        yield return Raw("empty body", () => Utf8Json(""));
        yield return Raw("no body at all", () => null);
        yield return Raw("wrong content type", () => new StringContent(example.ToJsonString(), Encoding.UTF8, "text/plain"));
        yield return Raw("form instead of JSON", () => new FormUrlEncodedContent([KeyValuePair.Create("name", "x")]));
        yield return Raw("invalid UTF-8 bytes", () => Bytes([.. "{\"name\":\""u8, 0xFF, 0xFE, 0xC3, 0x28, .. "\"}"u8]));
        yield return Raw("nested 10,000 deep", () => Utf8Json(new string('[', 10_000) + new string(']', 10_000)));
        yield return Json("JSON null", null);
        yield return Json("JSON array", new JsonArray(1, 2, 3));
        yield return Json("JSON string", JsonValue.Create("x"));
        yield return Json("missing every field", new JsonObject());
        yield return Json("extra field", With(example, "unexpectedField", JsonValue.Create(Script)));
        yield return Json("100,000 extra fields", new JsonObject(Enumerable.Range(0, 100_000).Select(i => KeyValuePair.Create<string, JsonNode?>($"f{i}", i))));

        foreach (var (name, propertySchema) in operation.BodySchema is { } s ? document.PropertiesOf(s) : [])
        {
            foreach (var (variant, value) in PropertyValues(propertySchema))
            {
                yield return Json($"{name}: {variant}", With(example, name, value));
            }

            yield return Json($"{name}: missing", Without(example, name));
        }
    }

    private IEnumerable<(string Name, JsonNode? Value)> PropertyValues(System.Text.Json.JsonElement schema)
    {
        var kind = document.KindOf(schema);
        yield return ("wrong type (object)", new JsonObject { ["x"] = 1 });
        yield return ("wrong type (array)", new JsonArray(true));
        yield return ("null", null);
        yield return ("wrong type (boolean)", JsonValue.Create(false));
        switch (kind)
        {
            case "string" or "enum" or "any":
                yield return ("wrong type (number)", JsonValue.Create(12345));
                yield return ("1 MB string", JsonValue.Create(Huge));
                yield return ("SQL injection", JsonValue.Create(SqlInjection));
                yield return ("script", JsonValue.Create(Script));
                yield return ("impossible date", JsonValue.Create("2026-02-30"));
                yield return ("impossible date 9999-99-99", JsonValue.Create("9999-99-99"));
                yield return ("invalid enum value", JsonValue.Create("NoSuchValue"));
                yield return ("enum as a number", JsonValue.Create(9999));
                yield return ("empty", JsonValue.Create(""));
                break;
            case "integer" or "number":
                yield return ("wrong type (text)", JsonValue.Create("abc"));
                yield return ("negative", JsonValue.Create(-1));
                yield return ("overflowing", JsonNode.Parse("99999999999999999999999999999999"));
                yield return ("overflowing exponent", JsonNode.Parse("1e400"));
                yield return ("fraction for an integer", JsonValue.Create(1.5m));
                yield return ("minimum int", JsonValue.Create(int.MinValue));
                break;
            case "array":
                yield return ("wrong type (text)", JsonValue.Create("x"));
                yield return ("100,000 items", new JsonArray(Enumerable.Range(0, 100_000)
                    .Select(_ => document.Example(document.Resolve(schema).GetProperty("items"), depth: 4)).ToArray()));
                yield return ("items of the wrong type", new JsonArray(JsonValue.Create("x"), JsonValue.Create(Script)));
                break;
            case "object":
                yield return ("wrong type (text)", JsonValue.Create(Script));
                yield return ("empty object", new JsonObject());
                break;
            case "boolean":
                yield return ("wrong type (text)", JsonValue.Create("maybe"));
                yield return ("wrong type (number)", JsonValue.Create(2));
                break;
        }
    }

    private static JsonObject With(JsonObject example, string name, JsonNode? value)
    {
        var copy = (JsonObject)example.DeepClone();
        copy[name] = value?.DeepClone();
        return copy;
    }

    private static JsonObject Without(JsonObject example, string name)
    {
        var copy = (JsonObject)example.DeepClone();
        copy.Remove(name);
        return copy;
    }

    private static HostileVariant Variant(string name, string url, OpenApiOperation operation) =>
        new(name, url, operation.TakesBody ? () => Utf8Json("{}") : () => null, ReadsBody: false);

    private static ByteArrayContent Utf8Json(string json) => Bytes(Encoding.UTF8.GetBytes(json));

    private static ByteArrayContent Bytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
