namespace Seismic.GeoData.OpenQuake;

/// <summary>The site chosen for every asset.</summary>
/// <param name="SiteIndices">Site index per asset (in exposure order), −1 where none is within the distance.</param>
/// <param name="Unassigned">The assets left without a site, in exposure order.</param>
public sealed record AssetSiteAssignment(int[] SiteIndices, IReadOnlyList<UnassignedAsset> Unassigned);
