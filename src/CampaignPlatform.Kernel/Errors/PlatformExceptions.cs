namespace CampaignPlatform.Kernel.Errors;

/// <summary>
/// Failures a handler reports to the caller. The host turns each into RFC 9457 problem details with the
/// matching status; anything else becomes a 500 without internals.
/// </summary>
public abstract class PlatformException(string title, string detail) : Exception(detail)
{
    public string Title { get; } = title;

    /// <summary>Extra members for the problem details body (e.g. the current state of a record).</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?>();
}

/// <summary>404: the record does not exist (or is not the caller's to see).</summary>
public sealed class NotFoundException(string resource, object id)
    : PlatformException("Not found", $"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}

/// <summary>409: the request is well formed but the record's current state does not allow it.</summary>
public sealed class ConflictException(string detail) : PlatformException("Conflict", detail)
{
    public ConflictException With(string key, object? value)
    {
        Extensions[key] = value;
        return this;
    }
}

/// <summary>403: the module is switched off in the township the command targets.</summary>
public sealed class ModuleDisabledException : PlatformException
{
    public ModuleDisabledException(string moduleId, string moduleName, Guid townshipId, string townshipName)
        : base("Module disabled", $"模块“{moduleName}”（{moduleId}）未在“{townshipName}”启用。Module '{moduleId}' is not enabled in township '{townshipName}'.")
    {
        Extensions["moduleId"] = moduleId;
        Extensions["townshipId"] = townshipId;
        Extensions["townshipName"] = townshipName;
    }
}

/// <summary>403: the caller may not do this.</summary>
public sealed class ForbiddenException(string detail) : PlatformException("Forbidden", detail);

/// <summary>401: the credentials were wrong (said the same way whether the user name exists or not).</summary>
public sealed class UnauthorizedException(string detail) : PlatformException("Unauthorized", detail);

/// <summary>429: too many attempts; <see cref="RetryAfter"/> says when to try again (sent as the Retry-After header).</summary>
public sealed class TooManyRequestsException : PlatformException
{
    public TooManyRequestsException(string detail, TimeSpan retryAfter)
        : base("Too many requests", detail)
    {
        RetryAfter = retryAfter;
        Extensions["retryAfterSeconds"] = RetryAfterSeconds;
    }

    public TimeSpan RetryAfter { get; }

    public int RetryAfterSeconds => Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds));
}
