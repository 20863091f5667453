using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Seismic.Drills.Delivery;
using Seismic.Drills.Hangfire;

namespace Seismic.Drills.Storage.Tests.Scheduler;

/// <summary>One scheduler "process": a container with the scheduler, recording operations and optionally the drill stores.</summary>
public sealed class SchedulerHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public SchedulerHost(SchedulerStorage storage, RecordingOperations operations, DrillsStorage? drills = null, int workers = 4)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IDrillOperations>(operations);
        if (drills is not null)
        {
            services.AddSingleton(drills.Drills);
        }

        services.AddSeismicDrillsScheduler(new DrillSchedulerOptions { Storage = storage, WorkerCount = workers });
        _provider = services.BuildServiceProvider();
    }

    public DrillSchedule Schedule => _provider.GetRequiredService<DrillSchedule>();

    public DrillSchedulerServer Server => _provider.GetRequiredService<DrillSchedulerServer>();

    public JobStorage Storage => _provider.GetRequiredService<JobStorage>();

    public void Dispose()
    {
        // The server first, so no worker touches the storage while the container disposes it.
        Server.Dispose();
        _provider.Dispose();
    }
}
