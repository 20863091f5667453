using NetTopologySuite.Geometries;

namespace Seismic.Engine.Routing.Blockage;

/// <summary>Planar distances between a footprint's vertex ring and a road segment, without allocating.</summary>
internal static class Geometry2D
{
    /// <summary>
    /// Distance from a footprint (its coordinates as one ring, closed or not; a single coordinate for a point) to the
    /// segment a–b: 0 when they cross or the segment starts inside the ring.
    /// </summary>
    public static double FootprintToSegment(Coordinate[] ring, double ax, double ay, double bx, double by)
    {
        if (ring.Length == 1)
        {
            return PointToSegment(ring[0].X, ring[0].Y, ax, ay, bx, by);
        }

        if (ring.Length >= 4 && Inside(ring, ax, ay))
        {
            return 0;
        }

        var best = double.PositiveInfinity;
        for (var i = 0; i + 1 < ring.Length; i++)
        {
            var d = SegmentToSegment(ring[i].X, ring[i].Y, ring[i + 1].X, ring[i + 1].Y, ax, ay, bx, by);
            if (d < best)
            {
                best = d;
            }
        }

        return best;
    }

    public static double PointToSegment(double px, double py, double ax, double ay, double bx, double by)
    {
        double dx = bx - ax, dy = by - ay;
        var squared = (dx * dx) + (dy * dy);
        var t = squared > 0 ? Math.Clamp((((px - ax) * dx) + ((py - ay) * dy)) / squared, 0, 1) : 0;
        double qx = ax + (t * dx) - px, qy = ay + (t * dy) - py;
        return Math.Sqrt((qx * qx) + (qy * qy));
    }

    private static double SegmentToSegment(double px, double py, double qx, double qy, double ax, double ay, double bx, double by)
    {
        if (Cross(px, py, qx, qy, ax, ay, bx, by))
        {
            return 0;
        }

        return Math.Min(
            Math.Min(PointToSegment(px, py, ax, ay, bx, by), PointToSegment(qx, qy, ax, ay, bx, by)),
            Math.Min(PointToSegment(ax, ay, px, py, qx, qy), PointToSegment(bx, by, px, py, qx, qy)));
    }

    private static bool Cross(double px, double py, double qx, double qy, double ax, double ay, double bx, double by)
    {
        var d1 = Orient(ax, ay, bx, by, px, py);
        var d2 = Orient(ax, ay, bx, by, qx, qy);
        var d3 = Orient(px, py, qx, qy, ax, ay);
        var d4 = Orient(px, py, qx, qy, bx, by);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static double Orient(double ax, double ay, double bx, double by, double cx, double cy) =>
        ((bx - ax) * (cy - ay)) - ((by - ay) * (cx - ax));

    // Even-odd ray casting over the ring's consecutive vertex pairs.
    private static bool Inside(Coordinate[] ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            if ((ring[i].Y > y) != (ring[j].Y > y)
                && x < ((ring[j].X - ring[i].X) * (y - ring[i].Y) / (ring[j].Y - ring[i].Y)) + ring[i].X)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}
