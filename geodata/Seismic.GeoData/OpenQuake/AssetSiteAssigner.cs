namespace Seismic.GeoData.OpenQuake;

/// <summary>
/// Associates each asset with its nearest ground-motion site within a distance, as OpenQuake's
/// <c>asset_hazard_distance</c> (default 20 km in this toolkit).
/// </summary>
/// <remarks>
/// OpenQuake finds the nearest site with a k-d tree over points converted to 3-D Cartesian coordinates on a sphere of
/// radius 6371 km (<c>hazardlib.geo.utils._GeographicObjects</c>, <c>spherical_to_cartesian</c>), so its distance is the
/// straight chord, not the arc; we use the same chord, 2R·√(haversine term). At 20 km chord and arc differ by
/// under 1 mm. Ties go to the site listed first. Sites are sorted by latitude and only the band that can hold a site
/// within the distance is scanned.
/// </remarks>
public static class AssetSiteAssigner
{
    /// <summary>Mean Earth radius used by OpenQuake (hazardlib.geo.geodetic.EARTH_RADIUS), km.</summary>
    public const double EarthRadiusKm = 6371.0;

    /// <summary>Assigns the sites.</summary>
    /// <param name="assets">The assets.</param>
    /// <param name="sites">The sites.</param>
    /// <param name="maxDistanceKm">Association distance in km, &gt; 0.</param>
    /// <returns>The site per asset and the assets left without one.</returns>
    public static AssetSiteAssignment Assign(IReadOnlyList<ExposureAsset> assets, IReadOnlyList<HazardSite> sites, double maxDistanceKm)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(sites);
        if (!(maxDistanceKm > 0) || double.IsNaN(maxDistanceKm))
        {
            throw new ArgumentOutOfRangeException(nameof(maxDistanceKm), maxDistanceKm, "The association distance must be > 0 km.");
        }

        var order = new int[sites.Count];
        var sortedLat = new double[sites.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            sortedLat[i] = sites[i].Lat;
        }

        Array.Sort(sortedLat, order);

        // A chord of length d subtends 2·asin(d/2R); the latitude difference cannot exceed that angle.
        var bandDeg = 2 * Math.Asin(Math.Min(1.0, maxDistanceKm / (2 * EarthRadiusKm))) * 180 / Math.PI;
        var result = new int[assets.Count];
        var unassigned = new List<UnassignedAsset>();
        for (var a = 0; a < assets.Count; a++)
        {
            var asset = assets[a];
            var best = -1;
            var bestKm = double.PositiveInfinity;
            var start = LowerBound(sortedLat, asset.Lat - bandDeg);
            for (var j = start; j < sortedLat.Length && sortedLat[j] <= asset.Lat + bandDeg; j++)
            {
                var s = order[j];
                var km = ChordKm(asset.Lon, asset.Lat, sites[s].Lon, sites[s].Lat);
                if (km < bestKm || (km == bestKm && s < best))
                {
                    bestKm = km;
                    best = s;
                }
            }

            if (best >= 0 && bestKm <= maxDistanceKm)
            {
                result[a] = best;
                continue;
            }

            result[a] = -1;
            unassigned.Add(new UnassignedAsset(asset.Id, asset.Lon, asset.Lat, NearestKm(asset, sites)));
        }

        return new AssetSiteAssignment(result, unassigned);
    }

    /// <summary>Straight-line (chord) distance between two points on the 6371 km sphere, in km.</summary>
    /// <param name="lon1">Longitude 1, degrees.</param>
    /// <param name="lat1">Latitude 1, degrees.</param>
    /// <param name="lon2">Longitude 2, degrees.</param>
    /// <param name="lat2">Latitude 2, degrees.</param>
    /// <returns>The chord length in km.</returns>
    public static double ChordKm(double lon1, double lat1, double lon2, double lat2)
    {
        const double rad = Math.PI / 180;
        var sinDLat = Math.Sin((lat2 - lat1) * rad / 2);
        var sinDLon = Math.Sin((lon2 - lon1) * rad / 2);
        var h = sinDLat * sinDLat + Math.Cos(lat1 * rad) * Math.Cos(lat2 * rad) * sinDLon * sinDLon;
        return 2 * EarthRadiusKm * Math.Sqrt(Math.Min(1.0, h));
    }

    private static double NearestKm(ExposureAsset asset, IReadOnlyList<HazardSite> sites)
    {
        var best = double.PositiveInfinity;
        foreach (var site in sites)
        {
            best = Math.Min(best, ChordKm(asset.Lon, asset.Lat, site.Lon, site.Lat));
        }

        return best;
    }

    private static int LowerBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
