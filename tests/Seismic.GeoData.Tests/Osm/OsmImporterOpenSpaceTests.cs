using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmImporterOpenSpaceTests
{
    private const double EarthRadiusM = 6_371_008.8;

    private static readonly OsmImportResult Result = OsmDistrictImporter.Import(OsmTestFiles.Path("open-spaces.osm"));

    /// <summary>Exact area of a longitude/latitude rectangle on the sphere: R²·Δλ·(sin φ₂ − sin φ₁).</summary>
    private static double SphericalRectangleM2(double lon1, double lon2, double lat1, double lat2) =>
        EarthRadiusM * EarthRadiusM * ((lon2 - lon1) * Math.PI / 180)
        * (Math.Sin(lat2 * Math.PI / 180) - Math.Sin(lat1 * Math.PI / 180));

    [Fact]
    public void Import_MakesLargeParkAShelterCandidate_WithUsableShareOfItsArea()
    {
        var park = Result.Model.Shelters.Single(s => s.Id == "osm-w500");
        park.Category.Should().Be(ShelterCategory.Candidate);
        park.SiteType.Should().Be("park");
        park.Name.Should().Be("晓港公园");
        park.NameEn.Should().Be("Xiaogang Park");
        var expected = 0.6 * SphericalRectangleM2(113.3200, 113.3210, 23.1200, 23.1210);
        park.UsableAreaM2.Should().BeApproximately(expected, expected * 1e-3);
        park.CapacityPersons.Should().Be(Shelter.CapacityFromArea(park.UsableAreaM2));
        park.Geometry.Should().BeOfType<Polygon>();
    }

    [Fact]
    public void Import_DropsParkBelowMinimumSite_AndCountsIt()
    {
        Result.Model.Shelters.Select(s => s.Id).Should().NotContain("osm-w501");
        Result.Report.ParksDroppedTooSmall.Should().Be(1);
    }

    [Fact]
    public void Import_KeepsSmallPark_WhenMinimumIsLowered()
    {
        var result = OsmDistrictImporter.Import(
            OsmTestFiles.Path("open-spaces.osm"),
            new OsmImportOptions { MinimumParkUsableAreaM2 = 100, ParkUsableFraction = 0.5 });
        var park = result.Model.Shelters.Single(s => s.Id == "osm-w501");
        var expected = 0.5 * SphericalRectangleM2(113.3200, 113.3203, 23.1220, 23.1223);
        park.UsableAreaM2.Should().BeApproximately(expected, expected * 1e-3);
        result.Report.ParksDroppedTooSmall.Should().Be(0);
    }

    [Fact]
    public void Import_ReadsAssemblyPointNode_AndWayCentroid()
    {
        var node = Result.Model.AssemblyPoints.Single(a => a.Id == "osm-n600");
        node.Name.Should().Be("青凤社区集合点");
        node.Location.X.Should().BeApproximately(113.3205, 1e-9);
        node.Location.Y.Should().BeApproximately(23.1250, 1e-9);

        var area = Result.Model.AssemblyPoints.Single(a => a.Id == "osm-w503");
        area.Location.X.Should().BeApproximately(113.3201, 1e-9);
        area.Location.Y.Should().BeApproximately(23.1241, 1e-9);
        Result.Report.AssemblyPoints.Should().Be(2);
    }

    [Fact]
    public void Import_ReadsAmenityShelters_AndSkipsBusStopShelters()
    {
        var point = Result.Model.Shelters.Single(s => s.Id == "osm-n601");
        point.Geometry.Should().BeOfType<Point>();
        point.SiteType.Should().Be("shelter");
        point.UsableAreaM2.Should().Be(0);
        point.CapacityPersons.Should().Be(0);

        var roofed = Result.Model.Shelters.Single(s => s.Id == "osm-w502");
        var expected = SphericalRectangleM2(113.3200, 113.3201, 23.1230, 23.1231);
        roofed.UsableAreaM2.Should().BeApproximately(expected, expected * 1e-3);

        Result.Model.Shelters.Select(s => s.Id).Should().NotContain("osm-n602");
        Result.Report.SheltersSkippedPublicTransport.Should().Be(1);
        Result.Report.Shelters.Should().Be(3);
    }
}
