using System.Globalization;
using Seismic.Drills;
using Seismic.Drills.Dispatch;
using Seismic.Drills.Messages;
using Seismic.Drills.Plans;
using Seismic.Drills.Rosters;

namespace Seismic.Cli.Drills;

/// <summary>
/// Before anything is sent: each inject's texts rendered for the real recipients (with a link of the real length), their
/// SMS segments — UCS-2 for any Chinese text, 70 characters in one part, 67 per part when split — and the cost.
/// </summary>
internal static class DrillCostPreview
{
    /// <summary>Writes one line per inject and a total.</summary>
    public static async Task WriteAsync(TextWriter output, DrillStores stores, DrillPlan plan, Uri ackBase, decimal pricePerSegment, string currency)
    {
        var people = await stores.Rosters.ListAsync(plan.Communities, [RosterRole.Volunteer, RosterRole.Assistant]).ConfigureAwait(false);
        var reachable = people.Where(p => p.Consent == ConsentState.OptedIn).ToList();
        var routes = CommunityRoutes.Summarise(plan.Routes);
        var composer = new MessageComposer();
        // Links carry a 24-character token; the preview uses one of the same length so the count is the real one.
        var link = new Uri(ackBase.AbsoluteUri.TrimEnd('/') + "/ack/" + new string('x', 24));
        var segments = 0;
        var total = 0m;
        var schedules = reachable.Select(_ => new List<(TimeSpan At, string Body)>()).ToList();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  messages before sending ({reachable.Count} reachable recipients; escalations depend on who answers):"));
        foreach (var inject in plan.Injects.Where(i => i.Kind != InjectKind.Escalation).OrderBy(i => i.Offset))
        {
            var bodies = reachable.Select(p => composer.Compose(new MessageContext(plan, inject, p, routes.GetValueOrDefault(p.Community), link, true, [], null))).ToList();
            for (var i = 0; i < reachable.Count; i++)
            {
                schedules[i].Add((inject.Offset, bodies[i]));
            }

            var estimate = CostEstimate.For(bodies, pricePerSegment, currency);
            segments += estimate.Segments;
            total += estimate.Total;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {inject.Id,-13} {estimate.Messages,5} texts, {estimate.Segments,6} segments (up to {estimate.MaxSegments} per text, {estimate.Ucs2Messages} in UCS-2), {estimate.Total:0.00} {currency}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    total          {segments,6} segments, {total:0.00} {currency} at {pricePerSegment:0.####} {currency} per segment"));
        WriteContentCheck(output, schedules);
    }

    /// <summary>
    /// Mainland carriers may hold a number's texts for manual review once it receives five different texts within
    /// 24 h (<see cref="ChinaContentRules"/>): say before sending whether this plan alone does that to anyone, since
    /// escalations to non-responders only add to it.
    /// </summary>
    private static void WriteContentCheck(TextWriter output, IEnumerable<List<(TimeSpan At, string Body)>> schedules)
    {
        var rules = ChinaContentRules.Default;
        var most = 0;
        var flagged = 0;
        foreach (var schedule in schedules)
        {
            var distinct = rules.MostDistinctInWindow(schedule);
            most = Math.Max(most, distinct);
            flagged += distinct >= rules.ReviewFromDistinct ? 1 : 0;
        }

        output.WriteLine(flagged == 0
            ? string.Create(CultureInfo.InvariantCulture,
                $"  content rules: at most {most} different texts to one number within {rules.Window.TotalHours:0} h (carriers review from {rules.ReviewFromDistinct}), before escalations")
            : string.Create(CultureInfo.InvariantCulture,
                $"  content rules: {flagged} recipients get {rules.ReviewFromDistinct} or more different texts within {rules.Window.TotalHours:0} h from this plan alone; mainland carriers may hold them for review: drop a reminder or move the announcement earlier"));
    }
}
