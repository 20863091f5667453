using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Synthesis;

namespace Seismic.Benchmarks;

/// <summary>
/// Nearest shelter for every building of a 1,000,000-building synthetic city (the Haizhu generator with its outline
/// scaled by √20; target ≤ 3 s and ≤ 2 GB): snapping every building onto the pedestrian network (STR-tree) and one
/// multi-source Dijkstra from all shelter entrances, then the lookup per building. The city, its network and the
/// shelter entrances are built once, in the setup; the process's peak working set (the city model included) is
/// printed when the run ends. Each operation takes about a second, so a few monitored iterations are enough.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class NearestShelterCityBenchmarks
{
    private DistrictModel _model = null!;
    private PedestrianNetwork _network = null!;
    private ShortestPathSearch _search = null!;
    private RouteSource[] _shelters = [];
    private int[] _labels = [];
    private double[] _seconds = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 1_000_000));
        _network = PedestrianNetwork.FromDistrict(_model);
        _search = new ShortestPathSearch(_network.Graph);
        _shelters = _network.SnapShelters(_model.Shelters);
        _labels = new int[_model.Buildings.Count];
        _seconds = new double[_model.Buildings.Count];
        Console.WriteLine(
            $"// city: {_model.Buildings.Count:N0} buildings, {_network.Graph.NodeCount:N0} nodes, {_network.Graph.EdgeCount:N0} edges, {_shelters.Length:N0} shelter access points");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB (city model included)");
    }

    /// <summary>Snap all 1,000,000 buildings, one multi-source search, nearest shelter of each building.</summary>
    [Benchmark]
    public int NearestShelterMillion()
    {
        var buildings = _network.SnapBuildings(_model.Buildings);
        _search.MultiSource(_shelters, RouteMetric.WalkTime);
        _search.NearestSources(buildings, _labels, _seconds);
        return _labels[^1];
    }
}
