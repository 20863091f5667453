using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData;
using Seismic.GeoData.Osm;

namespace Seismic.Functional.Tests.Osm;

/// <summary>
/// Imports the real extracts in shared/osm. Expected counts were measured on these files (2026-11) and are asserted
/// with margins so that a refinement of a tag rule does not break them, while a broken reader does.
/// </summary>
public sealed class OsmImportFunctionalTests
{
    [Fact]
    public void Import_ReadsMonaco_WithWalkableNetworkBridgesTunnelsAndSteps()
    {
        var result = OsmDistrictImporter.Import(SharedOsmFiles.Path("monaco.osm.pbf"));
        var report = result.Report;

        // Measured: 180,118 nodes, 27,377 ways, 2,920 roads of which 2,773 walkable, 69 bridges, 149 tunnels,
        // 259 steps, 23,329 buildings.
        report.NodesRead.Should().Be(180_118);
        report.WaysRead.Should().Be(27_377);
        report.WalkableRoads.Should().BeGreaterThan(2_000);
        report.Bridges.Should().BeGreaterThan(30);
        report.Tunnels.Should().BeGreaterThan(80, "Monaco's roads run through many tunnels");
        report.Steps.Should().BeGreaterThan(150, "Monaco is steep and its footpaths are stairs");
        report.Buildings.Should().BeGreaterThan(15_000);
        result.Model.Roads.Should().Contain(r => r.Class == RoadClass.Motorway && !r.PedestrianAccess);
        AssertModelIsConsistent(result);
    }

    [Fact]
    public void Import_ReadsPragueSmall_WithRoadsBuildingsAndParks()
    {
        var result = OsmDistrictImporter.Import(SharedOsmFiles.Path("prague-small.osm.pbf"));
        var report = result.Report;

        // Measured: 164,375 nodes, 23,524 ways, 598 relations, 7,822 roads (7,440 walkable), 75 bridges,
        // 187 tunnels, 312 steps, 9,904 buildings (33 from relations), 43 parks of ≥ 2,000 m² usable.
        report.NodesRead.Should().Be(164_375);
        report.WaysRead.Should().Be(23_524);
        report.RelationsRead.Should().Be(598);
        report.Roads.Should().BeGreaterThan(5_000);
        report.WalkableRoads.Should().BeGreaterThan(5_000);
        report.Bridges.Should().BeGreaterThan(30);
        report.Tunnels.Should().BeGreaterThan(50);
        report.Steps.Should().BeGreaterThan(100);
        report.Buildings.Should().BeGreaterThan(7_000);
        report.RelationBuildings.Should().BeGreaterThan(10);
        result.Model.Shelters.Count(s => s.SiteType == "park").Should().BeGreaterThan(20);
        result.Model.Buildings.Count(b => b.Use == BuildingUse.Residential).Should().BeGreaterThan(3_000);

        // The boundary is the extract's own bounding box from the PBF header (written by the extract tool).
        var boundary = result.Model.Boundary.Geometry.EnvelopeInternal;
        boundary.MinX.Should().BeApproximately(14.45, 1e-6);
        boundary.MaxX.Should().BeApproximately(14.53, 1e-6);
        boundary.MinY.Should().BeApproximately(50.11, 1e-6);
        boundary.MaxY.Should().BeApproximately(50.15, 1e-6);
        AssertModelIsConsistent(result);
    }

    [Fact]
    public void Import_Throws_WhenMonacoCopyIsTruncated()
    {
        var source = SharedOsmFiles.Path("monaco.osm.pbf");
        var bytes = File.ReadAllBytes(source);
        var path = Path.Combine(Path.GetTempPath(), $"seismic-monaco-cut-{Guid.NewGuid():N}.osm.pbf");
        try
        {
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

            var act = () => OsmDistrictImporter.Import(path);

            act.Should().Throw<GeoDataException>()
                .Where(e => e.File == path)
                .WithMessage("*truncated or corrupt*");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void AssertModelIsConsistent(OsmImportResult result)
    {
        var model = result.Model;
        model.Info.Source.Should().Be("osm");
        model.Roads.Should().HaveCount(result.Report.Roads);
        model.Buildings.Should().HaveCount(result.Report.Buildings);
        model.Shelters.Should().HaveCount(result.Report.Shelters);
        model.Roads.Select(r => r.Id).Should().OnlyHaveUniqueItems();
        model.Buildings.Select(b => b.Id).Should().OnlyHaveUniqueItems();
        model.Roads.Should().OnlyContain(r => r.Geometry.NumPoints >= 2 && r.WidthM > 0);
        model.Buildings.Should().OnlyContain(b => b.Footprint.IsValid && b.Footprint.Area > 0 && b.Footprint.Dimension == Dimension.Surface);
        model.Shelters.Should().OnlyContain(s => s.CapacityPersons == Shelter.CapacityFromArea(s.UsableAreaM2));
        model.Shelters.Where(s => s.SiteType == "park").Should().OnlyContain(s => s.UsableAreaM2 >= 2_000);

        var boundary = model.Boundary.Geometry.EnvelopeInternal;
        model.Roads.Should().OnlyContain(r => boundary.Contains(r.Geometry.EnvelopeInternal));
        model.Buildings.Should().OnlyContain(b => boundary.Contains(b.Footprint.EnvelopeInternal));
    }
}
