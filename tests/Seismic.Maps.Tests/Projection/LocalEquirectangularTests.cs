using Seismic.Maps.Documents;
using Seismic.Maps.Projection;

namespace Seismic.Maps.Tests.Projection;

public sealed class LocalEquirectangularTests
{
    [Fact]
    public void Project_PutsOriginAtZero_AndLatitudeUnchangedInScale()
    {
        var projection = new LocalEquirectangular(113.3, 23.08);

        projection.X(113.3).Should().Be(0);
        projection.Y(23.08).Should().Be(0);
        projection.Y(23.10).Should().BeApproximately(0.02, 1e-12);
    }

    [Fact]
    public void XFactor_IsCosineOfLatitudeCorrectedForEllipsoid()
    {
        var projection = new LocalEquirectangular(113.3, 23.08);

        // cos(23.08°) = 0.91995; the WGS84 N/M ratio at 23° adds about +0.56 %.
        projection.XFactor.Should().BeApproximately(Math.Cos(23.08 * Math.PI / 180) * 1.0056, 0.0003);
    }

    // Lengths of one degree on the WGS84 ellipsoid at 30° latitude: 110.852 km of latitude and 96.486 km of
    // longitude (published table, "Latitude – length of a degree", Wikipedia, computed for WGS84).
    [Fact]
    public void DegreeLengths_MatchPublishedWgs84Table_At30Degrees()
    {
        var projection = new LocalEquirectangular(0, 30);

        projection.MetresPerUnit.Should().BeApproximately(110_852, 110_852 * 1e-4);
        (projection.XFactor * projection.MetresPerUnit).Should().BeApproximately(96_486, 96_486 * 1e-4);
    }

    // One kilometre east and north of the centre of Haizhu, measured with the haversine formula on the IUGG mean
    // Earth radius (6,371.0088 km) — an independent method that agrees with the ellipsoid to about 0.3 % here.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Viewport_MapsOneKilometreToItsPixelLength_WithinOnePercent(bool eastward)
    {
        var extent = new MapExtent(113.23, 23.04, 113.41, 23.12);
        var viewport = new MapViewport(extent, 0, 0, 2000, 1200, 0.04);
        var (lon0, lat0) = (extent.CenterLon, extent.CenterLat);
        var (lon1, lat1) = eastward ? (lon0 + DegreesFor1KmEast(lat0), lat0) : (lon0, lat0 + DegreesFor1KmNorth());
        Haversine(lon0, lat0, lon1, lat1).Should().BeApproximately(1000, 0.01);

        var dx = viewport.PixelX(lon1) - viewport.PixelX(lon0);
        var dy = viewport.PixelY(lat1) - viewport.PixelY(lat0);
        var pixels = Math.Sqrt((dx * dx) + (dy * dy));

        pixels.Should().BeApproximately(1000 / viewport.MetresPerPixel, 1000 / viewport.MetresPerPixel * 0.01);
    }

    [Fact]
    public void Viewport_KeepsAspectRatio_AndCentresTheExtent()
    {
        var extent = new MapExtent(113.0, 23.0, 113.2, 23.1);
        var viewport = new MapViewport(extent, 10, 20, 1000, 1000, 0.05);

        var width = viewport.PixelX(113.2) - viewport.PixelX(113.0);
        var height = viewport.PixelY(23.0) - viewport.PixelY(23.1);

        width.Should().BeApproximately(900f, 0.01f, "the wider side fills the frame minus 5 % margins");
        (width / height).Should().BeApproximately((float)(0.2 * viewport.Projection.XFactor / 0.1), 1e-4f);
        ((viewport.PixelX(113.0) + viewport.PixelX(113.2)) / 2).Should().BeApproximately(510f, 0.01f);
        ((viewport.PixelY(23.0) + viewport.PixelY(23.1)) / 2).Should().BeApproximately(520f, 0.01f);
    }

    private const double MeanEarthRadiusM = 6_371_008.8;

    private static double DegreesFor1KmEast(double lat)
    {
        // Invert the haversine for a due-east displacement by bisection.
        double lo = 0, hi = 0.1;
        for (var i = 0; i < 100; i++)
        {
            var mid = (lo + hi) / 2;
            if (Haversine(0, lat, mid, lat) < 1000)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static double DegreesFor1KmNorth() => 1000 / MeanEarthRadiusM * 180 / Math.PI;

    private static double Haversine(double lon0, double lat0, double lon1, double lat1)
    {
        static double Rad(double d) => d * Math.PI / 180;
        var dLat = Rad(lat1 - lat0);
        var dLon = Rad(lon1 - lon0);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Rad(lat0)) * Math.Cos(Rad(lat1)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * MeanEarthRadiusM * Math.Asin(Math.Sqrt(a));
    }
}
