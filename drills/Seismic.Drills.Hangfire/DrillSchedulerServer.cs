using Hangfire;

namespace Seismic.Drills.Hangfire;

/// <summary>
/// A Hangfire server running the drill jobs, hosted without ASP.NET Core: the web app starts it with its own
/// lifetime, <c>seismic worker</c> calls <see cref="RunAsync"/>. Starting registers the per-minute safety net.
/// </summary>
public sealed class DrillSchedulerServer : IDisposable
{
    private readonly JobStorage _storage;
    private readonly DrillSchedulerOptions _options;
    private readonly JobActivator _activator;
    private readonly DrillSchedule _schedule;
    private readonly Lock _gate = new();
    private BackgroundJobServer? _server;

    internal DrillSchedulerServer(JobStorage storage, DrillSchedulerOptions options, JobActivator activator, DrillSchedule schedule)
    {
        _storage = storage;
        _options = options;
        _activator = activator;
        _schedule = schedule;
    }

    /// <summary>True while the server runs.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _server is not null;
            }
        }
    }

    /// <summary>Starts the server (no-op when running).</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_server is not null)
            {
                return;
            }

            _schedule.EnsureSafetyNet();
            _server = new BackgroundJobServer(
                new BackgroundJobServerOptions
                {
                    WorkerCount = _options.WorkerCount,
                    Queues = [.. _options.Queues],
                    SchedulePollingInterval = _options.SchedulePollingInterval,
                    ServerName = _options.ServerName ?? Environment.MachineName,
                    Activator = _activator,
                },
                _storage);
        }
    }

    /// <summary>Runs the server until <paramref name="cancellationToken"/> fires, then stops it gracefully.</summary>
    /// <param name="cancellationToken">Stop request (Ctrl+C, SIGTERM).</param>
    /// <returns>A task completing once the server stopped.</returns>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Start();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // the stop request
        }

        await StopAsync().ConfigureAwait(false);
    }

    /// <summary>Stops the server: running jobs get their cancellation token and are re-queued if they do not finish.</summary>
    /// <returns>A task completing once the server stopped.</returns>
    public async Task StopAsync()
    {
        BackgroundJobServer? server;
        lock (_gate)
        {
            server = _server;
            _server = null;
        }

        if (server is not null)
        {
            server.SendStop();
            await server.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
            server.Dispose();
        }
    }

    /// <summary>Stops the server.</summary>
    public void Dispose() => StopAsync().GetAwaiter().GetResult();
}
