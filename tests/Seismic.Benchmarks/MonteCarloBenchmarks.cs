using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard;
using Seismic.Engine.Risk.Scenario;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Benchmarks;

/// <summary>
/// Monte Carlo damage of the scenario capability: 1,000,000 synthetic buildings on about 1,000 site cells of 250 m,
/// 100 correlated PGA realizations (BSSA14, Jayaram–Baker), HAZUS damage-state probabilities, indoor casualties and
/// displaced residents aggregated per building, community and street. The measured method runs the production
/// partitions (<see cref="ScenarioRunner.RunPartition"/> over <see cref="ScenarioPartition.Default"/>, concurrently,
/// merged exactly) — the scenario run without the one-off ground-motion preparation and the summary. Target: ≤ 2 s on
/// 2 cores (≥ 5×10⁷ building-realizations/s), peak memory ≤ 2 GB. tests/Seismic.Benchmarks/numpy/montecarlo.py is the
/// same job in NumPy/SciPy for comparison.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class MonteCarloBenchmarks
{
    // A Guangzhou-like stock: mostly reinforced-concrete frames and walls, then masonry, a little steel and wood
    // (weights in per cent over HAZUS model building types; code levels drawn separately).
    private static readonly (string Type, int Weight)[] Stock =
    [
        ("C1L", 14), ("C1M", 16), ("C1H", 6), ("C2L", 8), ("C2M", 12), ("C2H", 8), ("URML", 12), ("URMM", 6),
        ("RM1L", 6), ("RM1M", 4), ("S1L", 3), ("S1M", 2), ("W1", 2), ("W2", 1),
    ];

    private static readonly CodeLevel[] Levels = [CodeLevel.Pre, CodeLevel.Low, CodeLevel.Moderate, CodeLevel.High];

    private ScenarioDefinition _definition = null!;
    private ScenarioInputs _inputs = null!;
    private ScenarioGroundMotion _ground = null!;
    private IReadOnlyList<ScenarioPartition> _partitions = null!;

    [Params(1_000_000)]
    public int Buildings { get; set; }

    [Params(100)]
    public int Realizations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        var classes = new List<ScenarioFragilityClass>();
        var types = new List<int>();
        foreach (var (type, weight) in Stock)
        {
            foreach (var level in Levels)
            {
                classes.Add(ScenarioFragilityClass.From(HazusFragilityTable.Default.Resolve(type, level), CasualtyRates.Default));
            }

            for (var w = 0; w < weight; w++)
            {
                types.Add(classes.Count - Levels.Length);
            }
        }

        // 8 km × 7.8 km (32 × 31 cells of 250 m ≈ 1,000 cells), buildings in random order (no spatial locality to lean on).
        const double x0 = 500_000;
        const double y0 = 2_500_000;
        const int communities = 250;
        const int streets = 18;
        var n = Buildings;
        var x = new double[n];
        var y = new double[n];
        var vs30 = new double[n];
        var cls = new int[n];
        var day = new double[n];
        var night = new double[n];
        var residents = new double[n];
        var community = new int[n];
        var street = new int[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = x0 + random.NextDouble() * 8_000;
            y[i] = y0 + random.NextDouble() * 7_750;
            vs30[i] = 180 + random.NextDouble() * 420;
            cls[i] = types[random.Next(types.Count)] + random.Next(Levels.Length);
            night[i] = random.Next(0, 120);
            day[i] = random.Next(0, 300);
            residents[i] = night[i];
            // Communities are contiguous blocks of the area (16 × 16 cells of 500 m), streets groups of them.
            var c = (int)((x[i] - x0) / 500) + 16 * (int)((y[i] - y0) / 500);
            community[i] = c % communities;
            street[i] = community[i] % streets;
        }

        var communityNames = new string[communities];
        for (var c = 0; c < communities; c++)
        {
            communityNames[c] = "c" + c;
        }

        var streetNames = new string[streets];
        for (var s = 0; s < streets; s++)
        {
            streetNames[s] = "s" + s;
        }

        _inputs = new ScenarioInputs(x, y, vs30, cls, day, night, residents, community, street, classes, communityNames, streetNames);

        // Mw 6.0 at 10 km depth, 15 km south-east of the area's centre.
        _definition = new ScenarioDefinition(
            new RuptureParameters(6.0, HypocentreDepthKm: 10, EpicentreLonDeg: 113.42, EpicentreLatDeg: 22.98),
            x0 + 4_000 + 10_600, y0 + 3_900 - 10_600, "bssa14", Realizations, Seed: 7, Night: true);
        _ground = ScenarioGroundMotion.Prepare(_definition, _inputs);
        _partitions = ScenarioPartition.Default(n, Realizations);
        Console.WriteLine($"// Monte Carlo setup: {n} buildings, {_ground.Grid.CellCount} site cells, {classes.Count} classes, {_partitions.Count} partitions");
    }

    /// <summary>All partitions, as the scenario run schedules them: concurrently, merged under a lock.</summary>
    [Benchmark]
    public ScenarioAccumulator MonteCarloDamage()
    {
        var total = new ScenarioAccumulator(0, _inputs.Count, Realizations, _inputs.CommunityNames.Count, _inputs.StreetNames.Count);
        var gate = new object();
        Parallel.For(0, _partitions.Count, i =>
        {
            var partial = ScenarioRunner.RunPartition(_definition, _inputs, _ground, _partitions[i]);
            lock (gate)
            {
                total.Merge(partial);
            }
        });

        return total;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"// Monte Carlo peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):F0} MB");
    }
}
