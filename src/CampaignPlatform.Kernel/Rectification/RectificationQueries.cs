using MediatR;

namespace CampaignPlatform.Kernel.Rectification;

// Answered by the rectification module. Other modules ask these instead of reading its tables.

/// <summary>
/// How many rectification items of a village are still open (not yet signed off), of one severity or of any.
/// A demonstration village, for one, must have no major item open.
/// </summary>
public sealed record CountOpenRectificationItems(Guid VillageId, ProblemSeverity? Severity = null) : IRequest<int>;
