namespace Seismic.GeoData.OpenQuake;

/// <summary>The inputs of <c>seismic damage</c>.</summary>
/// <param name="ExposurePath">Exposure model: NRML XML (assets inline or as CSV files) or an exposure CSV.</param>
/// <param name="FragilityPath">NRML 0.4 or 0.5 fragility model.</param>
/// <param name="GmfPath">Ground-motion fields CSV (<c>[rlzi,]sid,eid,gmv_…</c>).</param>
/// <param name="SitesPath">Sites CSV (<c>sid,lon,lat</c>).</param>
/// <param name="OutputPath">Destination of <c>asset_id,damage_state,mean,stddev</c>.</param>
/// <param name="AssetHazardDistanceKm">Largest asset-to-site distance for association, km (default 20).</param>
public sealed record ScenarioDamageRequest(
    string ExposurePath,
    string FragilityPath,
    string GmfPath,
    string SitesPath,
    string OutputPath,
    double AssetHazardDistanceKm = 20);
