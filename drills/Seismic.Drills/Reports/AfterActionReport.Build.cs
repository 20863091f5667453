using System.Globalization;
using Seismic.Drills.Acks;
using Seismic.Drills.Outbox;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Drills.Reports;

public sealed partial record AfterActionReport
{
    /// <summary>Builds the report.</summary>
    /// <param name="plan">The drill.</param>
    /// <param name="roster">The roster (names, communities, numbers of the recipients).</param>
    /// <param name="outbox">The drill's outbox rows (<c>IOutboxStore.ListAsync(drillId + "/")</c>).</param>
    /// <param name="acknowledgements">The drill's answers (<c>IAckStore.ListAsync(drillId)</c>).</param>
    /// <param name="generatedAt">When the report is made.</param>
    /// <param name="options">Targets; null for the defaults (90 % answered, 95 % delivered, 5 min send tolerance).</param>
    /// <returns>The report.</returns>
    /// <remarks>
    /// Recipients are the people the alarm was written for, opted-out people excluded. An answer counts for the alarm
    /// only when it arrives at or after that person's alarm was sent (a tap on the link from the reminder is not an
    /// answer to the alarm); time to answer is measured from the person's own alarm send time (the planned T0 when the
    /// send time is unknown). "Need help" counts whenever it was given, and is never hidden by a later answer.
    /// </remarks>
    public static AfterActionReport Build(
        DrillPlan plan,
        IReadOnlyList<RosterPerson> roster,
        IReadOnlyList<OutboxMessage> outbox,
        IReadOnlyList<Acknowledgement> acknowledgements,
        DateTimeOffset generatedAt,
        AfterActionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(acknowledgements);
        options ??= new AfterActionOptions();

        var people = new Dictionary<string, RosterPerson>(StringComparer.Ordinal);
        foreach (var p in roster)
        {
            people[p.Id] = p;
        }

        var alarm = plan.Injects.FirstOrDefault(i => i.Kind == InjectKind.Alarm);
        var alarmPlanned = plan.StartsAt + (alarm?.Offset ?? TimeSpan.Zero);
        var window = alarm?.ExpectedWithin ?? plan.EscalateAfter;

        var acksByPerson = acknowledgements
            .Where(a => string.Equals(a.DrillId, plan.Id, StringComparison.Ordinal))
            .GroupBy(a => a.PersonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.At).ToList(), StringComparer.Ordinal);

        // The newest alarm row per person: a re-enqueued row (same key) never exists, but a second alarm inject might.
        var alarmRows = outbox.Where(r => r.Kind == InjectKind.Alarm)
            .GroupBy(r => r.PersonId, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.Id)!)
            .ToList();

        var outcomes = new List<PersonOutcome>(alarmRows.Count);
        foreach (var row in alarmRows)
        {
            var community = people.TryGetValue(row.PersonId, out var person) ? person.Community : "?";
            var sentRef = row.SentAt ?? alarmPlanned;
            double? seconds = null;
            if (acksByPerson.TryGetValue(row.PersonId, out var answers))
            {
                var first = answers.FirstOrDefault(a => a.At >= sentRef);
                if (first is not null)
                {
                    seconds = (first.At - sentRef).TotalSeconds;
                }
            }

            var asked = answers?.Exists(a => a.Kind == AckKind.NeedHelp) ?? false;
            outcomes.Add(new PersonOutcome(community, row, seconds, asked));
        }

        var order = new List<string>(plan.Communities);
        order.AddRange(outcomes.Select(o => o.Community).Distinct(StringComparer.Ordinal)
            .Where(c => !plan.Communities.Contains(c)).OrderBy(c => c, StringComparer.Ordinal));
        var communities = order
            .Select(c => Headcount(c, outcomes.Where(o => o.Community == c).ToList(), window))
            .ToList();
        var district = Headcount("district", outcomes, window);

        var escalationRows = outbox.Where(r => r.Kind == InjectKind.Escalation && r.Status != OutboxStatus.Suppressed).ToList();
        var escalationLevels = escalationRows.Select(r => r.DispatchId).Distinct(StringComparer.Ordinal).Count();

        var needHelp = acksByPerson
            .Select(kv => (Id: kv.Key, First: kv.Value.FirstOrDefault(a => a.Kind == AckKind.NeedHelp)))
            .Where(x => x.First is not null)
            .Select(x => people.TryGetValue(x.Id, out var p)
                ? new NeedHelpEntry(p.Id, p.Name, p.Community, p.PhoneE164, x.First!.At)
                : new NeedHelpEntry(x.Id, x.Id, "?", string.Empty, x.First!.At))
            .OrderBy(e => e.At)
            .ThenBy(e => e.PersonId, StringComparer.Ordinal)
            .ToList();

        var injects = plan.Injects.OrderBy(i => i.Offset)
            .Select(i => Observe(plan, i, outbox, district, options))
            .ToList();
        var objectives = MeasureObjectives(plan, district, outcomes, window, options);
        var improvements = Findings(communities, district, injects, outbox, needHelp, escalationLevels, window, options);
        return new AfterActionReport(
            plan.Id, plan.Title, plan.Kind, plan.StartsAt, plan.Scenario, generatedAt, district, communities,
            escalationRows.Count, escalationLevels, needHelp, injects, objectives, plan.Objectives, improvements);
    }

    private static CommunityHeadcount Headcount(string community, List<PersonOutcome> outcomes, TimeSpan window)
    {
        int recipients = 0, sent = 0, delivered = 0, failed = 0, optedOut = 0, accounted = 0, help = 0, inWindow = 0;
        var times = new List<double>();
        foreach (var o in outcomes)
        {
            if (o.Row.Status == OutboxStatus.Suppressed)
            {
                optedOut++;
                continue;
            }

            recipients++;
            if (o.Row.SentAt is not null || o.Row.Status is OutboxStatus.Sent or OutboxStatus.Delivered or OutboxStatus.Undelivered)
            {
                sent++;
            }

            delivered += o.Row.Status == OutboxStatus.Delivered ? 1 : 0;
            failed += o.Row.Status is OutboxStatus.Failed or OutboxStatus.Undelivered ? 1 : 0;
            help += o.NeedHelp ? 1 : 0;
            if (o.AckSeconds is { } s)
            {
                accounted++;
                times.Add(s);
                inWindow += s <= window.TotalSeconds ? 1 : 0;
            }
            else if (o.NeedHelp)
            {
                // Asked for help before the alarm reached them (e.g. during the reminder): accounted for, untimed.
                accounted++;
            }
        }

        times.Sort();
        return new CommunityHeadcount(
            community, recipients, sent, delivered, failed, optedOut, accounted, help, recipients - accounted,
            Rate(delivered, recipients), Rate(accounted, recipients), Rate(inWindow, recipients),
            times.Count > 0 ? Percentile.OfSorted(times, 0.5) : null,
            times.Count > 0 ? Percentile.OfSorted(times, 0.9) : null);
    }

    private static double Rate(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static InjectObservation Observe(DrillPlan plan, DrillInject inject, IReadOnlyList<OutboxMessage> outbox, CommunityHeadcount district, AfterActionOptions options)
    {
        var dispatchId = plan.Id + "/" + inject.Id;
        var rows = outbox.Where(r => string.Equals(r.DispatchId, dispatchId, StringComparison.Ordinal) && r.Status != OutboxStatus.Suppressed).ToList();
        var planned = plan.StartsAt + inject.Offset;
        var first = rows.Where(r => r.SentAt is not null).Select(r => r.SentAt!.Value).DefaultIfEmpty().Min();
        DateTimeOffset? firstSent = rows.Exists(r => r.SentAt is not null) ? first : null;
        bool? onTime = firstSent is { } f ? f - planned <= options.EffectiveSendTolerance : null;
        TimeSpan? observed = null;
        bool? met = onTime;
        if (inject.Kind == InjectKind.Alarm && inject.ExpectedWithin is { } expected)
        {
            observed = district.P90AckSeconds is { } p90 ? TimeSpan.FromSeconds(p90) : null;
            met = observed is { } o && o <= expected;
        }

        return new InjectObservation(inject.Id, inject.Kind, planned, firstSent, rows.Count, inject.ExpectedAction, inject.ExpectedWithin, observed, onTime, met);
    }

    private static List<ObjectiveResult> MeasureObjectives(
        DrillPlan plan, CommunityHeadcount d, List<PersonOutcome> outcomes, TimeSpan window, AfterActionOptions options)
    {
        var c = CultureInfo.InvariantCulture;
        var minutes = window.TotalMinutes.ToString("0", c);
        var list = new List<ObjectiveResult>
        {
            new ObjectiveResult($"Alarm recipients acknowledge within {minutes} min", Pct(options.AckRateObjective, "≥ "), Pct(d.AckWithinWindowRate), d.AckWithinWindowRate >= options.AckRateObjective),
            new ObjectiveResult("Alarm messages delivered to handsets", Pct(options.DeliveryRateObjective, "≥ "), Pct(d.DeliveryRate), d.DeliveryRate >= options.DeliveryRateObjective),
            new ObjectiveResult("90th-percentile time to acknowledge", "≤ " + minutes + " min",
                d.P90AckSeconds is { } p ? (p / 60).ToString("0.0", c) + " min" : "no answer", d.P90AckSeconds is { } q && q <= window.TotalSeconds),
            new ObjectiveResult("Nobody unaccounted for", "0 missing", d.Missing.ToString(c), d.Missing == 0),
        };

        // Evacuation drills: an answer after the alarm is the report of arrival ("1" = safe / arrived). Everyone should
        // arrive within the longest walk of the plan's routes (whole minutes, rounded up) plus the margin.
        var longest = 0.0;
        foreach (var r in plan.Routes)
        {
            if (r.ShelterId is not null && double.IsFinite(r.WalkSeconds))
            {
                longest = Math.Max(longest, r.WalkSeconds);
            }
        }

        if (plan.Kind == DrillKind.EvacuationDrill && longest > 0 && d.Recipients > 0)
        {
            var limit = TimeSpan.FromMinutes(Math.Ceiling(longest / 60)) + options.EffectiveArrivalMargin;
            var arrived = outcomes.Count(o => o.Row.Status != OutboxStatus.Suppressed && o.AckSeconds is { } s && s <= limit.TotalSeconds);
            list.Add(new ObjectiveResult(
                string.Create(c, $"Participants report arrival at the shelter within {limit.TotalMinutes:0} min"), "100.0 %",
                Pct((double)arrived / d.Recipients), arrived == d.Recipients));
        }

        return list;
    }

    /// <summary>A share as "84.0 %".</summary>
    internal static string Pct(double share, string prefix = "") =>
        prefix + (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    private sealed record PersonOutcome(string Community, OutboxMessage Row, double? AckSeconds, bool NeedHelp);
}
