namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// Capacity Constrained Route Planner (CCRP; Lu, George and Shekhar, "Capacity Constrained Routing Algorithms for
/// Evacuation Planning: A Summary of Results", SSTD 2005): repeatedly find, over all groups still waiting, the route
/// that reaches a sink earliest given the capacity already reserved, send as many persons along it as its tightest
/// edge (at the step each edge is entered), the group and the sink's room allow, and reserve that capacity. Waiting at
/// nodes is allowed and unlimited (intersections hold any crowd); each edge lets <see cref="EvacuationNetwork.CapacityPerStep"/>
/// persons enter per step, both directions together.
/// </summary>
/// <remarks>
/// The published algorithm finds the earliest route with one search from a super source joined to every group. Here
/// each group searches from its own node only (a time-dependent Dijkstra that stops at the first sink it can settle),
/// and the groups wait in a priority queue keyed by a lower bound of their earliest arrival: reservations only ever
/// delay arrivals, so the last arrival a group computed stays a valid lower bound, and the group on top is committed
/// only when its fresh arrival is no later than the next key. The routes chosen are the ones a super-source search
/// would choose (ties aside), at the cost of local searches instead of whole-network ones. The result is a feasible
/// flow over time, so its clearance time is never below <see cref="QuickestFlowBound"/>. A search that has proved the
/// group cannot beat the next key (plus <see cref="PedestrianFlowOptions.OrderToleranceSeconds"/>) stops there and
/// requeues the group with what it proved. A group with a <see cref="EvacueeGroup.Destination"/> (the shelter a
/// capacitated assignment gave it) only ends at that shelter's entrances; the planner then chooses routes and times,
/// not shelters.
/// </remarks>
public static class CapacityConstrainedRoutePlanner
{
    /// <summary>Plans the evacuation of <paramref name="groups"/> to <paramref name="sinks"/>.</summary>
    /// <param name="network">The discretised network.</param>
    /// <param name="groups">Evacuees by start node; nodes must be on the graph.</param>
    /// <param name="sinks">Access points of the shelters; nodes must be on the graph.</param>
    /// <param name="sinkCapacities">Persons each sink label can take (indexed by <see cref="EvacuationSink.Label"/>),
    /// ≥ 0; null for no limit.</param>
    public static EvacuationSchedule Plan(
        EvacuationNetwork network,
        IReadOnlyList<EvacueeGroup> groups,
        IReadOnlyList<EvacuationSink> sinks,
        IReadOnlyList<long>? sinkCapacities = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(sinks);
        var n = network.Graph.NodeCount;
        var labelCount = 0;
        long total = 0;
        foreach (var group in groups)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(group.Persons, nameof(groups));
            ArgumentOutOfRangeException.ThrowIfNegative(group.ReadyStep, nameof(groups));
            ArgumentOutOfRangeException.ThrowIfNegative(group.Label, nameof(groups));
            ArgumentOutOfRangeException.ThrowIfLessThan(group.Destination, -1, nameof(groups));
            if ((uint)group.Node >= (uint)n)
            {
                throw new ArgumentOutOfRangeException(nameof(groups), group.Node, "group node is not on the graph");
            }

            labelCount = Math.Max(labelCount, group.Label + 1);
            total += group.Persons;
        }

        var sinkLabels = 0;
        foreach (var sink in sinks)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(sink.Label, nameof(sinks));
            ArgumentOutOfRangeException.ThrowIfNegative(sink.ExtraSteps, nameof(sinks));
            if ((uint)sink.Node >= (uint)n)
            {
                throw new ArgumentOutOfRangeException(nameof(sinks), sink.Node, "sink node is not on the graph");
            }

            sinkLabels = Math.Max(sinkLabels, sink.Label + 1);
        }

        var room = new long[sinkLabels];
        for (var s = 0; s < sinkLabels; s++)
        {
            if (sinkCapacities is null)
            {
                room[s] = long.MaxValue;
                continue;
            }

            if (s >= sinkCapacities.Count)
            {
                throw new ArgumentException($"no capacity given for sink label {s}", nameof(sinkCapacities));
            }

            ArgumentOutOfRangeException.ThrowIfNegative(sinkCapacities[s], nameof(sinkCapacities));
            room[s] = sinkCapacities[s];
        }

        return new CcrpRun(network, groups, sinks, room, labelCount).Run(total);
    }
}
