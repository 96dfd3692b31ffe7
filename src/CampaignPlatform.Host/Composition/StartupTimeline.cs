using System.Diagnostics;

namespace CampaignPlatform.Host.Composition;

/// <summary>
/// Where a start spends its time: each phase is logged at Debug under <c>CampaignPlatform.Startup</c> with the
/// milliseconds since the process started (which includes the runtime's own start, as the wall clock to the first 200
/// does). Phases before the host is built have no logger yet; they are kept and logged once <see cref="Attach"/> gives one.
/// Each line also gives the processor time so far and what the JIT compiled: a ReadyToRun host still compiles thousands
/// of methods before its first 200 (generic code over its own value types, the serializer's emitted accessors), and the
/// wall clock alone hides where the processor time goes when other work shares the cores.
/// </summary>
public sealed class StartupTimeline
{
    public const string Category = "CampaignPlatform.Startup";

    private static readonly DateTime ProcessStarted = Process.GetCurrentProcess().StartTime;

    private readonly List<(string Phase, Moment At)> _early = [];
    private ILogger? _logger;
    private int _firstRequest;

    public static double SinceProcessStart() => (DateTime.Now - ProcessStarted).TotalMilliseconds;

    public void Mark(string phase)
    {
        if (_logger is null)
        {
            _early.Add((phase, Moment.Now()));
            return;
        }

        if (_logger.IsEnabled(LogLevel.Debug))
        {
            Log(_logger, phase, Moment.Now());
        }
    }

    public void Attach(WebApplication app)
    {
        _logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        foreach (var (phase, at) in _early)
        {
            Log(_logger, phase, at);
        }

        _early.Clear();
        app.Lifetime.ApplicationStarted.Register(() => Mark("listening"));
    }

    /// <summary>
    /// Marks when the first request arrives and when its answer is done; every later request passes straight through.
    /// Only when the timeline is logged at all: otherwise every request would pay for a step that logs nothing.
    /// </summary>
    public void TimeFirstRequest(WebApplication app)
    {
        if (_logger?.IsEnabled(LogLevel.Debug) == true)
        {
            app.Use(TimeFirst);
        }
    }

    private async Task TimeFirst(HttpContext context, RequestDelegate next)
    {
        if (Interlocked.Exchange(ref _firstRequest, 1) == 1)
        {
            await next(context);
            return;
        }

        Mark($"first request ({context.Request.Path}) arrived");
        await next(context);
        Mark($"first request answered {context.Response.StatusCode}");
    }

    private static void Log(ILogger logger, string phase, Moment at) =>
        logger.LogDebug(
            "Start-up: {Phase} {Elapsed:0} ms after the process started ({Processor:0} ms of processor time; {Jitted} methods compiled by the JIT in {JitTime:0} ms)",
            phase, at.Elapsed, at.Processor, at.Jitted, at.JitTime);

    /// <summary>Where the process stands at a mark: wall time since it started, processor time, and the JIT's work so far.</summary>
    private readonly record struct Moment(double Elapsed, double Processor, long Jitted, double JitTime)
    {
        public static Moment Now()
        {
            using var process = Process.GetCurrentProcess();
            return new Moment(
                SinceProcessStart(), process.TotalProcessorTime.TotalMilliseconds,
                System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
        }
    }
}
