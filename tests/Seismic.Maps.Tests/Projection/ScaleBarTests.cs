using Seismic.Maps.Documents;
using Seismic.Maps.Projection;

namespace Seismic.Maps.Tests.Projection;

public sealed class ScaleBarTests
{
    [Theory]
    [InlineData(5.0, 400, 2000, 400, 4)]
    [InlineData(5.0, 1100, 5000, 1000, 5)]
    [InlineData(5.0, 150, 500, 100, 5)]
    [InlineData(7.3, 200, 1000, 136.986, 4)]
    public void Choose_PicksLongestRoundLengthThatFits(double metresPerPixel, double maxPx, double lengthM, double lengthPx, int segments)
    {
        var bar = ScaleBar.Choose(metresPerPixel, maxPx);

        bar.LengthM.Should().Be(lengthM);
        bar.LengthPx.Should().BeApproximately(lengthPx, 0.001);
        bar.Segments.Should().Be(segments);
        bar.LengthPx.Should().BeLessThanOrEqualTo(maxPx);
    }

    [Fact]
    public void Format_UsesKilometres_FromOneKilometre()
    {
        var km = ScaleBar.Choose(5, 400);
        var m = ScaleBar.Choose(1, 400);

        (km.Format(1000), km.Unit).Should().Be(("1", "km"));
        (m.Format(100), m.Unit).Should().Be(("100", "m"));
    }

    [Fact]
    public void OneKilometreBar_SpansTheDistanceBetweenPointsOneKilometreApart_WithinOnePercent()
    {
        // Haizhu's frame: a 1 km bar must cover the pixels between two points 1 km apart east–west, where 1 km is
        // 1000 m / 102.462 km per degree of longitude at 23.08° N on WGS84 (N·cos φ·π/180).
        var extent = new MapExtent(113.23, 23.04, 113.41, 23.12);
        var viewport = new MapViewport(extent, 0, 0, 2400, 1400, 0.04);
        var bar = ScaleBar.Choose(viewport.MetresPerPixel, 1000 / viewport.MetresPerPixel * 1.5);
        bar.LengthM.Should().Be(1000);

        var pixels = viewport.PixelX(extent.CenterLon + (1000 / 102_462.0)) - viewport.PixelX(extent.CenterLon);

        bar.LengthPx.Should().BeApproximately(pixels, pixels * 0.01);
    }
}
