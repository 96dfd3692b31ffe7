using CampaignPlatform.Host.Composition;
using CampaignPlatform.Host.Web;

var timeline = new StartupTimeline();
var (command, settings) = HostCommands.Parse(args);
var builder = WebApplication.CreateBuilder(settings);

// `dotnet run` serves the demo city on a fixed local address unless told otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

timeline.Mark("configuration read");
var catalog = ModuleDiscovery.Discover(builder.Configuration, builder.Environment.ContentRootPath);
timeline.Mark("modules discovered");
builder.AddCampaignPlatform(catalog);
timeline.Mark("services registered");

var app = builder.Build();
timeline.Attach(app);
timeline.Mark("host built");
if (command != HostCommand.Serve)
{
    return await HostCommands.RunAsync(app, command);
}

// Preparing the storage, discovering the pages and mapping and building the API touch nothing of each other's, so
// they run side by side; nothing is served until all are done.
var prepared = Task.Run(() => app.PrepareStorageAndModulesAsync());
var pages = app.DiscoverPagesAsync();
timeline.TimeFirstRequest(app);
app.MapCampaignPlatform();
timeline.Mark("endpoints mapped and built");
await Task.WhenAll(prepared, pages);
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
