using NetTopologySuite.Geometries;

namespace Seismic.GeoData.Routing;

/// <summary>
/// The point a building is snapped from: the area centroid of its footprint (its point when only the location is
/// known), equal to the last bit to <see cref="Geometry.Centroid"/>. The centroid, not the envelope centre, because the
/// envelope centre depends on how the footprint is oriented to the grid and falls outside an L- or U-shaped block more
/// often; the snap distance stands for the walk to the street, so it is measured from the centre of mass of the floor.
/// </summary>
/// <remarks>
/// NTS's <c>Centroid</c> reads each ring through <c>LineString.Coordinates</c>, which for packed coordinate sequences
/// (the importers' and the synthesizer's) builds an array of new <see cref="Coordinate"/> objects and keeps it only
/// through a weak reference, so across a million buildings it is built again after every collection; it also
/// accumulates the ring's perimeter for a fallback that areas never need. That came to about two microseconds a
/// building, more than the snap itself. For a polygon without holes this reads the sequence in place and sums the same fan of
/// triangles from the shell's first vertex in the same order, so the result is bitwise the same: NTS multiplies every
/// triangle's doubled area by ±1 for the shell's orientation, and negating both the weighted sum and the area sum
/// leaves their quotient unchanged. Holes, multi-part and degenerate (zero-area) footprints go to NTS.
/// </remarks>
internal static class FootprintCentre
{
    /// <summary>Centroid of a footprint in its own coordinates (lon/lat); NaN when the footprint is empty.</summary>
    /// <param name="footprint">A building footprint.</param>
    public static (double X, double Y) Of(Geometry footprint)
    {
        if (footprint is Point point)
        {
            return point.IsEmpty ? (double.NaN, double.NaN) : (point.X, point.Y);
        }

        if (footprint is Polygon { NumInteriorRings: 0 } polygon)
        {
            var shell = polygon.Shell.CoordinateSequence;
            var n = shell.Count;
            if (n > 0)
            {
                double baseX = shell.GetX(0), baseY = shell.GetY(0);
                double sumX = 0, sumY = 0, area2 = 0;
                double x1 = baseX, y1 = baseY;
                for (var i = 0; i < n - 1; i++)
                {
                    double x2 = shell.GetX(i + 1), y2 = shell.GetY(i + 1);
                    var a = ((x1 - baseX) * (y2 - baseY)) - ((x2 - baseX) * (y1 - baseY));
                    sumX += a * (baseX + x1 + x2);
                    sumY += a * (baseY + y1 + y2);
                    area2 += a;
                    (x1, y1) = (x2, y2);
                }

                if (Math.Abs(area2) > 0)
                {
                    return (sumX / 3 / area2, sumY / 3 / area2);
                }
            }
        }

        if (footprint.IsEmpty)
        {
            return (double.NaN, double.NaN);
        }

        var centroid = footprint.Centroid;
        return (centroid.X, centroid.Y);
    }
}
