using System.Text.Json.Serialization;
using CampaignPlatform.Kernel.Checks;
using CampaignPlatform.Kernel.Data;
using CampaignPlatform.Kernel.Modules;
using CampaignPlatform.Kernel.Townships;
using FluentValidation;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampaignPlatform.TestModules.Sample;

/// <summary>A test-only campaign module: records per township, and a check that marks each township it visits once a day.</summary>
public sealed class SampleModule : IModule
{
    public ModuleManifest Manifest { get; } = new("sample", "示例模块", "Sample", "1.0.0", "Test-only campaign module.", []);

    public void ConfigureServices(IServiceCollection services, IModuleStorage storage) => storage.AddDbContext<SampleDbContext>(services);

    public void MapEndpoints(IEndpointRouteBuilder api)
    {
        api.MapPost("/townships/{townshipId:guid}/records", async (Guid townshipId, RecordSample body, IMediator mediator, CancellationToken ct) =>
            TypedResults.Created("/api/sample/records", await mediator.Send(body with { TownshipId = townshipId }, ct)));
        api.MapGet("/records", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new CountSamples(), ct)));
        // Stands in for a bug: lets the tests see what an unhandled exception looks like from outside.
        api.MapGet("/fail", string () => throw new InvalidOperationException("secret internal detail"));
        SampleProblems.Map(api);
        SampleVillageQuery.Map(api);
        api.MapGet("/marks", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListMarks(), ct)));
    }

    public IEnumerable<RecurringCheck> RecurringChecks =>
    [
        RecurringCheck.Create<MarkTownships>("sample.mark-townships", "0 3 * * *", "示例检查", "Marks each township where the module is on, once a day."),
        RecurringCheck.Create<SlowSweep>("sample.slow-sweep", "0 4 1 1 *", "示例慢检查", "Takes Sample:SlowSweepSeconds to finish: a job long enough to kill its host in the middle of."),
    ];
}

/// <summary>
/// Version 2 of the module's record (migration <c>NamesPrioritiesAndNotes</c>): <c>Title</c> became <c>Name</c>,
/// <c>Priority</c> went from text to a number, and the free-text <c>Note</c> moved into a table of its own.
/// </summary>
public sealed class SampleRecord
{
    public Guid Id { get; set; }
    public Guid TownshipId { get; set; }
    public required string Name { get; set; }
    public int? Priority { get; set; }
}

public sealed class SampleRecordNote
{
    public Guid RecordId { get; set; }
    public required string Text { get; set; }
}

public sealed class SampleMark
{
    public Guid TownshipId { get; set; }
    public DateOnly Day { get; set; }
}

public sealed class SampleDbContext(DbContextOptions<SampleDbContext> options) : ModuleDbContext(options, "sample")
{
    public DbSet<SampleRecord> Records => Set<SampleRecord>();
    public DbSet<SampleMark> Marks => Set<SampleMark>();
    public DbSet<SampleRecordNote> Notes => Set<SampleRecordNote>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SampleRecord>().ToTable("records");
        modelBuilder.Entity<SampleMark>().ToTable("marks").HasKey(m => new { m.TownshipId, m.Day });
        modelBuilder.Entity<SampleRecordNote>().ToTable("record_notes").HasKey(n => n.RecordId);
    }
}

public sealed record RecordSample(string? Title) : ITownshipScoped, IRequest<SampleRecord>
{
    [JsonIgnore]
    public Guid TownshipId { get; init; }
}

public sealed class RecordSampleValidator : AbstractValidator<RecordSample>
{
    public RecordSampleValidator() => RuleFor(r => r.Title).NotEmpty().MaximumLength(20);
}

public sealed class RecordSampleHandler(SampleDbContext db) : IRequestHandler<RecordSample, SampleRecord>
{
    public async Task<SampleRecord> Handle(RecordSample request, CancellationToken cancellationToken)
    {
        var record = new SampleRecord { Id = Guid.NewGuid(), TownshipId = request.TownshipId, Name = request.Title! };
        db.Records.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }
}

public sealed record CountSamples : IRequest<int>;

public sealed class CountSamplesHandler(SampleDbContext db) : IRequestHandler<CountSamples, int>
{
    public Task<int> Handle(CountSamples request, CancellationToken cancellationToken) => db.Records.CountAsync(cancellationToken);
}

public sealed record ListMarks : IRequest<List<SampleMark>>;

public sealed class ListMarksHandler(SampleDbContext db) : IRequestHandler<ListMarks, List<SampleMark>>
{
    public Task<List<SampleMark>> Handle(ListMarks request, CancellationToken cancellationToken) => db.Marks.AsNoTracking().ToListAsync(cancellationToken);
}

public sealed record SlowSweep : CheckRequest;

/// <summary>Also fails the first <c>Sample:SlowSweepFailures</c> attempts of each run: a check that recovers on a retry.</summary>
public sealed class SlowSweepHandler(IConfiguration configuration) : IRequestHandler<SlowSweep, CheckOutcome>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, int> AttemptsPerRun = new();

    public async Task<CheckOutcome> Handle(SlowSweep request, CancellationToken cancellationToken)
    {
        var attempt = AttemptsPerRun.AddOrUpdate(request.Run.RunId, 1, (_, previous) => previous + 1);
        if (attempt <= configuration.GetValue("Sample:SlowSweepFailures", 0))
        {
            throw new InvalidOperationException($"sweep attempt {attempt} lost its database");
        }

        var seconds = configuration.GetValue("Sample:SlowSweepSeconds", 0.0);
        await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        return new CheckOutcome(request.Run.Townships.Count, 0, $"swept for {seconds} s");
    }
}

public sealed record MarkTownships : CheckRequest;

/// <summary>Set-based and idempotent: one mark per township and day, however often it runs.</summary>
public sealed class MarkTownshipsHandler(SampleDbContext db) : IRequestHandler<MarkTownships, CheckOutcome>
{
    public async Task<CheckOutcome> Handle(MarkTownships request, CancellationToken cancellationToken)
    {
        var day = DateOnly.FromDateTime(request.Run.StartedAt.UtcDateTime);
        var townships = request.Run.Townships.ToList();
        var marked = await db.Marks.Where(m => m.Day == day && townships.Contains(m.TownshipId)).Select(m => m.TownshipId).ToListAsync(cancellationToken);
        var fresh = townships.Except(marked).Select(t => new SampleMark { TownshipId = t, Day = day }).ToList();
        db.Marks.AddRange(fresh);
        await db.SaveChangesAsync(cancellationToken);
        return new CheckOutcome(townships.Count, fresh.Count, $"{fresh.Count} townships marked");
    }
}
