namespace Seismic.Engine.Routing.Assignment;

/// <summary>
/// A capacitated shelter assignment: shelters with capacities and, per building, its persons and its k nearest
/// shelters by walking time.
/// </summary>
/// <param name="Shelters">The shelters.</param>
/// <param name="ShelterComponents">Network component of each shelter's access (−1 when it is off the network).</param>
/// <param name="Demands">One demand per building.</param>
public sealed record ShelterAssignmentProblem(
    IReadOnlyList<ShelterSite> Shelters, IReadOnlyList<int> ShelterComponents, IReadOnlyList<AssignmentDemand> Demands)
{
    /// <summary>
    /// Builds the problem on a pedestrian network: one multi-source search per shelter (all its entrances at once),
    /// by time and by length, keeping for every building the k shelters with the shortest walking time. One search per
    /// shelter costs about a millisecond on the Haizhu network, so tens of shelters are cheap.
    /// </summary>
    /// <param name="graph">The pedestrian graph.</param>
    /// <param name="shelters">The shelters.</param>
    /// <param name="entrances">Access points labelled with the shelter index (see RouteSource).</param>
    /// <param name="origins">The buildings with persons and snapped location.</param>
    /// <param name="nearestShelters">k, the shelters kept per building, ≥ 1.</param>
    public static ShelterAssignmentProblem FromNetwork(
        PedestrianGraph graph,
        IReadOnlyList<ShelterSite> shelters,
        IReadOnlyList<RouteSource> entrances,
        IReadOnlyList<EvacueeOrigin> origins,
        int nearestShelters)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(shelters);
        ArgumentNullException.ThrowIfNull(entrances);
        ArgumentNullException.ThrowIfNull(origins);
        ArgumentOutOfRangeException.ThrowIfLessThan(nearestShelters, 1);
        var k = Math.Min(nearestShelters, Math.Max(1, shelters.Count));
        var n = origins.Count;
        var locations = new EdgeLocation[n];
        for (var b = 0; b < n; b++)
        {
            locations[b] = origins[b].Location;
        }

        var bestTime = new double[n * k];
        var bestDistance = new double[n * k];
        var bestShelter = new int[n * k];
        Array.Fill(bestTime, double.PositiveInfinity);
        Array.Fill(bestShelter, -1);
        var labels = new int[n];
        var times = new double[n];
        var lengths = new double[n];
        var components = new int[shelters.Count];
        Array.Fill(components, -1);
        var search = new ShortestPathSearch(graph);
        var seeds = new List<RouteSource>();
        var sites = new ShelterSite[shelters.Count];
        for (var s = 0; s < shelters.Count; s++)
        {
            seeds.Clear();
            var snap = double.PositiveInfinity;
            foreach (var entrance in entrances)
            {
                if (entrance.Label == s && entrance.Location.IsValid)
                {
                    seeds.Add(entrance);
                    snap = Math.Min(snap, entrance.Location.SnapDistanceM);
                    if (components[s] < 0)
                    {
                        components[s] = graph.Component(graph.EdgeSource(entrance.Location.Edge));
                    }
                }
            }

            sites[s] = shelters[s] with { AccessPoints = seeds.Count, SnapDistanceM = seeds.Count > 0 ? snap : double.NaN };
            if (seeds.Count == 0)
            {
                continue;
            }

            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(seeds);
            search.MultiSource(span, RouteMetric.WalkTime);
            search.NearestSources(locations, labels, times);
            search.MultiSource(span, RouteMetric.Length);
            search.NearestSources(locations, labels, lengths);
            for (var b = 0; b < n; b++)
            {
                Insert(bestTime, bestDistance, bestShelter, b * k, k, times[b], lengths[b], s);
            }
        }

        var demands = new AssignmentDemand[n];
        for (var b = 0; b < n; b++)
        {
            var count = 0;
            while (count < k && bestShelter[(b * k) + count] >= 0)
            {
                count++;
            }

            var candidates = new ShelterCandidate[count];
            for (var i = 0; i < count; i++)
            {
                var at = (b * k) + i;
                candidates[i] = new ShelterCandidate(bestShelter[at], bestDistance[at], bestTime[at]);
            }

            var origin = origins[b];
            var component = origin.Location.IsValid ? graph.Component(graph.EdgeSource(origin.Location.Edge)) : -1;
            demands[b] = new AssignmentDemand(origin.Id, origin.CommunityCode, origin.Persons, component, candidates)
            {
                SnapDistanceM = origin.Location.IsValid ? origin.Location.SnapDistanceM : double.NaN,
            };
        }

        return new ShelterAssignmentProblem(sites, components, demands);
    }

    /// <summary>Inserts a candidate into a building's sorted k-best slots (insertion sort: k is small).</summary>
    private static void Insert(double[] time, double[] distance, int[] shelter, int start, int k, double t, double d, int s)
    {
        if (!(t < time[start + k - 1]))
        {
            return;
        }

        var i = start + k - 1;
        while (i > start && time[i - 1] > t)
        {
            time[i] = time[i - 1];
            distance[i] = distance[i - 1];
            shelter[i] = shelter[i - 1];
            i--;
        }

        time[i] = t;
        distance[i] = d;
        shelter[i] = s;
    }
}
