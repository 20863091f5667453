using BenchmarkDotNet.Attributes;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;

namespace Seismic.Benchmarks;

/// <summary>Loading the committed Haizhu sample from its GeoPackage (target: ≤ 1 s).</summary>
[MemoryDiagnoser]
public class DistrictLoadBenchmarks
{
    private string _path = "";

    [GlobalSetup]
    public void Setup() => _path = RepositoryFiles.HaizhuSample;

    [Benchmark]
    public DistrictModel LoadHaizhuSample() => DistrictGeoPackage.Read(_path);
}
