using System.Globalization;
using System.Text.RegularExpressions;
using CampaignPlatform.Kernel.Assessment;
using CampaignPlatform.Kernel.Errors;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Townships;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.Testing.Conformance;

/// <summary>
/// What every campaign module must honour, checked on the real host with the demo city. A module's tests use it with
/// one line: <c>[Collection("host")] public sealed class HygieneConformance : ModuleConformance&lt;HygieneModule&gt;;</c>
/// (the collection keeps hosts from starting in parallel: Hangfire's configuration is process-wide).
/// </summary>
public abstract partial class ModuleConformance<TModule> : IDisposable
    where TModule : IModule, new()
{
    private readonly PlatformFactory _factory = new();
    private readonly HttpClient _client;
    private readonly TModule _module = new();

    protected ModuleConformance() => _client = _factory.CreateClient();

    private ModuleManifest Manifest => _module.Manifest;

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Manifest_is_valid_and_the_module_is_installed_with_its_dependencies()
    {
        Assert.True(ModuleManifest.IsValidId(Manifest.Id), $"id '{Manifest.Id}' is kebab-case");
        Assert.True(Chinese().IsMatch(Manifest.NameZh), $"NameZh '{Manifest.NameZh}' is a Chinese name");
        Assert.False(string.IsNullOrWhiteSpace(Manifest.NameEn), "NameEn is given");
        Assert.False(string.IsNullOrWhiteSpace(Manifest.Description), "Description is given");
        Assert.True(SemanticVersion().IsMatch(Manifest.Version), $"version '{Manifest.Version}' is major.minor.patch");
        Assert.DoesNotContain(Manifest.Id, Manifest.DependsOn);

        var installed = (await _client.GetJson("/api/modules")).EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToList();
        Assert.Contains(Manifest.Id, installed);
        Assert.All(Manifest.DependsOn, dependency => Assert.Contains(dependency, installed));
    }

    [Fact]
    public void Every_command_has_a_validator()
    {
        using var scope = _factory.Services.CreateScope();
        var missing = ModuleRequests.Commands(typeof(TModule).Assembly)
            .Where(command => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(command)) is null)
            .Select(command => command.Name)
            .ToList();
        Assert.True(missing.Count == 0, $"commands without a registered validator: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Every_township_scoped_command_is_refused_where_the_module_is_off_and_writes_nothing()
    {
        if (Manifest.IsCore)
        {
            return; // a core module is on everywhere: there is no township to refuse in
        }

        var township = (await _client.GetJson("/api/org/townships"))[0].GetProperty("id").GetGuid();
        var village = (await _client.GetJson($"/api/org/townships/{township}/villages"))[0].GetProperty("id").GetGuid();
        using (var off = await _client.PutJson($"/api/townships/{township}/modules/{Manifest.Id}", new { enabled = false }))
        {
            Assert.True(off.IsSuccessStatusCode, $"switching {Manifest.Id} off: {(int)off.StatusCode} {await off.Content.ReadAsStringAsync()}");
        }

        var commands = ModuleRequests.Commands(typeof(TModule).Assembly)
            .Where(t => typeof(ITownshipScoped).IsAssignableFrom(t) || typeof(IVillageScoped).IsAssignableFrom(t))
            .ToList();
        var before = await StoreRows.CountAsync(_factory.Services);
        var failures = new List<string>();
        foreach (var command in commands)
        {
            var request = typeof(ITownshipScoped).IsAssignableFrom(command)
                ? ModuleRequests.WithOnly(command, nameof(ITownshipScoped.TownshipId), township)
                : ModuleRequests.WithOnly(command, nameof(IVillageScoped.VillageId), village);
            using var scope = _factory.Services.CreateScope();
            try
            {
                await ModuleRequests.SendAsync(scope.ServiceProvider.GetRequiredService<IMediator>(), request);
                failures.Add($"{command.Name} was carried out");
            }
            catch (ModuleDisabledException refused) when (Equals(refused.Extensions["moduleId"], Manifest.Id))
            {
            }
            catch (Exception other)
            {
                failures.Add($"{command.Name} failed with {other.GetType().Name} ({other.Message}) instead of being refused");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Empty(StoreRows.Changed(before, await StoreRows.CountAsync(_factory.Services)));
    }

    [Fact]
    public async Task Every_recurring_check_run_twice_in_a_row_creates_nothing_twice()
    {
        foreach (var check in _module.RecurringChecks)
        {
            await Checks.RunAndWait(_client, check.Id);
            var afterFirst = await StoreRows.CountAsync(_factory.Services);
            await Checks.RunAndWait(_client, check.Id);
            var changed = StoreRows.Changed(afterFirst, await StoreRows.CountAsync(_factory.Services));
            Assert.True(changed.Count == 0, $"{check.Id} run again wrote more: {string.Join("; ", changed)}");
        }
    }

    [Fact]
    public async Task Score_contributions_never_exceed_their_possible_points()
    {
        var townships = (await _client.GetJson("/api/org/townships")).EnumerateArray().Select(t => (Guid?)t.GetProperty("id").GetGuid());
        var period = ScorePeriod.ForYear(DateTime.UtcNow.Year);
        using var scope = _factory.Services.CreateScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var township in townships.Append(null))
        {
            var collect = new CollectScoreContributions(period, township);
            await mediator.Publish(collect);
            foreach (var line in collect.Lines.Where(l => l.ModuleId == Manifest.Id))
            {
                var where = $"{line.LineKey} for {township?.ToString() ?? "the city"}";
                Assert.True(line.PointsPossible >= 0, $"{where}: {line.PointsPossible} possible");
                Assert.True(line.PointsEarned >= 0 && line.PointsEarned <= line.PointsPossible,
                    $"{where}: {line.PointsEarned.ToString(CultureInfo.InvariantCulture)} earned of {line.PointsPossible.ToString(CultureInfo.InvariantCulture)}");
            }
        }
    }

    [Fact]
    public async Task Every_endpoint_appears_in_the_OpenAPI_document()
    {
        var mapped = ModuleEndpoints.Of(_factory.Services.GetRequiredService<EndpointDataSource>(), typeof(TModule).Assembly);
        Assert.NotEmpty(mapped);
        var documented = ModuleEndpoints.InDocument(await _client.GetJson("/openapi/v1.json"));
        var undocumented = mapped.Where(e => !documented.Contains(e)).ToList();
        Assert.True(undocumented.Count == 0, $"endpoints missing from the OpenAPI document: {string.Join(", ", undocumented)}");
    }

    [Fact]
    public void Every_change_to_the_model_is_carried_by_a_migration_on_both_providers()
    {
        var contexts = ModelMigrations.ContextsOf(typeof(TModule).Assembly);
        var uncarried = ModelMigrations.Uncarried(contexts);
        Assert.True(uncarried.Count == 0, string.Join("\n", uncarried));
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemanticVersion();
}
