using Seismic.Drills.Messages;
using Seismic.Drills.Outbox;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// The recipients of a send who, with it, reach the mainland carriers' review rule: <see
/// cref="ChinaContentRules.ReviewFromDistinct"/> different texts to one number within its window (24 h). Carriers may
/// hold such a text for manual review, so a real alert sent on a drill day (announcement, reminder, alarm, all-clear:
/// four texts already) can reach those people late. Counted after the send, so that sending never waits for it.
/// </summary>
public static class CarrierReview
{
    /// <summary>Counts the recipients of a dispatch whose text the carriers may hold for review.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="dispatchId">The send, e.g. <c>alert/{id}</c>.</param>
    /// <param name="now">The end of the window (the send time).</param>
    /// <param name="rules">The carriers' rules; null for <see cref="ChinaContentRules.Default"/>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Recipients at or above the review count, counting only texts that reached (or may still reach) a handset.</returns>
    public static async Task<int> CountAsync(
        DrillStores stores, string dispatchId, DateTimeOffset now, ChinaContentRules? rules = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(dispatchId);
        rules ??= ChinaContentRules.Default;
        var count = 0;
        foreach (var row in await stores.Outbox.ListAsync(dispatchId, cancellationToken).ConfigureAwait(false))
        {
            if (row.Status is OutboxStatus.Failed or OutboxStatus.Suppressed)
            {
                continue;
            }

            var toNumber = await stores.Outbox.ListToAsync(row.To, now - rules.Window, cancellationToken).ConfigureAwait(false);
            var others = toNumber.Where(other => other.Id != row.Id);
            count += rules.Evaluate(row.Body, others, now).Verdict == ContentVerdict.FlagForReview ? 1 : 0;
        }

        return count;
    }
}
