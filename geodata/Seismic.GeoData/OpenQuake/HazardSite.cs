namespace Seismic.GeoData.OpenQuake;

/// <summary>A ground-motion site of an OpenQuake sites CSV.</summary>
/// <param name="Id">Site id (<c>sid</c> or <c>site_id</c>), as the GMF CSV refers to it.</param>
/// <param name="Lon">Longitude, WGS84 degrees.</param>
/// <param name="Lat">Latitude, WGS84 degrees.</param>
public sealed record HazardSite(long Id, double Lon, double Lat);
