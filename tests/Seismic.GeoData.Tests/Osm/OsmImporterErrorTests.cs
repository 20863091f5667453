using Seismic.Engine.Common;
using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmImporterErrorTests : IDisposable
{
    private readonly OsmTempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Import_ReadsPbf()
    {
        var path = _temp.File("tiny.osm.pbf");
        OsmTestFiles.WriteTinyPbf(path);

        var result = OsmDistrictImporter.Import(path);

        result.Report.NodesRead.Should().Be(3);
        result.Report.WaysRead.Should().Be(1);
        result.Model.Roads.Should().ContainSingle().Which.Structure.Should().Be(Engine.District.RoadStructure.Bridge);
        result.Model.Info.Name.Should().Be("tiny");
        // OsmSharp writes no bounding box into the header, so the boundary is the envelope of the imported bridge,
        // a north-south line (23.100001° to 23.100003°) widened by 1e-6° on every side to stay a polygon.
        var boundary = result.Model.Boundary.Geometry.EnvelopeInternal;
        boundary.MinY.Should().BeApproximately(23.100000, 1e-9);
        boundary.MaxY.Should().BeApproximately(23.100004, 1e-9);
        boundary.Width.Should().BeApproximately(2e-6, 1e-12);
    }

    [Fact]
    public void Import_Throws_WhenPbfIsTruncated()
    {
        var full = _temp.File("full.osm.pbf");
        OsmTestFiles.WriteTinyPbf(full);
        var bytes = File.ReadAllBytes(full);
        var path = _temp.File("cut.osm.pbf");
        File.WriteAllBytes(path, bytes[..(bytes.Length - 20)]);

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path && e.Message.Contains("cut.osm.pbf", StringComparison.Ordinal))
            .WithMessage("*truncated or corrupt*");
    }

    [Fact]
    public void Import_Throws_WhenPbfDataIsCorrupt()
    {
        var full = _temp.File("full.osm.pbf");
        OsmTestFiles.WriteTinyPbf(full);
        var bytes = File.ReadAllBytes(full);
        // Keep the header block's first bytes (so the file is recognised as PBF) and scramble the rest.
        for (var i = 40; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(bytes[i] ^ 0x5A);
        }

        var path = _temp.File("corrupt.osm.pbf");
        File.WriteAllBytes(path, bytes);

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path);
    }

    [Fact]
    public void Import_Throws_WhenTextFileIsNamedPbf()
    {
        var path = _temp.File("notes.osm.pbf");
        File.WriteAllText(path, "building_id,lon,lat\nB1,113.3,23.1\n");

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path)
            .WithMessage("*not an OSM PBF file*");
    }

    [Fact]
    public void Import_Throws_WhenFileIsMissing()
    {
        var path = _temp.File("nowhere.osm.pbf");

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path).WithMessage("*not found*");
    }

    [Fact]
    public void Import_Throws_WhenOsmFileIsEmpty()
    {
        var path = _temp.File("empty.osm");
        File.WriteAllText(path, string.Empty);

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path).WithMessage("*empty*");
    }

    [Fact]
    public void Import_Throws_WhenOsmFileHasNoElements()
    {
        var path = _temp.File("bare.osm");
        File.WriteAllText(path, "<?xml version=\"1.0\"?>\n<osm version=\"0.6\"></osm>\n");

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path).WithMessage("*0 nodes and 0 ways*");
    }

    [Fact]
    public void Import_Throws_WhenOsmFileHasNodesButNoWays()
    {
        var path = _temp.File("points.osm");
        File.WriteAllText(path, "<osm version=\"0.6\"><node id=\"1\" lat=\"23.1\" lon=\"113.3\"/></osm>");

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().WithMessage("*1 nodes and 0 ways*");
    }

    [Fact]
    public void Import_Throws_WhenXmlIsBroken()
    {
        var path = _temp.File("broken.osm");
        File.WriteAllText(path, "<osm version=\"0.6\"><node id=\"1\" lat=\"23.1\" lon=\"113.3\"/><way id=\"2\"><nd ref=");

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path);
    }

    [Fact]
    public void Import_Throws_WhenXmlIsNotOsm()
    {
        var path = _temp.File("places.osm");
        File.WriteAllText(path, "<kml><Document><Placemark><name>晓港公园</name></Placemark></Document></kml>");

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path).WithMessage("*no OpenStreetMap data*");
    }

    [Fact]
    public void Import_Throws_WhenOsmFileHoldsCsv()
    {
        var path = _temp.File("survey.osm");
        File.WriteAllText(path, "building_id,lon,lat\nB1,113.3,23.1\n");

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path).WithMessage("*not an OpenStreetMap file*");
    }

    [Fact]
    public void Import_Throws_WhenFileIsGzipped()
    {
        var path = _temp.File("roads.osm.gz");
        File.WriteAllBytes(path, [0x1F, 0x8B, 0x08, 0x00, 0x00]);

        var act = () => OsmDistrictImporter.Import(path);

        act.Should().Throw<GeoDataException>().WithMessage("*compressed*");
    }

    [Fact]
    public void Import_RejectsUsableFractionOutsideZeroToOne()
    {
        var act = () => OsmDistrictImporter.Import(
            OsmTestFiles.Path("roads.osm"), new OsmImportOptions { ParkUsableFraction = 1.5 });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Import_ReportsProgressByStage()
    {
        var stages = new List<OperationProgress>();
        var progress = new SynchronousProgress(stages.Add);

        OsmDistrictImporter.Import(OsmTestFiles.Path("roads.osm"), progress: progress);

        stages.Should().Contain(p => p.Stage == "reading nodes" && p.Done == 17);
        stages.Should().Contain(p => p.Stage == "reading ways" && p.Done == 23);
        stages.Select(p => p.Stage).Should().Contain("assembling features");
    }

    /// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so the list is complete on return.</summary>
    private sealed class SynchronousProgress(Action<OperationProgress> report) : IProgress<OperationProgress>
    {
        public void Report(OperationProgress value) => report(value);
    }
}
