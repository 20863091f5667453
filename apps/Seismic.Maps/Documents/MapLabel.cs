namespace Seismic.Maps.Documents;

/// <summary>A text anchored at a WGS84 position; the text is centred on the anchor.</summary>
/// <param name="Lon">Anchor longitude in degrees.</param>
/// <param name="Lat">Anchor latitude in degrees.</param>
/// <param name="Text">The text; Chinese and Latin script may be mixed.</param>
/// <param name="Priority">Higher priorities are placed first when labels compete for space.</param>
public sealed record MapLabel(double Lon, double Lat, string Text, int Priority = 0);
