using Hangfire;
using Seismic.Drills.Delivery;

namespace Seismic.Drills.Hangfire.Jobs;

/// <summary>"Escalate drill D's unanswered volunteers at level L": delegates to <see cref="IDrillOperations.EscalateAsync"/>.</summary>
/// <param name="operations">The drill operations.</param>
[Queue(DrillSchedulerOptions.DrillQueue)]
public sealed class EscalationJob(IDrillOperations operations)
{
    /// <summary>Runs the job.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="level">1 (community assistants) or 2 (coordinators).</param>
    /// <param name="cancellationToken">Server shutdown.</param>
    /// <returns>A task.</returns>
    [AutomaticRetry(Attempts = 10)]
    public Task RunAsync(string drillId, int level, CancellationToken cancellationToken) =>
        operations.EscalateAsync(drillId, level, cancellationToken);
}
