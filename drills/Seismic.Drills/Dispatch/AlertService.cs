using Seismic.Drills.Messages;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// Real alerts: every roster person of the chosen communities, at once — quiet hours never apply and the text carries no
/// exercise marker. Each message has the person's acknowledgement link, so "safe" and "need help" answers are counted.
/// </summary>
public sealed class AlertService
{
    private readonly DrillStores stores;
    private readonly OutboxWriter writer;

    /// <summary>Creates the service.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="composer">Renders each text.</param>
    /// <param name="options">Links and worker settings.</param>
    /// <param name="time">The clock.</param>
    public AlertService(DrillStores stores, IMessageComposer composer, DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.stores = stores;
        writer = new OutboxWriter(stores, composer, options, time);
    }

    /// <summary>Writes the alert's rows (idempotent by alert id).</summary>
    /// <param name="alert">The alert.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The dispatch id and the rows inserted.</returns>
    public async Task<(string DispatchId, int Inserted)> EnqueueAsync(RealAlert alert, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(alert);
        if (alert.Communities.Count == 0)
        {
            throw new ArgumentException("a real alert needs at least one community", nameof(alert));
        }

        var people = await stores.Rosters.ListAsync(alert.Communities, null, cancellationToken).ConfigureAwait(false);
        var inject = new DrillInject("alert", InjectKind.RealAlert, TimeSpan.Zero, "real-alert", "acknowledge: safe or need help", null);
        var dispatchId = DispatchIds.ForAlert(alert.Id);
        var recipients = people
            .Select(p => new MessageContext(null, inject, p, null, null, false, [], alert.Headline + " " + alert.Text))
            .ToList();
        var inserted = await writer.WriteAsync(dispatchId, dispatchId, recipients, alert.IssuedAt, cancellationToken).ConfigureAwait(false);
        return (dispatchId, inserted);
    }
}
