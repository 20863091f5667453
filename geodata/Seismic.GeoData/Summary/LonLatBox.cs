namespace Seismic.GeoData.Summary;

/// <summary>A WGS84 bounding box in degrees.</summary>
/// <param name="MinLon">West edge, degrees east.</param>
/// <param name="MinLat">South edge, degrees north.</param>
/// <param name="MaxLon">East edge, degrees east.</param>
/// <param name="MaxLat">North edge, degrees north.</param>
public sealed record LonLatBox(double MinLon, double MinLat, double MaxLon, double MaxLat);
