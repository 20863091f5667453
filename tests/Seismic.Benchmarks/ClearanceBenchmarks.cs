using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.Engine.Routing.Flow;
using Seismic.GeoData.Evacuation;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Routing;

namespace Seismic.Benchmarks;

/// <summary>
/// Clearance with street capacity for the committed Haizhu sample, night case: the Capacity Constrained Route Planner
/// (10 s steps, 1.3 persons/(m·s)) on the capacitated shelter plan, each group bound for the shelter the plan gave it —
/// the "planning clearance with street capacity" stage of <c>seismic evacuate --night</c> without a scenario. The
/// district, its pedestrian network and the plan (k = 5, min-cost flow, as the command builds them) are made once, in
/// the setup; only the planner is measured. Strict earliest-arrival order takes tens of seconds per run, so one warm-up
/// and three monitored iterations; the district clearance time, searches and routes of the last run are printed when
/// the run ends.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class ClearanceBenchmarks
{
    private const int NearestShelters = 5;

    private DistrictModel _model = null!;
    private PedestrianNetwork _network = null!;
    private ShelterAssignment _plan = null!;
    private List<Shelter> _shelters = [];
    private ClearanceReport? _last;

    [GlobalSetup]
    public void Setup()
    {
        _model = DistrictGeoPackage.Read(RepositoryFiles.HaizhuSample);
        _network = PedestrianNetwork.FromDistrict(_model);
        var problem = EvacuationProblem.Build(_model, _network, night: true, NearestShelters, "haizhu");
        _plan = ShelterAssigner.Solve(problem);

        // The command plans with the shelters the assignment kept (all of them when no scenario closed any).
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shelter in _plan.Problem.Shelters)
        {
            kept.Add(shelter.Id);
        }

        _shelters = _model.Shelters.Where(s => kept.Contains(s.Id)).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// Haizhu sample, night: {_plan.ServedPersons:N0} planned persons, {_shelters.Count:N0} shelters, {_model.Buildings.Count:N0} buildings"));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_last is null)
        {
            return;
        }

        var schedule = _last.Schedule;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"// clearance {_last.ClearanceSeconds / 60:0.0} min for {schedule.EvacuatedPersons:N0} persons; {schedule.Searches:N0} searches, {schedule.Routes:N0} routes; tolerance {schedule.Network.Options.OrderToleranceSeconds:0} s"));
    }

    /// <summary>The planner with the district default order tolerance (one minute).</summary>
    [Benchmark]
    public double ClearanceHaizhuNight()
    {
        _last = EvacuationClearance.Plan(_plan, _model.Buildings, _shelters, _model.Roads, _network, night: true);
        return _last.ClearanceSeconds;
    }

    /// <summary>The planner in strict earliest-arrival order (the published CCRP, tolerance 0).</summary>
    [Benchmark]
    public double ClearanceHaizhuNightStrict()
    {
        _last = EvacuationClearance.Plan(
            _plan, _model.Buildings, _shelters, _model.Roads, _network, night: true, PedestrianFlowOptions.Default);
        return _last.ClearanceSeconds;
    }
}
