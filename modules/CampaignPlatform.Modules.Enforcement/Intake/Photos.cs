using Microsoft.AspNetCore.Http;

namespace CampaignPlatform.Modules.Enforcement.Intake;

/// <summary>An uploaded photo as received; its type is decided by its first bytes, never by its name or declared type.</summary>
internal sealed record PhotoUpload(string? FileName, byte[] Content)
{
    public string? DetectedType => PhotoTypes.Detect(Content);
}

internal static class PhotoTypes
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static string? Detect(ReadOnlySpan<byte> content) =>
        content.StartsWith(Jpeg) ? "image/jpeg" : content.StartsWith(Png) ? "image/png" : null;

    /// <summary>Reads the <c>photos</c> files of a form; one over the size limit is a 413 before anything is stored.</summary>
    public static async Task<IReadOnlyList<PhotoUpload>> ReadAsync(IFormFileCollection files, CancellationToken ct)
    {
        var photos = new List<PhotoUpload>();
        foreach (var file in files.GetFiles("photos"))
        {
            if (file.Length > IntakeOptions.MaxPhotoBytes)
            {
                throw new BadHttpRequestException(
                    $"照片“{file.FileName}”超过 5 MB。Photo '{file.FileName}' is larger than 5 MB.", StatusCodes.Status413PayloadTooLarge);
            }

            await using var stream = file.OpenReadStream();
            using var buffer = new MemoryStream((int)file.Length);
            await stream.CopyToAsync(buffer, ct);
            photos.Add(new PhotoUpload(file.FileName, buffer.ToArray()));
        }

        return photos;
    }
}

/// <summary>Reads form fields into typed values, collecting a per-field error for each one that does not parse.</summary>
internal sealed class FormReader(IFormCollection form)
{
    private readonly List<FluentValidation.Results.ValidationFailure> _errors = [];

    public string? Text(string name) => form.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString() : null;

    public Guid? Guid(string name) => Parse(name, t => System.Guid.TryParse(t, out var g) ? g : (Guid?)null);

    public double? Number(string name) =>
        Parse(name, t => double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (double?)null);

    public TEnum? Enum<TEnum>(string name) where TEnum : struct, System.Enum =>
        Parse(name, t => System.Enum.TryParse<TEnum>(t, true, out var e) && System.Enum.IsDefined(e) ? e : (TEnum?)null);

    /// <summary>Throws a 400 with every field that failed to parse.</summary>
    public void ThrowIfInvalid()
    {
        if (_errors.Count > 0)
        {
            throw new FluentValidation.ValidationException(_errors);
        }
    }

    private T? Parse<T>(string name, Func<string, T?> parse) where T : struct
    {
        if (Text(name) is not { } text)
        {
            return null;
        }

        var value = parse(text.Trim());
        if (value is null)
        {
            _errors.Add(new FluentValidation.Results.ValidationFailure(name, $"“{text}”格式不正确。'{name}' has an invalid value."));
        }

        return value;
    }
}

/// <summary>The JSON half of the endpoints that take multipart with photos or JSON without them.</summary>
internal static class JsonBody
{
    /// <summary>
    /// Reads the body as JSON: another content type is 415, an empty or broken body a 400 naming the field (the host
    /// maps the JSON error), never a crash on a body that is not there.
    /// </summary>
    public static async Task<T> ReadAsync<T>(HttpRequest http, CancellationToken ct) where T : class
    {
        if (!http.HasJsonContentType())
        {
            throw new BadHttpRequestException(
                "请求内容须为 multipart/form-data 或 JSON。The body must be multipart/form-data or JSON.", StatusCodes.Status415UnsupportedMediaType);
        }

        return await http.ReadFromJsonAsync<T>(ct) ?? throw new System.Text.Json.JsonException("The body is JSON null.");
    }
}
