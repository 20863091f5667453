namespace Seismic.Drills.Delivery;

/// <summary>
/// The units of work the scheduler runs. Every operation is idempotent: a job that runs twice (a retry, an expired
/// invisibility timeout, a crash and restart) sends nobody a second message.
/// </summary>
public interface IDrillOperations
{
    /// <summary>Materialises one inject of a drill into outbox rows (one per recipient, keyed) and processes them.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="injectId">The inject.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task DispatchInjectAsync(string drillId, string injectId, CancellationToken cancellationToken = default);

    /// <summary>Claims and sends pending outbox rows until none is due.</summary>
    /// <param name="dispatchId">Only this dispatch's rows; null for all.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The number of messages this call sent.</returns>
    Task<int> ProcessOutboxAsync(string? dispatchId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Escalates a drill's unanswered volunteers: level 1 to their community's assistants, level 2 to the coordinators.
    /// </summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="level">1 or 2.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>A task.</returns>
    Task EscalateAsync(string drillId, int level, CancellationToken cancellationToken = default);
}
