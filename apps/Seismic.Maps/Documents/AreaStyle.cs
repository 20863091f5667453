namespace Seismic.Maps.Documents;

/// <summary>How polygons are painted: an optional fill and an optional outline.</summary>
/// <param name="Fill">Fill colour; null for no fill.</param>
/// <param name="Stroke">Outline colour; null for no outline.</param>
/// <param name="StrokeWidthPt">Outline width in typographic points (1/72 inch), ≥ 0.</param>
public sealed record AreaStyle(MapColor? Fill, MapColor? Stroke = null, double StrokeWidthPt = 0);
