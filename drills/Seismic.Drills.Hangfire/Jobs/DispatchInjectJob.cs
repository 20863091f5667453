using Hangfire;
using Seismic.Drills.Delivery;

namespace Seismic.Drills.Hangfire.Jobs;

/// <summary>"Send inject X of drill D": delegates to <see cref="IDrillOperations.DispatchInjectAsync"/>, which is
/// idempotent, so a retry or a second run after a crash sends nobody a second message.</summary>
/// <param name="operations">The drill operations.</param>
[Queue(DrillSchedulerOptions.DrillQueue)]
public sealed class DispatchInjectJob(IDrillOperations operations)
{
    /// <summary>Runs the job.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="injectId">The inject.</param>
    /// <param name="cancellationToken">Server shutdown.</param>
    /// <returns>A task.</returns>
    [AutomaticRetry(Attempts = 10)]
    public Task RunAsync(string drillId, string injectId, CancellationToken cancellationToken) =>
        operations.DispatchInjectAsync(drillId, injectId, cancellationToken);
}
