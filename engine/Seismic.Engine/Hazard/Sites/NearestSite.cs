namespace Seismic.Engine.Hazard.Sites;

/// <summary>
/// Assigns points (buildings) to the nearest of a set of sites within a distance, in a planar metric frame.
/// </summary>
/// <remarks>
/// Sites are bucketed on a square grid whose cell is the search distance, so only the 3 × 3 buckets around a point
/// can hold a site within reach. Ties go to the lower site index, so the result does not depend on bucket order.
/// Points left without a site get the distance to their nearest site by a full scan, for the error message that
/// reports how far off the sites are.
/// </remarks>
public static class NearestSite
{
    /// <summary>Assigns every point to its nearest site within <paramref name="maxDistanceM"/>.</summary>
    /// <param name="pointXM">Point east coordinates, m.</param>
    /// <param name="pointYM">Point north coordinates, m; same length.</param>
    /// <param name="siteXM">Site east coordinates, m.</param>
    /// <param name="siteYM">Site north coordinates, m; same length.</param>
    /// <param name="maxDistanceM">Largest distance to a site, m, &gt; 0 and finite.</param>
    /// <param name="site">Receives the nearest site index per point, or −1 when none is within the distance.</param>
    /// <param name="distanceM">Receives the distance to the nearest site per point, m (also beyond the limit;
    /// +∞ when there are no sites).</param>
    /// <returns>The number of points left without a site.</returns>
    public static int Assign(
        ReadOnlySpan<double> pointXM, ReadOnlySpan<double> pointYM, ReadOnlySpan<double> siteXM, ReadOnlySpan<double> siteYM,
        double maxDistanceM, Span<int> site, Span<double> distanceM)
    {
        var n = pointXM.Length;
        var m = siteXM.Length;
        if (pointYM.Length != n || site.Length != n || distanceM.Length != n || siteYM.Length != m)
        {
            throw new ArgumentException($"Point spans must hold {n} values and site spans {m}.", nameof(pointYM));
        }

        if (!(maxDistanceM > 0) || double.IsInfinity(maxDistanceM))
        {
            throw new ArgumentOutOfRangeException(nameof(maxDistanceM), maxDistanceM, "The distance must be positive and finite.");
        }

        var buckets = new Dictionary<(long, long), List<int>>();
        for (var s = 0; s < m; s++)
        {
            var key = (Bucket(siteXM[s], maxDistanceM), Bucket(siteYM[s], maxDistanceM));
            if (!buckets.TryGetValue(key, out var list))
            {
                list = [];
                buckets.Add(key, list);
            }

            list.Add(s);
        }

        var unassigned = 0;
        var limit2 = maxDistanceM * maxDistanceM;
        for (var p = 0; p < n; p++)
        {
            var x = pointXM[p];
            var y = pointYM[p];
            var bx = Bucket(x, maxDistanceM);
            var by = Bucket(y, maxDistanceM);
            var best = -1;
            var best2 = double.PositiveInfinity;
            for (var i = bx - 1; i <= bx + 1; i++)
            {
                for (var j = by - 1; j <= by + 1; j++)
                {
                    if (buckets.TryGetValue((i, j), out var list))
                    {
                        Closest(list, x, y, siteXM, siteYM, ref best, ref best2);
                    }
                }
            }

            if (best >= 0 && best2 <= limit2)
            {
                site[p] = best;
                distanceM[p] = Math.Sqrt(best2);
                continue;
            }

            unassigned++;
            site[p] = -1;
            var nearest2 = double.PositiveInfinity;
            for (var s = 0; s < m; s++)
            {
                nearest2 = Math.Min(nearest2, Distance2(x, y, siteXM[s], siteYM[s]));
            }

            distanceM[p] = Math.Sqrt(nearest2);
        }

        return unassigned;
    }

    private static void Closest(List<int> sites, double x, double y, ReadOnlySpan<double> siteXM, ReadOnlySpan<double> siteYM, ref int best, ref double best2)
    {
        foreach (var s in sites)
        {
            var d2 = Distance2(x, y, siteXM[s], siteYM[s]);
            if (d2 < best2 || (d2 == best2 && s < best))
            {
                best2 = d2;
                best = s;
            }
        }
    }

    private static double Distance2(double x1, double y1, double x2, double y2)
    {
        var dx = x1 - x2;
        var dy = y1 - y2;
        return dx * dx + dy * dy;
    }

    private static long Bucket(double coordinateM, double sizeM)
    {
        var b = Math.Floor(coordinateM / sizeM);
        return b is >= long.MinValue / 2 and <= long.MaxValue / 2
            ? (long)b
            : throw new ArgumentOutOfRangeException(nameof(coordinateM), coordinateM, "Coordinate is not finite or too far from the origin.");
    }
}
