using System.Text.Json;
using System.Text.Json.Nodes;

namespace CampaignPlatform.IntegrationTests;

/// <summary>One operation of the OpenAPI document, with a well-formed example of each of its inputs.</summary>
public sealed record OpenApiOperation(string Method, string PathTemplate, IReadOnlyList<OpenApiParameter> Parameters, JsonElement? BodySchema)
{
    public override string ToString() => $"{Method} {PathTemplate}";

    public IEnumerable<OpenApiParameter> InPath => Parameters.Where(p => p.In == "path");

    public IEnumerable<OpenApiParameter> InQuery => Parameters.Where(p => p.In == "query");

    /// <summary>Every operation that changes something reads a body, whether the document describes it or not (multipart intake).</summary>
    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";
}

public sealed record OpenApiParameter(string Name, string In, bool Required, JsonElement Schema);

/// <summary>Reads the operations of an OpenAPI 3.1 document and makes example values from its schemas.</summary>
public sealed class OpenApiOperations(JsonElement document)
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public IReadOnlyList<OpenApiOperation> All() =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(operation => Methods.Contains(operation.Name))
                .Select(operation => new OpenApiOperation(
                    operation.Name.ToUpperInvariant(),
                    path.Name,
                    ParametersOf(operation.Value),
                    BodySchemaOf(operation.Value))))
            .ToList();

    /// <summary>A schema with its <c>$ref</c> followed.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("oneOf", out var oneOf) || schema.TryGetProperty("anyOf", out oneOf))
            {
                // A nullable reference is "oneOf: [null, $ref]": the example takes the value that is not null.
                schema = oneOf.EnumerateArray().FirstOrDefault(s => !(s.TryGetProperty("type", out var t) && t.GetString() == "null"), oneOf[0]);
            }
            else
            {
                break;
            }
        }

        return schema;
    }

    /// <summary>The schema's kind: object, array, string, integer, number or boolean (the non-null one of a union).</summary>
    public string KindOf(JsonElement schema)
    {
        schema = Resolve(schema);
        if (schema.TryGetProperty("enum", out _))
        {
            return "enum";
        }

        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        var kinds = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];
        kinds.Remove("null");
        // Integers the API also reads from strings are described as ["integer", "string"].
        return kinds.Contains("integer") ? "integer" : kinds.Contains("number") ? "number" : kinds.FirstOrDefault() ?? "any";
    }

    public string? FormatOf(JsonElement schema) =>
        Resolve(schema).TryGetProperty("format", out var format) ? format.GetString() : null;

    public IReadOnlyList<(string Name, JsonElement Schema)> PropertiesOf(JsonElement schema) =>
        Resolve(schema).TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => (p.Name, p.Value)).ToList()
            : [];

    /// <summary>A well-formed value of the schema; ids are ids nobody has, so the example alone finds nothing.</summary>
    public JsonNode? Example(JsonElement schema, int depth = 0)
    {
        var resolved = Resolve(schema);
        return KindOf(resolved) switch
        {
            "enum" => JsonValue.Create(resolved.GetProperty("enum").EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).ToString()),
            "object" when depth < 4 => new JsonObject(PropertiesOf(resolved)
                .Select(p => KeyValuePair.Create(p.Name, Example(p.Schema, depth + 1)))),
            "object" => new JsonObject(),
            "array" => new JsonArray(Example(resolved.GetProperty("items"), depth + 1)),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(1.5m),
            "boolean" => JsonValue.Create(true),
            "string" => JsonValue.Create(StringExample(FormatOf(resolved))),
            _ => JsonValue.Create("x"),
        };
    }

    public string StringExample(string? format) => format switch
    {
        "uuid" => Guid.NewGuid().ToString(),
        "date" => "2026-03-02",
        "date-time" => "2026-03-02T08:00:00+08:00",
        "time" => "08:00:00",
        _ => "x",
    };

    /// <summary>A well-formed value of a path or query parameter, as text.</summary>
    public string ParameterExample(OpenApiParameter parameter) => KindOf(parameter.Schema) switch
    {
        "integer" => parameter.Name.Contains("year", StringComparison.OrdinalIgnoreCase) ? "2026" : "1",
        "number" => "1.5",
        "boolean" => "true",
        var kind => Example(parameter.Schema)?.ToJsonString().Trim('"') is { } text && kind != "object" ? text : "x",
    };

    private static List<OpenApiParameter> ParametersOf(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray()
                .Select(p => new OpenApiParameter(
                    p.GetProperty("name").GetString()!,
                    p.GetProperty("in").GetString()!,
                    p.TryGetProperty("required", out var required) && required.GetBoolean(),
                    p.TryGetProperty("schema", out var schema) ? schema : default))
                .ToList()
            : [];

    private static JsonElement? BodySchemaOf(JsonElement operation) =>
        operation.TryGetProperty("requestBody", out var body)
        && body.GetProperty("content").TryGetProperty("application/json", out var json)
        && json.TryGetProperty("schema", out var schema)
            ? schema
            : null;
}
