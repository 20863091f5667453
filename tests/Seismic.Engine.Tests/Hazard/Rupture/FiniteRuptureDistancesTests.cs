using Seismic.Engine.Hazard;
using Seismic.Engine.Hazard.Rupture;

namespace Seismic.Engine.Tests.Hazard.Rupture;

/// <summary>Exact distances to a planar rectangular rupture, against hand-computed geometry.</summary>
public class FiniteRuptureDistancesTests
{
    private sealed record Result(double Repi, double Rhypo, double Rjb, double Rrup, double Rx, double Ry0);

    private static Result[] Distances(FiniteRupture rupture, params (double EastM, double NorthM)[] sites)
    {
        var n = sites.Length;
        var east = new double[n];
        var north = new double[n];
        for (var i = 0; i < n; i++)
        {
            (east[i], north[i]) = sites[i];
        }

        var repi = new double[n];
        var rhypo = new double[n];
        var rjb = new double[n];
        var rrup = new double[n];
        var rx = new double[n];
        var ry0 = new double[n];
        FiniteRuptureDistances.Compute(rupture, east, north, repi, rhypo, rjb, rrup, rx, ry0);
        var results = new Result[n];
        for (var i = 0; i < n; i++)
        {
            results[i] = new Result(repi[i], rhypo[i], rjb[i], rrup[i], rx[i], ry0[i]);
        }

        return results;
    }

    [Fact]
    public void VerticalStrikeSlip_SiteOnTrace_HasZeroRjb_AndRrupEqualToTopDepth()
    {
        // North-striking vertical fault, 20 km long, 10 km wide, top 2 km deep, centred on the epicentre.
        var fault = new FiniteRupture(0, 90, 20, 10, 2, 0, 0, 7);

        var r = Distances(fault, (0, 5000), (3000, 0), (0, 15000));

        r[0].Rjb.Should().BeApproximately(0, 1e-9);
        r[0].Rrup.Should().BeApproximately(2, 1e-9);
        r[0].Rx.Should().BeApproximately(0, 1e-9);
        r[0].Ry0.Should().BeApproximately(0, 1e-9);
        r[0].Repi.Should().BeApproximately(5, 1e-9);
        r[0].Rhypo.Should().BeApproximately(Math.Sqrt(25 + 49), 1e-9);

        // 3 km east, abeam the centre: Rjb 3, Rrup to the top edge √(3² + 2²), Rx +3 (east is the dip side).
        r[1].Rjb.Should().BeApproximately(3, 1e-9);
        r[1].Rrup.Should().BeApproximately(Math.Sqrt(13), 1e-9);
        r[1].Rx.Should().BeApproximately(3, 1e-9);

        // 5 km beyond the north end on the trace: Ry0 = Rjb = 5, Rrup = √(5² + 2²).
        r[2].Ry0.Should().BeApproximately(5, 1e-9);
        r[2].Rjb.Should().BeApproximately(5, 1e-9);
        r[2].Rrup.Should().BeApproximately(Math.Sqrt(29), 1e-9);
    }

    [Fact]
    public void DippingFault_HangingWallSiteInsideProjection_HasZeroRjb_PositiveRx_AndPerpendicularRrup()
    {
        // North strike, 30° dip to the east, W = 10 km: surface projection 0 ≤ x ≤ 10·cos 30° = 8.660 km.
        var fault = new FiniteRupture(0, 30, 20, 10, 2, 0, 0, 4.5);

        var r = Distances(fault, (4000, 0), (-3000, 0), (12000, 0));

        // 4 km east: inside the projection; perpendicular distance to the plane 4·sin 30° + 2·cos 30° = 3.732 km.
        r[0].Rjb.Should().BeApproximately(0, 1e-9);
        r[0].Rx.Should().BeApproximately(4, 1e-9);
        r[0].Rrup.Should().BeApproximately(2 + Math.Sqrt(3), 1e-9);

        // 3 km west, footwall: Rx −3, Rjb 3, nearest point is the top edge at 2 km depth: √(3² + 2²).
        r[1].Rx.Should().BeApproximately(-3, 1e-9);
        r[1].Rjb.Should().BeApproximately(3, 1e-9);
        r[1].Rrup.Should().BeApproximately(Math.Sqrt(13), 1e-9);

        // 12 km east, beyond the projection: Rjb = 12 − 8.660; the perpendicular foot (down-dip 12·cos 30° − 2·sin 30°
        // = 9.39 km ≤ 10) is on the plane, so Rrup = 12·sin 30° + 2·cos 30° = 7.732 km.
        r[2].Rjb.Should().BeApproximately(12 - 5 * Math.Sqrt(3), 1e-9);
        r[2].Rx.Should().BeApproximately(12, 1e-9);
        r[2].Rrup.Should().BeApproximately(6 + Math.Sqrt(3), 1e-9);
    }

    [Fact]
    public void RotatedStrike_GivesHangingWallOnTheRightOfTheStrike()
    {
        // East-striking (90°) fault dipping south: a site south of the trace is on the hanging wall.
        var fault = new FiniteRupture(90, 60, 10, 6, 1, 0, 0, 3);

        var r = Distances(fault, (0, -2000), (0, 2000));

        r[0].Rx.Should().BeApproximately(2, 1e-9);
        r[0].Rjb.Should().BeApproximately(0, 1e-9);
        r[1].Rx.Should().BeApproximately(-2, 1e-9);
        r[1].Rjb.Should().BeApproximately(2, 1e-9);
    }

    [Fact]
    public void FarSite_RrupApproachesRhypo()
    {
        var fault = FiniteRupture.CentredOnHypocentre(new RuptureParameters(5.0, Mechanism: FaultMechanism.StrikeSlip, HypocentreDepthKm: 10));

        var r = Distances(fault, (150_000, 200_000));

        // The hypocentre lies on the plane, so Rrup ≤ Rhypo, and the difference is at most half the diagonal.
        var halfDiagonal = Math.Sqrt(fault.LengthKm * fault.LengthKm + fault.WidthKm * fault.WidthKm) / 2;
        r[0].Rhypo.Should().BeApproximately(Math.Sqrt(250 * 250 + 100), 1e-9);
        r[0].Rrup.Should().BeLessThanOrEqualTo(r[0].Rhypo + 1e-9);
        (r[0].Rhypo - r[0].Rrup).Should().BeLessThan(halfDiagonal);
        (r[0].Rrup / r[0].Rhypo).Should().BeApproximately(1, 0.01);
    }

    [Fact]
    public void CentredOnHypocentre_PlacesHypocentreAtCentre_WhenItFitsBelowGround()
    {
        // M6 strike-slip vertical, hypocentre 10 km: W = 7.2444 km (Table 2A), top = 10 − 3.6222 km.
        var fault = FiniteRupture.CentredOnHypocentre(new RuptureParameters(6.0, Mechanism: FaultMechanism.StrikeSlip, HypocentreDepthKm: 10));

        fault.LengthKm.Should().BeApproximately(14.125, 0.001);
        fault.WidthKm.Should().BeApproximately(7.2444, 0.0001);
        fault.TopDepthKm.Should().BeApproximately(10 - 7.2444 / 2, 0.0001);
        fault.BottomDepthKm.Should().BeApproximately(10 + 7.2444 / 2, 0.0001);
        fault.TopCentreEastKm.Should().BeApproximately(0, 1e-9);
        fault.TopCentreNorthKm.Should().BeApproximately(0, 1e-9);
    }

    [Fact]
    public void CentredOnHypocentre_ClipsTopAtSurface_KeepingWidth()
    {
        // M7 reverse, 45° dip, hypocentre 3 km: half-width 9.10 km would rise 6.43 km, above the ground. The top is
        // put at the surface, 3/sin 45° = 4.243 km up dip of the hypocentre, i.e. 3 km west of it (strike north).
        var fault = FiniteRupture.CentredOnHypocentre(new RuptureParameters(7.0, Mechanism: FaultMechanism.Reverse, HypocentreDepthKm: 3, DipDeg: 45));

        fault.TopDepthKm.Should().BeApproximately(0, 1e-9);
        fault.WidthKm.Should().BeApproximately(18.197, 0.001);
        fault.TopCentreEastKm.Should().BeApproximately(-3, 1e-9);
        fault.TopCentreNorthKm.Should().BeApproximately(0, 1e-9);

        // The epicentre is on the hanging wall 3 km from the trace; the plane passes through the hypocentre, so the
        // epicentre is 3·sin 45° from it.
        var r = Distances(fault, (0, 0));
        r[0].Rx.Should().BeApproximately(3, 1e-9);
        r[0].Rjb.Should().BeApproximately(0, 1e-9);
        r[0].Rrup.Should().BeApproximately(3 * Math.Sqrt(0.5), 1e-9);
    }

    [Fact]
    public void Compute_AcceptsEmptyRy0_AndRejectsMismatchedSpans()
    {
        var fault = new FiniteRupture(0, 90, 10, 5, 0, 0, 0, 5);
        var one = new double[1];

        FiniteRuptureDistances.Compute(fault, [1000.0], [0.0], new double[1], new double[1], new double[1], one, new double[1]);
        one[0].Should().BeApproximately(1, 1e-9);

        var act = () => FiniteRuptureDistances.Compute(fault, [1000.0], [0.0], new double[1], new double[1], new double[2], new double[1], new double[1]);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_RejectsZeroDip() =>
        FluentActions.Invoking(() => new FiniteRupture(0, 0, 10, 5, 0, 0, 0, 5)).Should().Throw<ArgumentOutOfRangeException>();
}
