using Seismic.Drills.Acks;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;

namespace Seismic.Drills.Dispatch;

/// <summary>Live counts of a drill's alarm (or a real alert): who was reached and who has answered.</summary>
/// <param name="Recipients">People the alarm was written for.</param>
/// <param name="Sent">Accepted by the provider (including those delivered since).</param>
/// <param name="Delivered">Reported delivered.</param>
/// <param name="Failed">Failed or undelivered.</param>
/// <param name="Suppressed">Not sent: opted out.</param>
/// <param name="Pending">Not sent yet.</param>
/// <param name="Acknowledged">Answered "safe".</param>
/// <param name="NeedHelp">Answered "need help" (their latest answer).</param>
/// <param name="Missing">Reachable people without an answer.</param>
public sealed record DrillProgress(
    int Recipients, int Sent, int Delivered, int Failed, int Suppressed, int Pending, int Acknowledged, int NeedHelp, int Missing)
{
    /// <summary>Counts a drill's progress from its alarm dispatch (or an alert's dispatch) and its answers.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="drillId">The drill, or <c>alert/{id}</c>.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The counts.</returns>
    public static async Task<DrillProgress> ComputeAsync(DrillStores stores, string drillId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(drillId);
        string dispatchId;
        if (drillId.StartsWith(DispatchIds.AlertPrefix, StringComparison.Ordinal))
        {
            dispatchId = drillId;
        }
        else
        {
            var plan = await stores.Drills.GetAsync(drillId, cancellationToken).ConfigureAwait(false)
                       ?? throw new KeyNotFoundException($"drill {drillId} does not exist");
            var alarm = plan.Injects.FirstOrDefault(i => i.Kind == InjectKind.Alarm)
                        ?? throw new InvalidOperationException($"drill {drillId} has no alarm inject");
            dispatchId = DispatchIds.ForInject(drillId, alarm.Id);
        }

        var rows = await stores.Outbox.ListAsync(dispatchId, cancellationToken).ConfigureAwait(false);
        var latest = Latest(await stores.Acks.ListAsync(drillId, cancellationToken).ConfigureAwait(false));
        return Count(rows, latest);
    }

    /// <summary>Each person's latest answer.</summary>
    /// <param name="answers">Answers, oldest first.</param>
    /// <returns>Person → latest answer.</returns>
    public static Dictionary<string, Acknowledgement> Latest(IReadOnlyList<Acknowledgement> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var latest = new Dictionary<string, Acknowledgement>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (!latest.TryGetValue(answer.PersonId, out var known) || answer.At >= known.At)
            {
                latest[answer.PersonId] = answer;
            }
        }

        return latest;
    }

    private static DrillProgress Count(IReadOnlyList<OutboxMessage> rows, Dictionary<string, Acknowledgement> latest)
    {
        int sent = 0, delivered = 0, failed = 0, suppressed = 0, pending = 0, safe = 0, help = 0, missing = 0;
        foreach (var row in rows)
        {
            switch (row.Status)
            {
                case OutboxStatus.Sent:
                    sent++;
                    break;
                case OutboxStatus.Delivered:
                    sent++;
                    delivered++;
                    break;
                case OutboxStatus.Undelivered:
                case OutboxStatus.Failed:
                    failed++;
                    break;
                case OutboxStatus.Suppressed:
                    suppressed++;
                    continue;
                default:
                    pending++;
                    break;
            }

            // An answer counts when it came after this message went out (a reply to an earlier announcement does not).
            if (!latest.TryGetValue(row.PersonId, out var answer) || answer.At < (row.SentAt ?? row.CreatedAt))
            {
                missing++;
            }
            else if (answer.Kind == AckKind.NeedHelp)
            {
                help++;
            }
            else
            {
                safe++;
            }
        }

        return new DrillProgress(rows.Count, sent, delivered, failed, suppressed, pending, safe, help, missing);
    }
}
