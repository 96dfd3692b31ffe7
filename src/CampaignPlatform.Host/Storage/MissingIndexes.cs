using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Data made by an earlier version lacks the indexes a module gained since on tables it already had (enforcement's
/// index on the cases' deadlines, say): those are made as the model describes them, so a feature that reads by one is
/// as fast on old data as on new. Names are compared against the catalogue, so a start on current data asks nothing
/// of EF's migrations machinery. A unique index the old rows break stops the start with the database's own error,
/// rather than letting the platform run on a promise its data does not keep.
/// </summary>
internal static class MissingIndexes
{
    public static async Task AddAsync(ModuleDbContext context, ExistingSchema existing, ILogger logger, CancellationToken ct)
    {
        var missing = MissingTables.TablesOf(context)
            .SelectMany(t => t.Entity.GetIndexes(), (t, index) => (t.Schema, t.Table, Name: index.GetDatabaseName()!))
            .Where(i => existing.Tables.Contains((i.Schema, i.Table)) && !existing.Indexes.Contains((i.Schema, i.Name)))
            .Select(i => i.Name)
            .ToHashSet();
        if (missing.Count == 0)
        {
            return;
        }

        await MissingTables.CreateFromModelAsync(context, o => o is CreateIndexOperation i && missing.Contains(i.Name), ct);
        logger.LogInformation("Added the indexes {Indexes} of {Context}, new since the data was created", string.Join(", ", missing.Order()), context.GetType().Name);
    }
}
