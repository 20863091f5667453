using System.Globalization;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;

namespace Seismic.Cli.Drills;

/// <summary>
/// Runs a drill's master scenario events list at once, in order: each inject is written, sent and settled (callbacks
/// and replies in), then the next; escalations find whoever has not answered by then.
/// </summary>
internal static class DrillExercise
{
    /// <summary>Runs every inject.</summary>
    /// <param name="services">The composed domain.</param>
    /// <param name="plan">The drill.</param>
    /// <param name="settle">Waits for callbacks and replies after each inject.</param>
    /// <param name="log">Progress lines.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    public static async Task RunAsync(
        DrillServices services, DrillPlan plan, Func<DrillInject, CancellationToken, Task> settle, TextWriter log, CancellationToken cancellationToken)
    {
        var escalation = 0;
        foreach (var inject in plan.Injects.OrderBy(i => i.Offset))
        {
            var dispatchId = inject.Kind == InjectKind.Escalation
                ? EscalationService.DispatchId(plan.Id, ++escalation)
                : DispatchIds.ForInject(plan.Id, inject.Id);
            if (inject.Kind == InjectKind.Escalation && escalation > 2)
            {
                continue;
            }

            await services.Operations.DispatchInjectAsync(plan.Id, inject.Id, cancellationToken).ConfigureAwait(false);
            var open = await services.Processor.ProcessUntilSettledAsync(dispatchId, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false);
            await settle(inject, cancellationToken).ConfigureAwait(false);
            var rows = await services.Stores.Outbox.ListAsync(dispatchId, cancellationToken).ConfigureAwait(false);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {inject.Id,-13} {rows.Count,5} messages: {Count(rows, OutboxStatus.Sent, OutboxStatus.Delivered)} sent, "
                + $"{Count(rows, OutboxStatus.Delivered)} delivered, {Count(rows, OutboxStatus.Failed, OutboxStatus.Undelivered)} failed, "
                + $"{Count(rows, OutboxStatus.Suppressed)} opted out{(open.Count > 0 ? $", {open.Count} still queued" : string.Empty)}"));
        }
    }

    private static int Count(IReadOnlyList<OutboxMessage> rows, params OutboxStatus[] states) => rows.Count(r => states.Contains(r.Status));
}
