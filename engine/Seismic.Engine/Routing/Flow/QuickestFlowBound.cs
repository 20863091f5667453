using Google.OrTools.Graph;

namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// The exact quickest flow on the time-expanded network, for small cases: the fewest time steps in which everyone can
/// reach a sink when the whole schedule is optimised at once (Ford and Fulkerson's flows over time). It is a lower
/// bound for any heuristic plan on the same <see cref="EvacuationNetwork"/>, CCRP included, and the yardstick its
/// tests use.
/// </summary>
/// <remarks>
/// For a horizon T the network has a copy of every node per step 0 .. T, holdover arcs v(t) → v(t+1) (waiting is
/// free and unlimited), and per edge and departure step t a pair of gadget nodes: both end nodes at t feed the first,
/// an arc of the edge's capacity per step joins it to the second, which leads to both end nodes at t + travel steps
/// (so the two directions share the width, as in the planner). A super source feeds each group's node at its ready
/// step; each sink's node at T − its extra steps feeds its label, and each label feeds the super sink up to its
/// capacity. Everyone is out by T when the maximum flow (OR-Tools max flow, push–relabel) equals the persons; that
/// is monotone in T, so the smallest T is found by binary search.
/// </remarks>
public static class QuickestFlowBound
{
    /// <summary>Largest time-expanded network built, in arcs: this is a check for small cases, not a planner.</summary>
    public const long MaxArcs = 5_000_000;

    /// <summary>
    /// The smallest step T by which every evacuee can have reached a sink; 0 when there is nobody; −1 when not all of
    /// them can be evacuated by <paramref name="maxSteps"/> (unreachable, or the sinks are too small).
    /// </summary>
    /// <param name="network">The discretised network.</param>
    /// <param name="groups">Evacuees by start node.</param>
    /// <param name="sinks">Shelter access points.</param>
    /// <param name="sinkCapacities">Persons per sink label; null for no limit.</param>
    /// <param name="maxSteps">Largest horizon tried, ≥ 0 (e.g. the planner's clearance step).</param>
    /// <exception cref="ArgumentOutOfRangeException">The time-expanded network at <paramref name="maxSteps"/> would
    /// exceed <see cref="MaxArcs"/>.</exception>
    public static int MinimumClearanceStep(
        EvacuationNetwork network,
        IReadOnlyList<EvacueeGroup> groups,
        IReadOnlyList<EvacuationSink> sinks,
        IReadOnlyList<long>? sinkCapacities,
        int maxSteps)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfNegative(maxSteps);
        long total = 0;
        foreach (var group in groups)
        {
            total += group.Persons;
        }

        if (total == 0)
        {
            return 0;
        }

        if (MaxEvacuated(network, groups, sinks, sinkCapacities, maxSteps) < total)
        {
            return -1;
        }

        int low = 0, high = maxSteps;
        while (low < high)
        {
            var mid = low + ((high - low) / 2);
            if (MaxEvacuated(network, groups, sinks, sinkCapacities, mid) == total)
            {
                high = mid;
            }
            else
            {
                low = mid + 1;
            }
        }

        return low;
    }

    /// <summary>The most persons that can have reached a sink by step <paramref name="steps"/>.</summary>
    /// <param name="network">The discretised network.</param>
    /// <param name="groups">Evacuees by start node.</param>
    /// <param name="sinks">Shelter access points.</param>
    /// <param name="sinkCapacities">Persons per sink label; null for no limit.</param>
    /// <param name="steps">Horizon T, ≥ 0.</param>
    public static long MaxEvacuated(
        EvacuationNetwork network,
        IReadOnlyList<EvacueeGroup> groups,
        IReadOnlyList<EvacuationSink> sinks,
        IReadOnlyList<long>? sinkCapacities,
        int steps)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(sinks);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var graph = network.Graph;
        long n = graph.NodeCount, m = graph.EdgeCount, layers = steps + 1L;
        var estimate = (layers * (n + (5 * m))) + groups.Count + (2L * sinks.Count);
        if (estimate > MaxArcs)
        {
            throw new ArgumentOutOfRangeException(nameof(steps), steps,
                $"the time-expanded network would have about {estimate:N0} arcs (limit {MaxArcs:N0}); this bound is for small cases");
        }

        long total = 0;
        var labels = 0;
        foreach (var group in groups)
        {
            total += group.Persons;
        }

        foreach (var sink in sinks)
        {
            labels = Math.Max(labels, sink.Label + 1);
        }

        if (total == 0)
        {
            return 0;
        }

        var infinite = total;
        var gadgets = layers * n;
        var source = (int)(gadgets + (2 * layers * m));
        var superSink = source + 1;
        var firstLabel = superSink + 1;
        var flow = new MaxFlow();
        for (var t = 0; t < steps; t++)
        {
            for (var v = 0; v < n; v++)
            {
                flow.AddArcWithCapacity((int)((t * n) + v), (int)(((t + 1) * n) + v), infinite);
            }
        }

        var first = graph.FirstArcs;
        var targets = graph.ArcTargets;
        for (var u = 0; u < n; u++)
        {
            for (var a = first[u]; a < first[u + 1]; a++)
            {
                if (!graph.ArcIsForward(a))
                {
                    continue;
                }

                var v = targets[a];
                var edge = graph.ArcEdge(a);
                var travel = network.TravelSteps(edge);
                var capacity = network.CapacityPerStep(edge);
                for (var t = 0; t + travel <= steps; t++)
                {
                    var entry = (int)(gadgets + (2 * ((t * m) + edge)));
                    flow.AddArcWithCapacity((int)((t * n) + u), entry, infinite);
                    flow.AddArcWithCapacity((int)((t * n) + v), entry, infinite);
                    flow.AddArcWithCapacity(entry, entry + 1, capacity);
                    flow.AddArcWithCapacity(entry + 1, (int)(((t + travel) * n) + v), infinite);
                    flow.AddArcWithCapacity(entry + 1, (int)(((t + travel) * n) + u), infinite);
                }
            }
        }

        var supplied = false;
        foreach (var group in groups)
        {
            if (group.Persons > 0 && group.ReadyStep <= steps)
            {
                flow.AddArcWithCapacity(source, (int)((group.ReadyStep * n) + group.Node), group.Persons);
                supplied = true;
            }
        }

        var drained = false;
        foreach (var sink in sinks)
        {
            var at = steps - sink.ExtraSteps;
            if (at >= 0)
            {
                flow.AddArcWithCapacity((int)((at * n) + sink.Node), firstLabel + sink.Label, infinite);
                drained = true;
            }
        }

        if (!supplied || !drained)
        {
            return 0;
        }

        for (var l = 0; l < labels; l++)
        {
            var room = sinkCapacities is null ? infinite : Math.Min(infinite, sinkCapacities[l]);
            flow.AddArcWithCapacity(firstLabel + l, superSink, room);
        }

        var status = flow.Solve(source, superSink);
        return status == MaxFlow.Status.OPTIMAL
            ? flow.OptimalFlow()
            : throw new InvalidOperationException($"max flow on the time-expanded network failed: {status}");
    }
}
