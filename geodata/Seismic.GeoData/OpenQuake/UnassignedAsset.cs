namespace Seismic.GeoData.OpenQuake;

/// <summary>An asset with no ground-motion site within the association distance; it has no damage results.</summary>
/// <param name="AssetId">Asset id.</param>
/// <param name="Lon">Asset longitude.</param>
/// <param name="Lat">Asset latitude.</param>
/// <param name="NearestSiteKm">Distance to the nearest site in km (chord distance, as OpenQuake measures it).</param>
public sealed record UnassignedAsset(string AssetId, double Lon, double Lat, double NearestSiteKm);
