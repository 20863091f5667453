using Seismic.Drills.Messages;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// Writes a drill inject's messages into the outbox: the volunteers and assistants of the drill's communities, each
/// with their community's shelter and walking time and their personal link, not before the end of quiet hours.
/// </summary>
public sealed class InjectDispatcher
{
    private static readonly RosterRole[] Participants = [RosterRole.Volunteer, RosterRole.Assistant];

    private readonly DrillStores stores;
    private readonly OutboxWriter writer;
    private readonly QuietHours quietHours;
    private readonly TimeProvider time;

    /// <summary>Creates a dispatcher.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="composer">Renders each text.</param>
    /// <param name="quietHours">When drill messages may not go out.</param>
    /// <param name="options">Links and worker settings.</param>
    /// <param name="time">The clock.</param>
    public InjectDispatcher(DrillStores stores, IMessageComposer composer, QuietHours quietHours, DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(quietHours);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.stores = stores;
        this.quietHours = quietHours;
        this.time = time;
        writer = new OutboxWriter(stores, composer, options, time);
    }

    /// <summary>Writes the rows of one inject (idempotent).</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="injectId">The inject; escalations are written by <see cref="EscalationService"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Rows inserted.</returns>
    /// <exception cref="KeyNotFoundException">The drill or inject does not exist.</exception>
    public async Task<int> EnqueueAsync(string drillId, string injectId, CancellationToken cancellationToken = default)
    {
        var plan = await stores.Drills.GetAsync(drillId, cancellationToken).ConfigureAwait(false)
                   ?? throw new KeyNotFoundException($"drill {drillId} does not exist");
        var inject = plan.Injects.FirstOrDefault(i => i.Id == injectId)
                     ?? throw new KeyNotFoundException($"drill {drillId} has no inject {injectId}");
        if (inject.Kind == InjectKind.Escalation)
        {
            throw new ArgumentException($"inject {injectId} of drill {drillId} is an escalation; the escalation service sends it", nameof(injectId));
        }

        var people = await stores.Rosters.ListAsync(plan.Communities, Participants, cancellationToken).ConfigureAwait(false);
        var routes = CommunityRoutes.Summarise(plan.Routes);
        var recipients = people
            .Select(p => OutboxWriter.Context(plan, inject, p, routes.GetValueOrDefault(p.Community), exercise: true))
            .ToList();
        var notBefore = quietHours.NextAllowed(time.GetUtcNow(), inject.Kind);
        return await writer.WriteAsync(DispatchIds.ForInject(drillId, injectId), drillId, recipients, notBefore, cancellationToken).ConfigureAwait(false);
    }
}
