namespace CampaignPlatform.Kernel.Modules;

/// <summary>
/// Work a module does once at start-up after its tables exist, such as seeding the demo city.
/// Run in dependency order (a module after the modules it depends on), each in its own DI scope.
/// Register implementations with <c>services.AddScoped&lt;IModuleInitializer, …&gt;()</c>.
/// </summary>
public interface IModuleInitializer
{
    Task InitializeAsync(CancellationToken cancellationToken);
}
