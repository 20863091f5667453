using Seismic.Engine.Common;
using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmImporterProgressTests : IDisposable
{
    private readonly OsmTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_ReportsNodeProgressEveryFiftyThousandNodes()
    {
        var path = _temp.File("line.osm.pbf");
        OsmTestFiles.WriteTinyPbf(path, nodeCount: 120_000);
        var reports = new List<OperationProgress>();

        var result = OsmDistrictImporter.Import(path, progress: new ListProgress(reports));

        result.Report.NodesRead.Should().Be(120_000);
        reports.Where(p => p.Stage == "reading nodes").Select(p => p.Done)
            .Should().Equal(50_000, 100_000, 120_000);
        reports.Should().Contain(p => p.Stage == "reading ways" && p.Done == 1);
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the list is complete on return.</summary>
    private sealed class ListProgress(List<OperationProgress> reports) : IProgress<OperationProgress>
    {
        public void Report(OperationProgress value) => reports.Add(value);
    }
}
