using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Assignment;
using Seismic.Engine.Routing.Flow;
using Seismic.GeoData.Routing;

namespace Seismic.GeoData.Evacuation;

/// <summary>
/// Clearance time of a district's shelter plan with congestion: every building's occupants that the capacitated
/// assignment placed start at the network node nearest to their door (the walk there uses no street capacity), head
/// for the shelter the plan gave them (each of its entrances is a sink), and the Capacity Constrained Route Planner
/// chooses their streets and departure times given the queues. The clearance time is thus that of the plan the cards
/// print, and the persons the plan could not place neither move nor compete for the streets.
/// </summary>
public static class EvacuationClearance
{
    /// <summary>
    /// Default tolerance of the planner's earliest-arrival order on a whole district: one minute. On the Haizhu sample
    /// (night, 701,650 planned persons, 10 s steps) strict order took 0.18 s and cleared in 27.8 min; a tolerance of one
    /// minute took 0.17 s and cleared in 28.2 min. The gap grows where many groups queue for few gates: with the
    /// sample's two large parks each entered at a single point, strict order took 23.4 s against 4.3 s, for 209.8 and
    /// 209.3 min (docs/PERFORMANCE.md). One minute stays small beside the clearance of a single community (tens of
    /// minutes) as well as the district's.
    /// </summary>
    public const double DefaultOrderToleranceSeconds = 60;

    /// <summary>Plans the evacuation of a shelter plan and names the bottlenecks.</summary>
    /// <param name="plan">The capacitated shelter assignment (night or day case).</param>
    /// <param name="buildings">The buildings the plan was made for (its demands name them by id).</param>
    /// <param name="shelters">The shelters the plan used (its shelters name them by id).</param>
    /// <param name="roads">Roads, to name the bottleneck edges.</param>
    /// <param name="network">The pedestrian network the plan was made on (its walking profile sets the speed).</param>
    /// <param name="night">Night case (OccupantsNight) instead of day (OccupantsDay), for the persons per community.</param>
    /// <param name="options">Specific flow, time step and order tolerance; null for the defaults with
    /// <see cref="DefaultOrderToleranceSeconds"/>.</param>
    /// <exception cref="ArgumentException">The plan names a building or shelter that is not in the lists.</exception>
    public static ClearanceReport Plan(
        ShelterAssignment plan,
        IReadOnlyList<Building> buildings,
        IReadOnlyList<Shelter> shelters,
        IReadOnlyList<Road> roads,
        PedestrianNetwork network,
        bool night,
        PedestrianFlowOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(buildings);
        ArgumentNullException.ThrowIfNull(shelters);
        ArgumentNullException.ThrowIfNull(roads);
        ArgumentNullException.ThrowIfNull(network);
        var flow = EvacuationNetwork.FromGraph(network.Graph, options ?? new PedestrianFlowOptions { OrderToleranceSeconds = DefaultOrderToleranceSeconds });
        var graph = network.Graph;
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var buildingIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var b = 0; b < buildings.Count; b++)
        {
            codes.Add(buildings[b].CommunityCode);
            buildingIndex.TryAdd(buildings[b].Id, b);
        }

        var communityCodes = codes.ToArray();
        var labelOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < communityCodes.Length; i++)
        {
            labelOf[communityCodes[i]] = i;
        }

        var shelterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < shelters.Count; s++)
        {
            shelterIndex.TryAdd(shelters[s].Id, s);
        }

        var persons = new long[communityCodes.Length];
        long total = 0;
        foreach (var building in buildings)
        {
            var occupants = Math.Max(0, night ? building.OccupantsNight : building.OccupantsDay);
            persons[labelOf[building.CommunityCode]] += occupants;
            total += occupants;
        }

        // The parts of one community that meet the network at the same node and go to the same shelter start there as
        // one group, ready when their persons-weighted mean walk from the door has brought them to it: fewer, larger
        // groups keep the planner's searches few, at the price of a spread of tens of seconds in when individual
        // buildings join the street.
        var locations = network.SnapBuildings(buildings);
        var groupIndex = new Dictionary<(int Node, int Label, int Shelter), int>();
        var groupPersons = new List<long>();
        var personSeconds = new List<double>();
        var keys = new List<(int Node, int Label, int Shelter)>();
        foreach (var part in plan.Parts)
        {
            var id = plan.Problem.Demands[part.Building].BuildingId;
            if (!buildingIndex.TryGetValue(id, out var b))
            {
                throw new ArgumentException($"the plan sends building {id}, which is not in the building list", nameof(plan));
            }

            var shelterId = plan.Problem.Shelters[part.Shelter].Id;
            if (!shelterIndex.TryGetValue(shelterId, out var shelter))
            {
                throw new ArgumentException($"the plan uses shelter {shelterId}, which is not in the shelter list", nameof(plan));
            }

            if (part.Persons <= 0 || !locations[b].IsValid)
            {
                continue;
            }

            var (node, seconds) = NearerEnd(graph, locations[b]);
            var key = (node, labelOf[buildings[b].CommunityCode], shelter);
            if (!groupIndex.TryGetValue(key, out var g))
            {
                g = keys.Count;
                groupIndex[key] = g;
                keys.Add(key);
                groupPersons.Add(0);
                personSeconds.Add(0);
            }

            groupPersons[g] += part.Persons;
            personSeconds[g] += part.Persons * seconds;
        }

        var groups = new EvacueeGroup[keys.Count];
        long planned = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            var (node, label, shelter) = keys[g];
            groups[g] = new EvacueeGroup(node, (int)Math.Min(int.MaxValue, groupPersons[g]), flow.Steps(personSeconds[g] / groupPersons[g]), label, shelter);
            planned += groups[g].Persons;
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
        var gateOf = new Dictionary<int, string>();
        foreach (var sink in sinks)
        {
            gateOf.TryAdd(sink.Node, shelters[sink.Label].Name);
        }

        return Report(schedule, communityCodes, persons, total - planned, roads, gateOf);
    }

    private static ClearanceReport Report(
        EvacuationSchedule schedule, string[] codes, long[] persons, long unplanned, IReadOnlyList<Road> roads, Dictionary<int, string> gateOf)
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
            var gate = gateOf.GetValueOrDefault(graph.EdgeTarget(edge)) ?? gateOf.GetValueOrDefault(graph.EdgeSource(edge));
            return new ClearanceBottleneck(edge, roadId, name, graph.EdgeWidthM(edge), network.CapacityPps(edge), load.Persons,
                load.SaturatedSteps * network.StepSeconds, load.DelayedPersons, meanWait, gate);
        }

        var communities = new ClearanceCommunity[codes.Length];
        for (var l = 0; l < codes.Length; l++)
        {
            var label = l < schedule.Labels.Count ? schedule.Labels[l] : new LabelClearance(l, 0, 0, -1, -1, 0);
            var clearance = label.ClearanceStep >= 0 ? label.ClearanceStep * network.StepSeconds : double.NaN;
            var bottleneck = label.BottleneckEdge >= 0 ? Bottleneck(label.BottleneckEdge) : null;
            communities[l] = new ClearanceCommunity(codes[l], persons[l], label.Evacuated, clearance, bottleneck);
        }

        var edges = schedule.Bottlenecks(int.MaxValue);
        var bottlenecks = new ClearanceBottleneck[edges.Count];
        for (var i = 0; i < edges.Count; i++)
        {
            bottlenecks[i] = Bottleneck(edges[i]);
        }

        return new ClearanceReport(schedule, communities, bottlenecks, unplanned);
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
