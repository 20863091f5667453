using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Seismic.Engine.District;
using Seismic.GeoData.Synthesis;

namespace Seismic.Benchmarks;

/// <summary>
/// The synthetic-district generator: the Haizhu sample (50,000 buildings; target a few seconds) and the scaled
/// 1,000,000-building district (outline scaled by √20 around its centroid; target ≤ 30 s on a 2-core machine).
/// Each run takes seconds, so a few monitored iterations are enough.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SynthesisBenchmarks
{
    [Params(50_000, 1_000_000)]
    public int Buildings { get; set; }

    [Benchmark]
    public int Synthesize()
    {
        DistrictModel model = DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: Buildings));
        return model.Buildings.Count + model.Roads.Count;
    }
}
