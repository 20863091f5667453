namespace Seismic.Maps.Documents;

/// <summary>How point features are drawn.</summary>
/// <param name="Shape">Marker shape.</param>
/// <param name="SizePt">Marker diameter or side in typographic points, &gt; 0.</param>
/// <param name="Fill">Fill colour.</param>
/// <param name="Stroke">Outline colour; null for none.</param>
/// <param name="StrokeWidthPt">Outline width in points.</param>
public sealed record MarkerStyle(MarkerShape Shape, double SizePt, MapColor Fill, MapColor? Stroke = null, double StrokeWidthPt = 0);
