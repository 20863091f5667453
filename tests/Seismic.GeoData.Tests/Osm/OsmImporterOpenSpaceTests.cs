using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmImporterOpenSpaceTests
{
    // WGS 84 ellipsoid (NIMA TR 8350.2): semi-major axis and first eccentricity squared.
    private const double SemiMajorAxisM = 6_378_137.0;
    private const double EccentricitySquared = 0.00669437999014;

    private static readonly OsmImportResult Result = OsmDistrictImporter.Import(OsmTestFiles.Path("open-spaces.osm"));

    /// <summary>
    /// Area of a small longitude/latitude rectangle on the WGS 84 ellipsoid: M·N·cos φ·Δφ·Δλ at the middle latitude,
    /// with M the meridional and N the prime-vertical radius of curvature. Exact to far better than 0.1 % for
    /// rectangles of a few hundred metres.
    /// </summary>
    private static double EllipsoidRectangleM2(double lon1, double lon2, double lat1, double lat2)
    {
        var phi = (lat1 + lat2) / 2 * Math.PI / 180;
        var w = 1 - (EccentricitySquared * Math.Sin(phi) * Math.Sin(phi));
        var n = SemiMajorAxisM / Math.Sqrt(w);
        var m = SemiMajorAxisM * (1 - EccentricitySquared) / (w * Math.Sqrt(w));
        return m * n * Math.Cos(phi) * ((lat2 - lat1) * Math.PI / 180) * ((lon2 - lon1) * Math.PI / 180);
    }

    [Fact]
    public void Import_MakesLargeParkAShelterCandidate_WithUsableShareOfItsArea()
    {
        var park = Result.Model.Shelters.Single(s => s.Id == "osm-w500");
        park.Category.Should().Be(ShelterCategory.Candidate);
        park.SiteType.Should().Be("park");
        park.Name.Should().Be("晓港公园");
        park.NameEn.Should().Be("Xiaogang Park");
        var expected = 0.6 * EllipsoidRectangleM2(113.3200, 113.3210, 23.1200, 23.1210);
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
        var expected = 0.5 * EllipsoidRectangleM2(113.3200, 113.3203, 23.1220, 23.1223);
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
        var expected = EllipsoidRectangleM2(113.3200, 113.3201, 23.1230, 23.1231);
        roofed.UsableAreaM2.Should().BeApproximately(expected, expected * 1e-3);

        Result.Model.Shelters.Select(s => s.Id).Should().NotContain("osm-n602");
        Result.Report.SheltersSkippedPublicTransport.Should().Be(1);
        Result.Report.Shelters.Should().Be(3);
    }
}
