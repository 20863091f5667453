using Seismic.Engine.Hazard;

namespace Seismic.Engine.Tests.Hazard;

/// <summary>Point-source distances: great-circle Repi, Rhypo with the depth, azimuth from the strike.</summary>
public class PointSourceDistancesTests
{
    [Fact]
    public void Compute_GivesGreatCircleRepi_HypocentralDistance_AndAzimuthFromStrike()
    {
        var rupture = new RuptureParameters(6, HypocentreDepthKm: 10, EpicentreLonDeg: 113.3, EpicentreLatDeg: 23.1, StrikeDeg: 90);
        double[] lon = [113.3, 113.3 + 1.0 / Math.Cos(double.DegreesToRadians(23.1)) * 0.01, 113.3];
        double[] lat = [24.1, 23.1, 23.1];
        var repi = new double[3];
        var rhypo = new double[3];
        var azimuth = new double[3];

        PointSourceDistances.Compute(rupture, lon, lat, repi, rhypo, azimuth);

        // One degree of latitude on a 6371 km sphere is 6371·π/180 = 111.195 km.
        repi[0].Should().BeApproximately(111.195, 0.001);
        rhypo[0].Should().BeApproximately(Math.Sqrt(111.195 * 111.195 + 100), 0.001);
        azimuth[0].Should().BeApproximately(270.0, 1e-9, "due north is 270° clockwise from an east-striking fault");
        // The great circle to a point due east starts a hair north of east, so the azimuth is just below 360°.
        Math.Min(azimuth[1], 360 - azimuth[1]).Should().BeLessThan(0.01, "due east lies along the strike");
        repi[2].Should().Be(0);
        rhypo[2].Should().BeApproximately(10, 1e-12);
    }

    [Fact]
    public void Compute_Throws_WhenSpansDifferInLength()
    {
        var act = () => PointSourceDistances.Compute(new RuptureParameters(6), new double[2], new double[1], new double[2], new double[2], new double[2]);

        act.Should().Throw<ArgumentException>();
    }
}
