using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Routing;

namespace Seismic.Benchmarks;

/// <summary>
/// Capacitated shelter assignment for the committed Haizhu sample (target ≤ 3 s), night case, k = 5 nearest shelters:
/// the "assigning shelters" stage of <c>seismic evacuate --night</c> without a scenario — pedestrian network from the
/// roads, shelters and buildings snapped, the k nearest shelters of every building by walking time, then the OR-Tools
/// min-cost flow. The district is read from its GeoPackage once, in the setup. Each operation takes about a second,
/// so a few monitored iterations are enough.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class AssignmentBenchmarks
{
    private const int NearestShelters = 5;

    private DistrictModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _model = DistrictGeoPackage.Read(RepositoryFiles.HaizhuSample);
        Console.WriteLine($"// Haizhu sample: {_model.Buildings.Count:N0} buildings, {_model.Shelters.Count:N0} shelters");
    }

    /// <summary>Network, snapping, k nearest shelters and min-cost flow for every building's night occupants.</summary>
    [Benchmark]
    public long CapacitatedAssignmentHaizhu()
    {
        var network = PedestrianNetwork.FromDistrict(_model);
        var problem = EvacuationProblem.Build(_model, network, night: true, NearestShelters, "haizhu");
        var result = ShelterAssigner.Solve(problem);
        return result.ServedPersons;
    }
}
