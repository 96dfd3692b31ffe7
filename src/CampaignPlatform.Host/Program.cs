using CampaignPlatform.Host.Composition;

var builder = WebApplication.CreateBuilder(args);

// `dotnet run` serves the demo city on a fixed local address unless told otherwise.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
{
    builder.WebHost.UseUrls("http://127.0.0.1:5080");
}

var catalog = ModuleDiscovery.Discover(builder.Configuration, builder.Environment.ContentRootPath);
builder.AddCampaignPlatform(catalog);

var app = builder.Build();
await app.PrepareStorageAndModulesAsync();
app.MapCampaignPlatform();
await app.RunAsync();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
