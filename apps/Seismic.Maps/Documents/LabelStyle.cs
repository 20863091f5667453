namespace Seismic.Maps.Documents;

/// <summary>How labels are typeset. A halo is an outline of the background colour around the glyphs that keeps
/// text legible over roads and buildings.</summary>
/// <param name="SizePt">Font size in typographic points, &gt; 0.</param>
/// <param name="Color">Text colour.</param>
/// <param name="HaloColor">Halo colour; null for no halo.</param>
/// <param name="HaloWidthPt">Halo width in points on each side of the glyph outline.</param>
/// <param name="Bold">Bold weight.</param>
public sealed record LabelStyle(double SizePt, MapColor Color, MapColor? HaloColor = null, double HaloWidthPt = 0, bool Bold = false)
{
    /// <summary>Vertical shift of the text from its anchor in points, positive downwards (e.g. a name under a marker).</summary>
    public double OffsetYPt { get; init; }

    /// <summary>
    /// When the preferred position is taken, also try the mirrored vertical offset and the positions right and left
    /// of the anchor (the usual fallbacks for a name next to a point marker) before dropping the label.
    /// </summary>
    public bool TryAlternativePositions { get; init; }
}
