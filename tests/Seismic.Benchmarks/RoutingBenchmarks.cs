using BenchmarkDotNet.Attributes;
using Seismic.Engine.Routing;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Synthesis;

namespace Seismic.Benchmarks;

/// <summary>
/// Shortest paths on real and synthetic networks. Targets: one-to-all on prague-small ≤ 2 ms (pgRouting 3.4
/// pgr_drivingDistance 26 ms, a plain Python heapq Dijkstra 13 ms on the same extract); point-to-point ≥ 20× faster
/// than pgr_dijkstra; nearest shelter for all 50,000 buildings of the synthetic Haizhu district ≤ 150 ms (buildings and
/// shelter entrances snapped once, beforehand).
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private const int Pairs = 100;

    private ShortestPathSearch _prague = null!;
    private int[] _from = [];
    private int[] _to = [];
    private int _next;
    private PedestrianNetwork _haizhuNetwork = null!;
    private Seismic.Engine.District.DistrictModel _haizhuModel = null!;
    private ShortestPathSearch _haizhu = null!;
    private RouteSource[] _shelters = [];
    private EdgeLocation[] _buildings = [];
    private int[] _labels = [];
    private double[] _seconds = [];

    [GlobalSetup(Targets = [nameof(OneToAllPrague), nameof(PointToPointPrague), nameof(BidirectionalPrague)])]
    public void SetupPrague()
    {
        var (network, _) = PedestrianNetwork.FromOsm(SharedData.File(Path.Combine("osm", "prague-small.osm.pbf")));
        var graph = network.Graph;
        _prague = new ShortestPathSearch(graph);
        var random = new Random(42);
        var largest = new List<int>();
        for (var v = 0; v < graph.NodeCount; v++)
        {
            if (graph.Component(v) == graph.LargestComponent)
            {
                largest.Add(v);
            }
        }

        _from = new int[Pairs];
        _to = new int[Pairs];
        for (var i = 0; i < Pairs; i++)
        {
            _from[i] = largest[random.Next(largest.Count)];
            _to[i] = largest[random.Next(largest.Count)];
        }

        Console.WriteLine($"// prague-small: {graph.NodeCount:N0} nodes, {graph.EdgeCount:N0} edges");
    }

    [GlobalSetup(Targets = [nameof(NearestShelterHaizhu), nameof(SnapBuildingsHaizhu)])]
    public void SetupHaizhu()
    {
        var model = DistrictSynthesizer.Haizhu();
        var network = PedestrianNetwork.FromDistrict(model);
        (_haizhuNetwork, _haizhuModel) = (network, model);
        _haizhu = new ShortestPathSearch(network.Graph);
        _shelters = network.SnapShelters(model.Shelters);
        _buildings = network.SnapBuildings(model.Buildings);
        _labels = new int[_buildings.Length];
        _seconds = new double[_buildings.Length];
        Console.WriteLine(
            $"// Haizhu: {network.Graph.NodeCount:N0} nodes, {network.Graph.EdgeCount:N0} edges, {_buildings.Length:N0} buildings, {_shelters.Length:N0} shelter access points");
    }

    /// <summary>Dijkstra from one node to every node of prague-small (length in metres).</summary>
    [Benchmark]
    public double OneToAllPrague()
    {
        var i = _next++ % Pairs;
        _prague.OneToAll(_from[i], RouteMetric.Length);
        return _prague.Costs[_to[i]];
    }

    /// <summary>A* between random node pairs of prague-small; time per pair.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public double PointToPointPrague()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += _prague.Route(_from[i], _to[i]).DistanceM;
        }

        return sum;
    }

    /// <summary>Bidirectional Dijkstra between the same random node pairs of prague-small; time per pair.</summary>
    [Benchmark(OperationsPerInvoke = Pairs)]
    public double BidirectionalPrague()
    {
        var sum = 0.0;
        for (var i = 0; i < Pairs; i++)
        {
            sum += _prague.RouteBidirectional(_from[i], _to[i]).DistanceM;
        }

        return sum;
    }

    /// <summary>Multi-source Dijkstra from every shelter entrance, then the nearest shelter of all 50,000 buildings.</summary>
    [Benchmark]
    public int NearestShelterHaizhu()
    {
        _haizhu.MultiSource(_shelters, RouteMetric.WalkTime);
        _haizhu.NearestSources(_buildings, _labels, _seconds);
        return _labels[0];
    }

    /// <summary>Snapping all 50,000 Haizhu buildings onto the network (projection and STR-tree nearest edge), done once
    /// before any number of assignments.</summary>
    [Benchmark]
    public int SnapBuildingsHaizhu() => _haizhuNetwork.SnapBuildings(_haizhuModel.Buildings).Length;
}
