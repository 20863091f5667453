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
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  messages before sending ({reachable.Count} reachable recipients; escalations depend on who answers):"));
        foreach (var inject in plan.Injects.Where(i => i.Kind != InjectKind.Escalation).OrderBy(i => i.Offset))
        {
            var bodies = reachable.Select(p => composer.Compose(new MessageContext(plan, inject, p, routes.GetValueOrDefault(p.Community), link, true, [], null)));
            var estimate = CostEstimate.For(bodies, pricePerSegment, currency);
            segments += estimate.Segments;
            total += estimate.Total;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {inject.Id,-13} {estimate.Messages,5} texts, {estimate.Segments,6} segments (up to {estimate.MaxSegments} per text, {estimate.Ucs2Messages} in UCS-2), {estimate.Total:0.00} {currency}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    total          {segments,6} segments, {total:0.00} {currency} at {pricePerSegment:0.####} {currency} per segment"));
    }
}
