using CampaignPlatform.Kernel.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// Data made by an earlier version lacks the columns a module gained since on tables it already had (the facility state
/// hygiene keeps beside each site's latest check, say): those are added as the model describes them, empty, and the
/// module's start-up back-fill fills them from its own rows. Names are compared against the catalogue, as for indexes.
/// A new required column with no default cannot be added to rows that exist, so it stops the start naming the column:
/// such a column is declared nullable (null until the back-fill) or with a default.
/// </summary>
internal static class MissingColumns
{
    public static async Task AddAsync(ModuleDbContext context, ExistingSchema existing, ILogger logger, CancellationToken ct)
    {
        var missing = MissingTables.TablesOf(context)
            .Where(t => existing.Tables.Contains((t.Schema, t.Table)))
            .SelectMany(
                t => t.Entity.GetProperties().Select(p => p.GetColumnName(StoreObjectIdentifier.Table(t.Table, t.Entity.GetSchema()))),
                (t, column) => (t.Schema, t.Table, Column: column!))
            .Where(c => c.Column is not null && !existing.Columns.Contains(c))
            .Select(c => (c.Table, c.Column))
            .ToHashSet();
        if (missing.Count == 0)
        {
            return;
        }

        // The columns as the model would create them with their tables, added alone to the tables that exist.
        await MissingTables.RunFromModelAsync(context, operations => operations.OfType<CreateTableOperation>()
            .SelectMany(t => t.Columns.Where(c => missing.Contains((t.Name, c.Name))))
            .Select(Addable), ct);
        logger.LogInformation("Added the columns {Columns} of {Context}, new since the data was created",
            string.Join(", ", missing.Select(c => $"{c.Table}.{c.Column}").Order()), context.GetType().Name);
    }

    private static AddColumnOperation Addable(AddColumnOperation column) =>
        column.IsNullable || column.DefaultValue is not null || column.DefaultValueSql is not null || column.ComputedColumnSql is not null
            ? column
            : throw new InvalidOperationException(
                $"The column {column.Table}.{column.Name} is new and required with no default: existing rows cannot have it. Make it nullable or give it a default.");
}
