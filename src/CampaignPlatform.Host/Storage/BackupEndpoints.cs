using CampaignPlatform.Kernel.Access;

namespace CampaignPlatform.Host.Storage;

/// <summary><c>POST /api/admin/backups</c>: an online backup of the embedded storage, for city administrators.</summary>
public static class BackupEndpoints
{
    public static void MapBackups(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/admin/backups", async (OnlineBackup backup, CancellationToken ct) =>
            {
                var taken = await backup.TakeAsync(ct);
                return TypedResults.Created($"/api/admin/backups/{Uri.EscapeDataString(Path.GetFileName(taken.Folder))}", taken);
            })
            .RequireAuthorization(AccessPolicies.CityAdministrator)
            .WithTags("Administration")
            .WithSummary("在线备份 · Back up the embedded databases and keys while the platform serves (SQLite; PostgreSQL: 409, use pg_dump)");
}
