using System.Reflection;
using CampaignPlatform.Host.Composition;
using CampaignPlatform.Host.Storage;
using CampaignPlatform.Kernel.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Scaffolds a module's next migration for both providers, from the module's model as the host builds it:
//   add <Module> <MigrationName>   e.g. add Hygiene AddSiteCapacity (Host for the host's own tables)
//   list                           the module names this tool knows
// Run from the repository's root (build/add-migration.sh does).
if (args is ["list"])
{
    using var app = MigrationHost.Build("Postgres");
    foreach (var context in app.Services.GetRequiredService<PlatformStorage>().ContextTypes)
    {
        Console.WriteLine($"{MigrationHost.ModuleName(context),-24} {context.FullName}");
    }

    return 0;
}

if (args is not ["add", var module, var name])
{
    Console.Error.WriteLine("usage: add <Module> <MigrationName> | list");
    return 2;
}

var scaffolded = 0;
foreach (var provider in new[] { "Sqlite", "Postgres" })
{
    using var app = MigrationHost.Build(provider);
    var contextType = app.Services.GetRequiredService<PlatformStorage>().ContextTypes
        .SingleOrDefault(t => string.Equals(MigrationHost.ModuleName(t), module, StringComparison.OrdinalIgnoreCase));
    if (contextType is null)
    {
        continue; // the host keeps its key ring in the database on PostgreSQL only
    }

    using var scope = app.Services.CreateScope();
    var context = (DbContext)scope.ServiceProvider.GetRequiredService(contextType);
    var scaffolder = DesignTime.Services(context).GetRequiredService<IMigrationsScaffolder>();
    var root = contextType.Assembly.GetName().Name!;
    var folder = (contextType.Namespace!.Length > root.Length ? contextType.Namespace[(root.Length + 1)..] + "." : "") + "Migrations." + provider;
    var projectDirectory = MigrationHost.ProjectDirectoryOf(contextType.Assembly);
    var migration = scaffolder.ScaffoldMigration(name, root, folder, "C#");
    // Written here rather than by the scaffolder's Save, which puts the snapshot wherever it finds a file of its name:
    // both providers' snapshots have the same name.
    var directory = Path.Combine(projectDirectory, folder.Replace('.', Path.DirectorySeparatorChar));
    Directory.CreateDirectory(directory);
    var file = Path.Combine(directory, migration.MigrationId + migration.FileExtension);
    File.WriteAllText(file, migration.MigrationCode);
    File.WriteAllText(Path.Combine(directory, migration.MigrationId + ".Designer" + migration.FileExtension), migration.MetadataCode);
    File.WriteAllText(Path.Combine(directory, migration.SnapshotName + migration.FileExtension), migration.SnapshotCode);
    Console.WriteLine($"{provider}: {Path.GetRelativePath(Environment.CurrentDirectory, file)}");
    scaffolded++;
}

if (scaffolded == 0)
{
    Console.Error.WriteLine($"No module named {module}; `list` shows them.");
    return 2;
}

return 0;

/// <summary>The platform built as the host builds it for one provider, not started: only its contexts are used.</summary>
internal static class MigrationHost
{
    public static WebApplication Build(string provider)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider,
            // Scaffolding reads the model only; nothing is opened.
            ["ConnectionStrings:Campaign"] = provider == "Sqlite" ? "Data Source=:memory:" : "Host=localhost;Database=scaffolding",
            ["Storage:DataDirectory"] = Path.Combine(Path.GetTempPath(), "campaign-migrations"),
            ["Demo:Seed"] = "false",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddCampaignPlatform(ModuleDiscovery.Discover(builder.Configuration, builder.Environment.ContentRootPath));
        return builder.Build();
    }

    /// <summary>What `add` takes: the last part of the context's assembly name (Hygiene, DemonstrationCreation, Host, Sample).</summary>
    public static string ModuleName(Type context) => context.Assembly.GetName().Name!.Split('.')[^1];

    /// <summary>The folder of the project that builds <paramref name="assembly"/>, found under the repository's root.</summary>
    public static string ProjectDirectoryOf(Assembly assembly)
    {
        var file = assembly.GetName().Name + ".csproj";
        var found = new[] { "src", "modules", "tests" }
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, file, SearchOption.AllDirectories))
            .ToList();
        return found is [var project]
            ? Path.GetFullPath(Path.GetDirectoryName(project)!)
            : throw new InvalidOperationException($"Expected one {file} under src/, modules/ or tests/ of {Environment.CurrentDirectory}, found {found.Count}.");
    }
}

/// <summary>EF Core's design-time services for a context, with its provider's, as the dotnet-ef tool assembles them.</summary>
internal static class DesignTime
{
    public static IServiceProvider Services(DbContext context)
    {
        var services = new ServiceCollection();
        services.AddEntityFrameworkDesignTimeServices();
        services.AddDbContextDesignTimeServices(context);
        var providerAssembly = Assembly.Load(new AssemblyName(context.Database.ProviderName!)); // a provider is named after its assembly
        var providerServices = providerAssembly.GetCustomAttribute<DesignTimeProviderServicesAttribute>()
            ?? throw new InvalidOperationException($"{providerAssembly.GetName().Name} has no design-time services.");
        var designTimeType = providerAssembly.GetType(providerServices.TypeName, throwOnError: true)!;
        ((IDesignTimeServices)Activator.CreateInstance(designTimeType)!).ConfigureDesignTimeServices(services);
        return services.BuildServiceProvider();
    }
}
