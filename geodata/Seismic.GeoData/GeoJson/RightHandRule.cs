using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Seismic.GeoData.GeoJson;

/// <summary>
/// Ring orientation for GeoJSON output: RFC 7946 §3.1.6 requires exterior rings counter-clockwise and holes clockwise.
/// Geometries that already comply are returned as they are, so the common case allocates nothing.
/// </summary>
internal static class RightHandRule
{
    public static Geometry Apply(Geometry geometry) => geometry switch
    {
        Polygon polygon => Orient(polygon),
        MultiPolygon multi => OrientAll(multi),
        _ => geometry,
    };

    private static MultiPolygon OrientAll(MultiPolygon multi)
    {
        Polygon[]? parts = null;
        for (var i = 0; i < multi.NumGeometries; i++)
        {
            var part = (Polygon)multi.GetGeometryN(i);
            var oriented = Orient(part);
            if (!ReferenceEquals(oriented, part))
            {
                parts ??= Parts(multi);
                parts[i] = oriented;
            }
        }

        return parts is null ? multi : multi.Factory.CreateMultiPolygon(parts);
    }

    private static Polygon[] Parts(MultiPolygon multi)
    {
        var parts = new Polygon[multi.NumGeometries];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = (Polygon)multi.GetGeometryN(i);
        }

        return parts;
    }

    private static Polygon Orient(Polygon polygon)
    {
        var ok = IsCcw(polygon.Shell);
        for (var i = 0; ok && i < polygon.NumInteriorRings; i++)
        {
            ok = !IsCcw(polygon.GetInteriorRingN(i));
        }

        if (ok)
        {
            return polygon;
        }

        var shell = IsCcw(polygon.Shell) ? polygon.Shell : (LinearRing)polygon.Shell.Reverse();
        var holes = new LinearRing[polygon.NumInteriorRings];
        for (var i = 0; i < holes.Length; i++)
        {
            var hole = polygon.GetInteriorRingN(i);
            holes[i] = IsCcw(hole) ? (LinearRing)hole.Reverse() : (LinearRing)hole;
        }

        return polygon.Factory.CreatePolygon(shell, holes);
    }

    private static bool IsCcw(LineString ring) => Orientation.IsCCW(ring.CoordinateSequence);
}
