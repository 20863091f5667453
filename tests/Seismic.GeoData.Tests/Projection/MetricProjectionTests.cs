using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.Projection;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Projection;

public class MetricProjectionTests
{
    private static GeometryFactory F => DistrictGeometry.Factory;

    [Fact]
    public void ForExtent_PicksUtm49N_ForHaizhu()
    {
        var projection = MetricProjection.ForExtent(new Envelope(113.23, 113.41, 23.04, 23.12));

        projection.Zone.Should().Be(49);
        projection.IsNorth.Should().BeTrue();
        projection.Epsg.Should().Be(32649);
        projection.Name.Should().Be("WGS 84 / UTM zone 49N");
        projection.CentralMeridianDeg.Should().Be(111);
    }

    [Theory]
    [InlineData(151.21, -33.87, 56, false, 32756)] // Sydney
    [InlineData(-0.13, 51.51, 30, true, 32630)] // London, just west of Greenwich
    [InlineData(-179.9, 10, 1, true, 32601)]
    [InlineData(180, -10, 60, false, 32760)]
    public void ForExtent_PicksZoneAndHemisphere_FromCentre(double lon, double lat, int zone, bool north, int epsg)
    {
        var projection = MetricProjection.ForExtent(new Envelope(lon, lon, lat, lat));

        projection.Zone.Should().Be(zone);
        projection.IsNorth.Should().Be(north);
        projection.Epsg.Should().Be(epsg);
    }

    [Fact]
    public void ForExtent_Rejects_EmptyExtent()
    {
        var act = () => MetricProjection.ForExtent(new Envelope());

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ToMetric_MatchesPublishedUtm_ForCnTower()
    {
        // Wikipedia, "Universal Transverse Mercator coordinate system", Locating a position: the CN Tower at
        // 43°38′33.24″N 79°23′13.7″W is in zone 17 at 630084 m east, 4833438 m north (quoted to the metre).
        var lat = 43 + (38 / 60.0) + (33.24 / 3600);
        var lon = -(79 + (23 / 60.0) + (13.7 / 3600));
        var projection = MetricProjection.ForExtent(new Envelope(lon, lon, lat, lat));

        var utm = projection.ToMetric(new Coordinate(lon, lat));

        projection.Epsg.Should().Be(32617);
        utm.X.Should().BeApproximately(630084, 1.0);
        utm.Y.Should().BeApproximately(4833438, 1.0);
    }

    [Theory]
    [InlineData(45, 4982950.400)]
    [InlineData(-45, 10_000_000 - 4982950.400)]
    public void ToMetric_GivesScaledMeridianArc_OnCentralMeridian(double lat, double northing)
    {
        // On the central meridian E = 500 000 m and N = k0·M(φ) (+10 000 km false northing in the south);
        // M(45°) = 4 984 944.378 m on WGS 84 (numerical integration of the meridian radius of curvature).
        var projection = MetricProjection.ForZone(31, lat > 0);

        var utm = projection.ToMetric(new Coordinate(3, lat));

        utm.X.Should().BeApproximately(500_000, 1e-3);
        utm.Y.Should().BeApproximately(northing, 1e-3);
    }

    [Fact]
    public void ToWgs84_InvertsToMetric_ForGeometry()
    {
        var projection = MetricProjection.ForZone(49, true);
        var polygon = SampleDistrict.Rect(113.3012345, 23.0801, 113.3398765, 23.0999);

        var metric = projection.ToMetric(polygon);
        var back = projection.ToWgs84(metric);

        metric.SRID.Should().Be(32649);
        metric.Coordinates[0].X.Should().BeGreaterThan(700_000, "113.3°E lies 2.3° east of the central meridian 111°E");
        polygon.SRID.Should().Be(DistrictGeometry.Wgs84Srid, "the input is not modified");
        back.SRID.Should().Be(DistrictGeometry.Wgs84Srid);
        back.EqualsExact(polygon, 1e-9).Should().BeTrue();
    }

    [Theory]
    [InlineData(113.30, 23.08)] // Haizhu, 2.3° east of the central meridian
    [InlineData(113.985, 23.08)] // at the eastern edge of zone 49, where the grid scale error is largest
    [InlineData(3.0, 0.0)] // on the central meridian at the equator (k = 0.9996)
    [InlineData(10.0, 60.0)]
    public void AreaM2_MatchesEllipsoidalArea_OfSmallSquare(double west, double south)
    {
        const double Size = 0.01;
        var square = SampleDistrict.Rect(west, south, west + Size, south + Size);
        var projection = MetricProjection.ForExtent(square.EnvelopeInternal);

        var area = projection.AreaM2(square);

        // Within 0.01 %: the scale-factor correction removes the UTM grid error (up to 0.2 % uncorrected).
        var expected = Geodesy.GraticuleAreaM2(west, south, west + Size, south + Size);
        area.Should().BeApproximately(expected, expected * 1e-4);
    }

    [Fact]
    public void LengthM_MatchesArcOfEquator()
    {
        // Along the equator a degree of longitude is a·π/180 = 111 319.49 m on WGS 84.
        var line = F.CreateLineString([new Coordinate(0.0, 0.0), new Coordinate(0.01, 0.0)]);
        var projection = MetricProjection.ForZone(31, true);

        var length = projection.LengthM(line);

        var expected = Geodesy.A * double.DegreesToRadians(0.01);
        length.Should().BeApproximately(expected, expected * 1e-5);
    }

    [Fact]
    public void AreaM2_IsZero_ForLinesAndPoints()
    {
        var projection = MetricProjection.ForZone(49, true);

        projection.AreaM2(F.CreatePoint(new Coordinate(113.3, 23.1))).Should().Be(0);
        projection.AreaM2(F.CreateLineString([new Coordinate(113.3, 23.1), new Coordinate(113.31, 23.1)])).Should().Be(0);
    }

    [Fact]
    public void For_UsesBoundaryCentre()
    {
        var projection = MetricProjection.For(SampleDistrict.Create());

        projection.Epsg.Should().Be(32649);
    }
}
