using Seismic.Drills.Messages;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Dispatch;

/// <summary>
/// Escalates volunteers who have not answered the alarm: level 1 tells their community's assistants who is missing,
/// level 2 tells the coordinators of the streets concerned (or every coordinator when a street has none).
/// </summary>
/// <remarks>
/// A volunteer counts as missing when the alarm was written for them, they did not opt out, and no answer of theirs is
/// recorded since their alarm went out — a message that failed to arrive is no excuse in an earthquake, so failed
/// deliveries are missing too.
/// Escalations are messages, not exercises of their own, yet they carry 【演练】 when the drill does.
/// </remarks>
public sealed class EscalationService
{
    private readonly DrillStores stores;
    private readonly OutboxWriter writer;
    private readonly TimeProvider time;

    /// <summary>Creates the service.</summary>
    /// <param name="stores">The stores.</param>
    /// <param name="composer">Renders each text.</param>
    /// <param name="options">Links and worker settings.</param>
    /// <param name="time">The clock.</param>
    public EscalationService(DrillStores stores, IMessageComposer composer, DeliveryOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(composer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        this.stores = stores;
        this.time = time;
        writer = new OutboxWriter(stores, composer, options, time);
    }

    /// <summary>The dispatch id of an escalation level.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="level">1 or 2.</param>
    /// <returns>The dispatch id.</returns>
    public static string DispatchId(string drillId, int level) => DispatchIds.ForInject(drillId, InjectIdOf(level));

    /// <summary>The volunteers who have not answered the drill's alarm yet.</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>The missing volunteers, ordered by community and id.</returns>
    public async Task<IReadOnlyList<RosterPerson>> MissingVolunteersAsync(string drillId, CancellationToken cancellationToken = default)
    {
        var plan = await LoadAsync(drillId, cancellationToken).ConfigureAwait(false);
        return await MissingAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes one escalation level's messages (idempotent: a level is written once per drill).</summary>
    /// <param name="drillId">The drill.</param>
    /// <param name="level">1 (assistants) or 2 (coordinators).</param>
    /// <param name="cancellationToken">Cancellation.</param>
    /// <returns>Rows inserted.</returns>
    public async Task<int> EnqueueAsync(string drillId, int level, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, 2);
        var plan = await LoadAsync(drillId, cancellationToken).ConfigureAwait(false);
        var missing = await MissingAsync(plan, cancellationToken).ConfigureAwait(false);
        if (missing.Count == 0)
        {
            return 0;
        }

        var inject = InjectFor(plan, level);
        var recipients = new List<MessageContext>();
        if (level == 1)
        {
            var assistants = await stores.Rosters.ListAsync(plan.Communities, [RosterRole.Assistant], cancellationToken).ConfigureAwait(false);
            foreach (var assistant in assistants)
            {
                var theirs = missing.Where(m => m.Community == assistant.Community).ToList();
                if (theirs.Count > 0)
                {
                    recipients.Add(OutboxWriter.Context(plan, inject, assistant, null, exercise: true) with { Missing = theirs });
                }
            }
        }
        else
        {
            var coordinators = await stores.Rosters.ListAsync(null, [RosterRole.Coordinator], cancellationToken).ConfigureAwait(false);
            var streets = missing.Select(m => m.Street).ToHashSet(StringComparer.Ordinal);
            var local = coordinators.Where(c => streets.Contains(c.Street)).ToList();
            foreach (var coordinator in local.Count > 0 ? local : coordinators)
            {
                var theirs = local.Count > 0 ? missing.Where(m => m.Street == coordinator.Street).ToList() : missing;
                recipients.Add(OutboxWriter.Context(plan, inject, coordinator, null, exercise: true) with { Missing = theirs });
            }
        }

        return await writer.WriteAsync(DispatchId(drillId, level), drillId, recipients, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private static string InjectIdOf(int level) => "escalation-" + level.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The plan's level-th escalation inject, or a standard one when the plan lists none.</summary>
    private static DrillInject InjectFor(DrillPlan plan, int level)
    {
        var listed = plan.Injects.Where(i => i.Kind == InjectKind.Escalation).OrderBy(i => i.Offset).ToList();
        if (listed.Count >= level)
        {
            return listed[level - 1];
        }

        return new DrillInject(
            InjectIdOf(level), InjectKind.Escalation, plan.EscalateAfter * level, InjectIdOf(level),
            level == 1 ? "assistants check on missing volunteers" : "coordinator decides on search", plan.EscalateAfter);
    }

    private async Task<DrillPlan> LoadAsync(string drillId, CancellationToken cancellationToken) =>
        await stores.Drills.GetAsync(drillId, cancellationToken).ConfigureAwait(false)
        ?? throw new KeyNotFoundException($"drill {drillId} does not exist");

    private async Task<List<RosterPerson>> MissingAsync(DrillPlan plan, CancellationToken cancellationToken)
    {
        var alarm = plan.Injects.FirstOrDefault(i => i.Kind == InjectKind.Alarm)
                    ?? throw new InvalidOperationException($"drill {plan.Id} has no alarm inject to escalate from");
        var rows = await stores.Outbox.ListAsync(DispatchIds.ForInject(plan.Id, alarm.Id), cancellationToken).ConfigureAwait(false);
        // Only answers to the alarm count: a "1" sent back to the announcement a week earlier says nothing about today.
        var alarmAt = rows.ToDictionary(r => r.PersonId, r => r.SentAt ?? r.CreatedAt, StringComparer.Ordinal);
        var answered = (await stores.Acks.ListAsync(plan.Id, cancellationToken).ConfigureAwait(false))
            .Where(a => alarmAt.TryGetValue(a.PersonId, out var at) && a.At >= at)
            .Select(a => a.PersonId)
            .ToHashSet(StringComparer.Ordinal);
        var volunteers = (await stores.Rosters.ListAsync(plan.Communities, [RosterRole.Volunteer], cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id, StringComparer.Ordinal);
        return rows
            .Where(r => r.Status != OutboxStatus.Suppressed && !answered.Contains(r.PersonId))
            .Select(r => volunteers.GetValueOrDefault(r.PersonId))
            .OfType<RosterPerson>()
            .Where(p => p.Consent == ConsentState.OptedIn)
            .OrderBy(p => p.Community, StringComparer.Ordinal)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }
}
