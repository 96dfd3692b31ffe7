using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Data made before modules had an outbox has every table of a module but that one. It is added (table and index,
/// as the model describes them), so such data starts without being moved aside; any other missing table still stops
/// start-up.
/// </summary>
internal static class OutboxTableUpgrade
{
    /// <summary>Creates the module's outbox table when it is the only one missing; false when something else is missing.</summary>
    public static async Task<bool> TryAddAsync(ModuleDbContext context, IReadOnlyList<string> missingTables, CancellationToken ct)
    {
        var outbox = context.Model.FindEntityType(typeof(OutboxMessage))?.GetTableName();
        if (outbox is null || missingTables.Count != 1 || missingTables[0] != outbox)
        {
            return false;
        }

        var model = context.GetService<IDesignTimeModel>().Model;
        var operations = context.GetService<IMigrationsModelDiffer>()
            .GetDifferences(null, model.GetRelationalModel())
            .Where(o => o is CreateTableOperation t && t.Name == outbox || o is CreateIndexOperation i && i.Table == outbox)
            .ToList();
        var commands = context.GetService<IMigrationsSqlGenerator>().Generate(operations, model);
        await context.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, context.GetService<IRelationalConnection>(), ct);
        return true;
    }
}
