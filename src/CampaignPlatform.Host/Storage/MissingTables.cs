using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Data made by an earlier version lacks the tables a module gained since (its outbox, enforcement's case counters):
/// those are added whole, with their indexes, as the model describes them, so such data starts without being moved
/// aside. Tables that exist are never altered — a column added to one still needs a fresh data directory.
/// </summary>
internal static class MissingTables
{
    public static Task AddAsync(ModuleDbContext context, IReadOnlyCollection<string> missing, CancellationToken ct) =>
        CreateFromModelAsync(context, o => o is CreateTableOperation t && missing.Contains(t.Name) || o is CreateIndexOperation i && missing.Contains(i.Table), ct);

    /// <summary>Runs the operations, among those that would create the model from nothing, that <paramref name="which"/> picks.</summary>
    public static async Task CreateFromModelAsync(ModuleDbContext context, Func<MigrationOperation, bool> which, CancellationToken ct)
    {
        var model = context.GetService<IDesignTimeModel>().Model;
        var operations = context.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel()).Where(which).ToList();
        var commands = context.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        await context.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, context.GetService<IRelationalConnection>(), ct);
    }
}
