using System.Data.Common;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Messaging;
using CampaignPlatform.Kernel.Modules;

namespace CampaignPlatform.Host.Storage;

/// <summary>
/// A plain connection to the platform's database, for the host's looks at it on paths that must stay cheap (the start,
/// <c>/health</c>, the outbox dispatcher's polls): going through a module's DbContext, even for its connection, makes EF
/// Core initialise the context and build its model — hundreds of milliseconds per module on a fresh process.
/// </summary>
internal static class PlainStatements
{
    public static async Task<DbConnection> OpenAsync(StorageSettings settings, CancellationToken ct) =>
        await new PlainDataSource(settings).OpenConnectionAsync(ct);

    /// <summary>The storage name of a module's context: making the context (not using it) builds nothing.</summary>
    public static string StorageNameOf(IServiceProvider services, Type contextType) =>
        ((ModuleDbContext)services.GetRequiredService(contextType)).StorageName;

    /// <summary>A module's outbox table, named as <see cref="ModuleDbContext"/> maps it.</summary>
    public static string OutboxOf(StorageSettings settings, string storageName) =>
        settings.Provider == DatabaseProvider.Sqlite
            ? $"\"{storageName}_{OutboxMessage.TableName}\""
            : $"\"{storageName}\".\"{OutboxMessage.TableName}\"";
}
