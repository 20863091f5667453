using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Flow;
using Seismic.GeoData.Routing;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Clearance time of a district with congestion: every building's occupants start at the network node nearest to
/// their door (the walk there uses no street capacity), every shelter access point is a sink holding the shelter's
/// capacity, and the Capacity Constrained Route Planner sends them to whichever shelter they reach first given the
/// queues — independently of the capacitated assignment, which minimises walking without queues.
/// </summary>
public static class EvacuationClearance
{
    /// <summary>Plans the evacuation and names the bottlenecks.</summary>
    /// <param name="buildings">Buildings with occupants.</param>
    /// <param name="shelters">Shelters (capacity in persons).</param>
    /// <param name="roads">Roads, to name the bottleneck edges.</param>
    /// <param name="network">The pedestrian network (its walking profile sets the speed).</param>
    /// <param name="night">Night case (OccupantsNight) instead of day (OccupantsDay).</param>
    /// <param name="options">Specific flow and time step; null for <see cref="PedestrianFlowOptions.Default"/>.</param>
    public static ClearanceReport Plan(
        IReadOnlyList<Building> buildings,
        IReadOnlyList<Shelter> shelters,
        IReadOnlyList<Road> roads,
        PedestrianNetwork network,
        bool night,
        PedestrianFlowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        ArgumentNullException.ThrowIfNull(shelters);
        ArgumentNullException.ThrowIfNull(roads);
        ArgumentNullException.ThrowIfNull(network);
        var flow = EvacuationNetwork.FromGraph(network.Graph, options);
        var graph = network.Graph;
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var building in buildings)
        {
            codes.Add(building.CommunityCode);
        }

        var communityCodes = codes.ToArray();
        var labelOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < communityCodes.Length; i++)
        {
            labelOf[communityCodes[i]] = i;
        }

        // Buildings of one community that meet the network at the same node start there as one group, ready when their
        // persons-weighted mean walk from the door has brought them to it: fewer, larger groups keep the planner's
        // searches few, at the price of a spread of tens of seconds in when individual buildings join the street.
        var locations = network.SnapBuildings(buildings);
        var groupIndex = new Dictionary<(int Node, int Label), int>();
        var persons = new List<long>();
        var personSeconds = new List<double>();
        var keys = new List<(int Node, int Label)>();
        var unsnapped = new long[communityCodes.Length];
        long unsnappedTotal = 0;
        for (var b = 0; b < buildings.Count; b++)
        {
            var occupants = night ? buildings[b].OccupantsNight : buildings[b].OccupantsDay;
            var label = labelOf[buildings[b].CommunityCode];
            if (occupants <= 0)
            {
                continue;
            }

            if (!locations[b].IsValid)
            {
                unsnapped[label] += occupants;
                unsnappedTotal += occupants;
                continue;
            }

            var (node, seconds) = NearerEnd(graph, locations[b]);
            if (!groupIndex.TryGetValue((node, label), out var g))
            {
                g = keys.Count;
                groupIndex[(node, label)] = g;
                keys.Add((node, label));
                persons.Add(0);
                personSeconds.Add(0);
            }

            persons[g] += occupants;
            personSeconds[g] += occupants * seconds;
        }

        var groups = new EvacueeGroup[keys.Count];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = new EvacueeGroup(keys[g].Node, (int)Math.Min(int.MaxValue, persons[g]), flow.Steps(personSeconds[g] / persons[g]), keys[g].Label);
        }

        var sinks = new List<EvacuationSink>();
        foreach (var access in network.SnapShelters(shelters))
        {
            if (access.Location.IsValid)
            {
                var (node, seconds) = NearerEnd(graph, access.Location);
                sinks.Add(new EvacuationSink(node, access.Label, flow.Steps(seconds)));
            }
        }

        var capacities = new long[shelters.Count];
        for (var s = 0; s < capacities.Length; s++)
        {
            capacities[s] = Math.Max(0, shelters[s].CapacityPersons);
        }

        var schedule = CapacityConstrainedRoutePlanner.Plan(flow, groups, sinks, capacities);
        return Report(schedule, communityCodes, unsnapped, unsnappedTotal, roads);
    }

    private static ClearanceReport Report(
        EvacuationSchedule schedule, string[] codes, long[] unsnapped, long unsnappedTotal, IReadOnlyList<Road> roads)
    {
        var network = schedule.Network;
        var graph = network.Graph;
        var roadById = new Dictionary<long, Road>();
        foreach (var road in roads)
        {
            roadById.TryAdd(road.Id, road);
        }

        ClearanceBottleneck Bottleneck(int edge)
        {
            var load = schedule.Edges[edge];
            var roadId = graph.EdgeRoadId(edge);
            var name = roadById.TryGetValue(roadId, out var road) && !string.IsNullOrWhiteSpace(road.Name)
                ? road.Name
                : $"unnamed {graph.EdgeClass(edge).ToString().ToLowerInvariant()} road {roadId}";
            var meanWait = load.DelayedPersons > 0 ? load.WaitPersonSteps * network.StepSeconds / load.DelayedPersons : 0;
            return new ClearanceBottleneck(edge, roadId, name, graph.EdgeWidthM(edge), network.CapacityPps(edge), load.Persons,
                load.SaturatedSteps * network.StepSeconds, load.DelayedPersons, meanWait);
        }

        var communities = new ClearanceCommunity[codes.Length];
        for (var l = 0; l < codes.Length; l++)
        {
            var label = l < schedule.Labels.Count ? schedule.Labels[l] : new LabelClearance(l, 0, 0, -1, -1, 0);
            var clearance = label.ClearanceStep >= 0 ? label.ClearanceStep * network.StepSeconds : double.NaN;
            var bottleneck = label.BottleneckEdge >= 0 ? Bottleneck(label.BottleneckEdge) : null;
            communities[l] = new ClearanceCommunity(codes[l], label.Persons + unsnapped[l], label.Evacuated, clearance, bottleneck);
        }

        var edges = schedule.Bottlenecks(int.MaxValue);
        var bottlenecks = new ClearanceBottleneck[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            bottlenecks[i] = Bottleneck(edges[i]);
        }

        return new ClearanceReport(schedule, communities, bottlenecks, unsnappedTotal);
    }

    // The end node of a location's edge nearer along the edge, and the walk to it from the original point, seconds.
    private static (int Node, double Seconds) NearerEnd(PedestrianGraph graph, in EdgeLocation location)
    {
        var edge = location.Edge;
        var length = graph.EdgeLengthM(edge);
        var fraction = length > 0 ? Math.Clamp(location.OffsetM / length, 0, 1) : 0;
        var toSource = fraction <= 0.5;
        var part = toSource ? fraction : 1 - fraction;
        var seconds = (location.SnapDistanceM / graph.Profile.SpeedMps) + (part * graph.EdgeWalkSeconds(edge));
        return (toSource ? graph.EdgeSource(edge) : graph.EdgeTarget(edge), seconds);
    }
}
