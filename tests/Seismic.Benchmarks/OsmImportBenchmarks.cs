using BenchmarkDotNet.Attributes;
using Seismic.GeoData.Osm;

namespace Seismic.Benchmarks;

/// <summary>
/// Whole-file OpenStreetMap import of shared/osm/prague-small.osm.pbf (164,375 nodes, 23,524 ways): the streaming
/// pass and the geometry assembly. Target: ≤ 3 s and ≤ 500 MB peak on a 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class OsmImportBenchmarks
{
    private string _path = string.Empty;

    [GlobalSetup]
    public void Setup() => _path = SharedData.File(Path.Combine("osm", "prague-small.osm.pbf"));

    [Benchmark]
    public int ImportPragueSmall()
    {
        var result = OsmDistrictImporter.Import(_path);
        return result.Model.Roads.Count + result.Model.Buildings.Count;
    }
}
