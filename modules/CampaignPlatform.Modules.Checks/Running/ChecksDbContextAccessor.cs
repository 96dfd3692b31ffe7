using CampaignPlatform.Modules.Checks.Data;

namespace CampaignPlatform.Modules.Checks.Running;

/// <summary>Lets the public Hangfire-facing types depend on the module's internal DbContext.</summary>
public sealed class ChecksDbContextAccessor
{
    internal ChecksDbContextAccessor(ChecksDbContext db) => Db = db;

    internal ChecksDbContext Db { get; }
}
