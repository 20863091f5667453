using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Seismic.GeoData.Osm;

/// <summary>
/// A fast validity test for the single-ring footprints that make up almost every OSM building. NTS's general
/// validator builds a topology graph per polygon and took about half of the import time on a 10,000-building extract;
/// for a ring of a few dozen vertices a pairwise segment test (with NTS's robust intersector) decides the same
/// question — simple ring, non-zero area — in microseconds.
/// </summary>
internal sealed class OsmRingCheck
{
    /// <summary>Rings with more segments than this go to the general validator (the pairwise test is quadratic).</summary>
    private const int MaxSegments = 64;

    private readonly RobustLineIntersector _intersector = new();

    /// <summary>
    /// True when the polygon is a valid shell without holes, false when it is certainly invalid (self-intersecting,
    /// self-touching or without area), null when this test does not decide (holes, large rings).
    /// </summary>
    public bool? IsValidShell(Geometry geometry)
    {
        if (geometry is not Polygon { NumInteriorRings: 0 } polygon)
        {
            return null;
        }

        var ring = polygon.Shell.CoordinateSequence;
        var segments = ring.Count - 1;
        if (segments < 3)
        {
            return false;
        }

        if (segments > MaxSegments)
        {
            return null;
        }

        for (var i = 0; i < segments; i++)
        {
            var a0 = ring.GetCoordinate(i);
            var a1 = ring.GetCoordinate(i + 1);
            for (var j = i + 1; j < segments; j++)
            {
                _intersector.ComputeIntersection(a0, a1, ring.GetCoordinate(j), ring.GetCoordinate(j + 1));
                if (!_intersector.HasIntersection)
                {
                    continue;
                }

                // Neighbouring segments share one vertex and may meet only there; any other contact, or an overlap
                // of neighbours folding back on each other, makes the ring non-simple.
                var neighbours = j == i + 1 || (i == 0 && j == segments - 1);
                if (!neighbours || _intersector.IntersectionNum > 1)
                {
                    return false;
                }
            }
        }

        return Area.OfRingSigned(ring) != 0;
    }
}
