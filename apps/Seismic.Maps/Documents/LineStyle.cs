namespace Seismic.Maps.Documents;

/// <summary>
/// How lines are painted. A casing is a wider line drawn underneath in a darker colour, the usual cartographic way
/// to make a light road fill stand out from the land colour.
/// </summary>
/// <param name="Color">Line colour.</param>
/// <param name="WidthPt">Line width in typographic points (1/72 inch), &gt; 0.</param>
public sealed record LineStyle(MapColor Color, double WidthPt)
{
    /// <summary>Casing colour; null for no casing.</summary>
    public MapColor? CasingColor { get; init; }

    /// <summary>Total casing width in points (wider than <see cref="WidthPt"/> to show on both sides).</summary>
    public double CasingWidthPt { get; init; }

    /// <summary>Dash pattern in points (on, off, on, off …); null or empty for a solid line.</summary>
    public IReadOnlyList<double>? DashPt { get; init; }
}
