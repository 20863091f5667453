namespace Seismic.Engine.Hazard.Rupture;

/// <summary>
/// A planar rectangular rupture in a local metric frame whose origin is the epicentre (x east, y north, depth down).
/// The rectangle runs <see cref="LengthKm"/> along strike and <see cref="WidthKm"/> down dip from a top edge at depth
/// <see cref="TopDepthKm"/>, centred along strike on (<see cref="TopCentreEastKm"/>, <see cref="TopCentreNorthKm"/>).
/// </summary>
/// <remarks>
/// The engine does no map projection: callers give site coordinates in metres relative to the epicentre. The dip
/// direction is the strike plus 90° (right-hand rule), so the hanging wall lies on the right of an observer looking
/// along the strike.
/// </remarks>
public sealed record FiniteRupture
{
    /// <summary>Creates a rupture from its geometry.</summary>
    /// <param name="strikeDeg">Strike, degrees clockwise from north.</param>
    /// <param name="dipDeg">Dip, degrees, (0, 90].</param>
    /// <param name="lengthKm">Length along strike, km, &gt; 0.</param>
    /// <param name="widthKm">Width down dip, km, &gt; 0.</param>
    /// <param name="topDepthKm">Depth of the top edge, km, ≥ 0.</param>
    /// <param name="topCentreEastKm">East coordinate of the top edge's midpoint, km from the epicentre.</param>
    /// <param name="topCentreNorthKm">North coordinate of the top edge's midpoint, km from the epicentre.</param>
    /// <param name="hypocentreDepthKm">Hypocentral depth, km, ≥ 0 (for Rhypo; the hypocentre lies below the
    /// epicentre, the origin).</param>
    public FiniteRupture(
        double strikeDeg, double dipDeg, double lengthKm, double widthKm, double topDepthKm,
        double topCentreEastKm, double topCentreNorthKm, double hypocentreDepthKm)
    {
        if (!(dipDeg > 0 && dipDeg <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(dipDeg), dipDeg, "Dip must be in (0, 90] degrees.");
        }

        if (!(lengthKm > 0) || double.IsInfinity(lengthKm))
        {
            throw new ArgumentOutOfRangeException(nameof(lengthKm), lengthKm, "Length must be positive and finite.");
        }

        if (!(widthKm > 0) || double.IsInfinity(widthKm))
        {
            throw new ArgumentOutOfRangeException(nameof(widthKm), widthKm, "Width must be positive and finite.");
        }

        if (!(topDepthKm >= 0) || !(hypocentreDepthKm >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(topDepthKm), topDepthKm, "Depths must be ≥ 0.");
        }

        StrikeDeg = strikeDeg;
        DipDeg = dipDeg;
        LengthKm = lengthKm;
        WidthKm = widthKm;
        TopDepthKm = topDepthKm;
        TopCentreEastKm = topCentreEastKm;
        TopCentreNorthKm = topCentreNorthKm;
        HypocentreDepthKm = hypocentreDepthKm;
    }

    /// <summary>Strike, degrees clockwise from north.</summary>
    public double StrikeDeg { get; }

    /// <summary>Dip, degrees, (0, 90].</summary>
    public double DipDeg { get; }

    /// <summary>Length along strike, km.</summary>
    public double LengthKm { get; }

    /// <summary>Width down dip, km.</summary>
    public double WidthKm { get; }

    /// <summary>Depth of the top edge (Ztor), km.</summary>
    public double TopDepthKm { get; }

    /// <summary>East coordinate of the top edge's midpoint, km from the epicentre.</summary>
    public double TopCentreEastKm { get; }

    /// <summary>North coordinate of the top edge's midpoint, km from the epicentre.</summary>
    public double TopCentreNorthKm { get; }

    /// <summary>Hypocentral depth, km.</summary>
    public double HypocentreDepthKm { get; }

    /// <summary>Depth of the bottom edge, km.</summary>
    public double BottomDepthKm => TopDepthKm + WidthKm * Math.Sin(double.DegreesToRadians(DipDeg));

    /// <summary>
    /// The rupture of a scenario: strike, dip and hypocentre from <paramref name="rupture"/>, length and width from
    /// Wells &amp; Coppersmith (1994) Table 2A unless given, and the hypocentre at the rectangle's centre.
    /// </summary>
    /// <remarks>
    /// When the centred rectangle would reach above the ground (half the width times sin(dip) exceeds the
    /// hypocentral depth) it is slid down dip, keeping its size, until its top edge is at the surface: the hypocentre then lies in the upper half of the plane. Keeping the area keeps the magnitude-area
    /// scaling; cutting the width instead would shrink a shallow large event's near field. A given
    /// <see cref="RuptureParameters.TopOfRuptureKm"/> is not used: the centring decides the top depth.
    /// </remarks>
    /// <param name="rupture">The scenario rupture (Mw, mechanism, hypocentral depth, strike, dip).</param>
    /// <param name="lengthKm">Length along strike, km; null for the W&amp;C RLD.</param>
    /// <param name="widthKm">Width down dip, km; null for the W&amp;C RW.</param>
    /// <returns>The rupture, in the epicentre's local frame.</returns>
    public static FiniteRupture CentredOnHypocentre(in RuptureParameters rupture, double? lengthKm = null, double? widthKm = null)
    {
        var mechanism = rupture.EffectiveMechanism;
        var length = lengthKm ?? WellsCoppersmith1994.SubsurfaceRuptureLengthKm(rupture.MomentMagnitude, mechanism);
        var width = widthKm ?? WellsCoppersmith1994.DownDipWidthKm(rupture.MomentMagnitude, mechanism);
        var depth = rupture.HypocentreDepthKm;
        var dip = double.DegreesToRadians(rupture.DipDeg);
        var sinDip = Math.Sin(dip);

        // Distance down dip from the top edge to the hypocentre: half the width, or less when that would put the
        // top above the ground.
        var upDip = Math.Min(width / 2, sinDip > 0 ? depth / sinDip : width / 2);
        var top = Math.Max(0.0, depth - upDip * sinDip);
        var horizontal = upDip * Math.Cos(dip);
        var strike = double.DegreesToRadians(rupture.StrikeDeg);

        // The top edge lies up-dip of the hypocentre: opposite the dip direction (cos θ, −sin θ) in (east, north).
        return new FiniteRupture(
            rupture.StrikeDeg, rupture.DipDeg, length, width, top,
            -horizontal * Math.Cos(strike), horizontal * Math.Sin(strike), depth);
    }
}
