using Seismic.Drills.Delivery;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// The scheduler's units of work over the domain services. Each writes its rows idempotently and then works the outbox,
/// so a job that runs twice sends nothing twice.
/// </summary>
public sealed class DrillOperations : IDrillOperations
{
    private readonly DrillStores stores;
    private readonly InjectDispatcher injects;
    private readonly EscalationService escalations;
    private readonly OutboxProcessor processor;

    /// <summary>Creates the operations.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="injects">Writes drill injects.</param>
    /// <param name="escalations">Writes escalations.</param>
    /// <param name="processor">Works the outbox.</param>
    public DrillOperations(DrillStores stores, InjectDispatcher injects, EscalationService escalations, OutboxProcessor processor)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(injects);
        ArgumentNullException.ThrowIfNull(escalations);
        ArgumentNullException.ThrowIfNull(processor);
        this.stores = stores;
        this.injects = injects;
        this.escalations = escalations;
        this.processor = processor;
    }

    /// <inheritdoc />
    public async Task DispatchInjectAsync(string drillId, string injectId, CancellationToken cancellationToken = default)
    {
        var plan = await stores.Drills.GetAsync(drillId, cancellationToken).ConfigureAwait(false)
                   ?? throw new KeyNotFoundException($"drill {drillId} does not exist");
        var inject = plan.Injects.FirstOrDefault(i => i.Id == injectId)
                     ?? throw new KeyNotFoundException($"drill {drillId} has no inject {injectId}");
        if (inject.Kind == InjectKind.Escalation)
        {
            var level = plan.Injects.Where(i => i.Kind == InjectKind.Escalation).OrderBy(i => i.Offset).ToList().IndexOf(inject) + 1;
            await EscalateAsync(drillId, Math.Min(level, 2), cancellationToken).ConfigureAwait(false);
            return;
        }

        await injects.EnqueueAsync(drillId, injectId, cancellationToken).ConfigureAwait(false);
        await processor.ProcessAsync(DispatchIds.ForInject(drillId, injectId), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<int> ProcessOutboxAsync(string? dispatchId, CancellationToken cancellationToken = default) =>
        processor.ProcessAsync(dispatchId, cancellationToken);

    /// <inheritdoc />
    public async Task EscalateAsync(string drillId, int level, CancellationToken cancellationToken = default)
    {
        await escalations.EnqueueAsync(drillId, level, cancellationToken).ConfigureAwait(false);
        await processor.ProcessAsync(EscalationService.DispatchId(drillId, level), cancellationToken).ConfigureAwait(false);
    }
}
