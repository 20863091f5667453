using Hangfire;
using Seismic.Drills.Delivery;

namespace Seismic.Drills.Hangfire.Jobs;

/// <summary>"Process the outbox (of dispatch X)": delegates to <see cref="IDrillOperations.ProcessOutboxAsync"/>;
/// rows are claimed atomically, so any number of concurrent or repeated runs send each row once.</summary>
/// <param name="operations">The drill operations.</param>
[Queue(DrillSchedulerOptions.DrillQueue)]
public sealed class ProcessOutboxJob(IDrillOperations operations)
{
    /// <summary>Runs the job.</summary>
    /// <param name="dispatchId">Only this dispatch's rows; null for every due row.</param>
    /// <param name="cancellationToken">Server shutdown.</param>
    /// <returns>The number of messages this run sent.</returns>
    [AutomaticRetry(Attempts = 10)]
    public Task<int> RunAsync(string? dispatchId, CancellationToken cancellationToken) =>
        operations.ProcessOutboxAsync(dispatchId, cancellationToken);
}
