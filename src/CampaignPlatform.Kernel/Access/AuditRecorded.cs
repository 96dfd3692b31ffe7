using MediatR;

namespace CampaignPlatform.Kernel.Access;

/// <summary>
/// Something was changed or somebody signed in: who, when, what and to which record. The host publishes one for
/// every successful change made through the API; the accounts module publishes sign-ins; the accounts module keeps
/// them all for administrators to read.
/// </summary>
/// <param name="Action">What was done, e.g. <c>POST /api/hygiene/sites/{siteId}/retire</c> or <c>sign-in</c>.</param>
/// <param name="Target">The record acted on, e.g. the request path or the created record's address.</param>
/// <param name="Outcome">The HTTP status, or <c>succeeded</c> / <c>failed</c> for a sign-in.</param>
public sealed record AuditRecorded(
    DateTimeOffset At,
    Guid? AccountId,
    string Actor,
    string Action,
    string Target,
    string Outcome,
    string? ClientAddress) : INotification;
