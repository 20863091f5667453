using BenchmarkDotNet.Attributes;
using NetTopologySuite.Geometries;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.Engine.Vulnerability.Scoring;

namespace Seismic.Benchmarks;

/// <summary>
/// The scoring pass (FEMA 154 score, HAZUS damage and collapse at one PGA, resilience index at the design and rare
/// earthquakes) over a district-sized set of buildings held in memory. Target: ≥ 10 million buildings/s on 2 cores,
/// no allocation per building.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private BuildingScoringBatch _batch = null!;
    private ScoringOutputs _outputs = null!;

    [Params(1_000_000)]
    public int Buildings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20261126);
        var location = new Point(113.30, 23.10) { SRID = 4326 };
        var types = Enum.GetValues<StructureType>();
        var records = new SurveyRecord[Buildings];
        for (var i = 0; i < records.Length; i++)
        {
            var storeys = random.Next(1, 34);
            var occupants = random.Next(0, 800);
            records[i] = new SurveyRecord(
                "B" + i, location, string.Empty, string.Empty, string.Empty, types[random.Next(types.Length)],
                random.Next(12) == 0 ? null : random.Next(1950, 2026), storeys, random.Next(0, 3), storeys * 3.0,
                random.Next(60, 30000), (BuildingUse)random.Next(7), (ImportanceCategory)random.Next(3), occupants,
                occupants / 2, random.Next(5) == 0 ? null : random.Next(6, 10),
                random.Next(4) == 0 ? null : (SiteClass)random.Next(5), null, (BuildingCondition)random.Next(4),
                (Irregularity)random.Next(3), random.Next(4) == 0, random.Next(3) == 0, random.Next(5) == 0,
                random.Next(6) == 0, random.Next(3) == 0, string.Empty, null, []);
        }

        _batch = BuildingScoringBatch.Create(records, new BuildingScorer());
        _outputs = new ScoringOutputs(records.Length);
    }

    [Benchmark]
    public void ScorePass() => ScoringKernel.Score(_batch, 0.2, _outputs);
}
