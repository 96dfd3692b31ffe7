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
/// aside. Columns a table that exists gained are added by <see cref="MissingColumns"/>, indexes by <see cref="MissingIndexes"/>.
/// </summary>
internal static class MissingTables
{
    public static Task AddAsync(ModuleDbContext context, IReadOnlyCollection<string> missing, CancellationToken ct) =>
        CreateFromModelAsync(context, o => o is CreateTableOperation t && missing.Contains(t.Name) || o is CreateIndexOperation i && missing.Contains(i.Table), ct);

    /// <summary>Each entity type stored in a table, with the table as the catalogue names it: (schema, name), no schema on SQLite.</summary>
    public static IEnumerable<(string? Schema, string Table, IEntityType Entity)> TablesOf(ModuleDbContext context)
    {
        var sqlite = context.Database.ProviderName == ModuleDbContext.SqliteProviderName;
        return context.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null)
            .Select(e => (sqlite ? null : e.GetSchema() ?? "public", e.GetTableName()!, e));
    }

    /// <summary>Runs the operations, among those that would create the model from nothing, that <paramref name="which"/> picks.</summary>
    public static Task CreateFromModelAsync(ModuleDbContext context, Func<MigrationOperation, bool> which, CancellationToken ct) =>
        RunFromModelAsync(context, operations => operations.Where(which), ct);

    /// <summary>Runs what <paramref name="pick"/> makes of the operations that would create the model from nothing.</summary>
    public static async Task RunFromModelAsync(
        ModuleDbContext context, Func<IEnumerable<MigrationOperation>, IEnumerable<MigrationOperation>> pick, CancellationToken ct)
    {
        var model = context.GetService<IDesignTimeModel>().Model;
        var operations = pick(context.GetService<IMigrationsModelDiffer>().GetDifferences(null, model.GetRelationalModel())).ToList();
        var commands = context.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        await context.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, context.GetService<IRelationalConnection>(), ct);
    }
}
