using System.Text.Json;
using NetTopologySuite.Geometries;
using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>
/// The district outline in local metres (possibly scaled around its centroid) with the point-in-polygon and
/// segment-clipping queries the generator needs, plus the same outline back in WGS84.
/// </summary>
internal sealed class Outline
{
    private const string HaizhuResource = "Seismic.GeoData.Synthesis.haizhu_boundary.geojson";

    private readonly List<double[]> _rings;

    private Outline(List<double[]> rings, LocalFrame frame, Geometry wgs84)
    {
        _rings = rings;
        Frame = frame;
        Wgs84 = wgs84;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (double[] r in rings)
        {
            for (int i = 0; i < r.Length; i += 2)
            {
                minX = Math.Min(minX, r[i]);
                maxX = Math.Max(maxX, r[i]);
                minY = Math.Min(minY, r[i + 1]);
                maxY = Math.Max(maxY, r[i + 1]);
            }
        }

        MinX = minX;
        MinY = minY;
        MaxX = maxX;
        MaxY = maxY;
    }

    public LocalFrame Frame { get; }

    /// <summary>The outline as used (scaled when asked), SRID 4326.</summary>
    public Geometry Wgs84 { get; }

    public double MinX { get; }

    public double MinY { get; }

    public double MaxX { get; }

    public double MaxY { get; }

    public IReadOnlyList<double[]> Rings => _rings;

    /// <summary>Reads the committed Haizhu outline (geodata/haizhu/haizhu_boundary.geojson, embedded).</summary>
    public static Geometry LoadHaizhu()
    {
        using Stream stream = typeof(Outline).Assembly.GetManifestResourceStream(HaizhuResource)
            ?? throw new GeoDataException(HaizhuResource, null, "embedded Haizhu outline is missing from the assembly");
        using JsonDocument doc = JsonDocument.Parse(stream);
        JsonElement geometry = doc.RootElement.GetProperty("features")[0].GetProperty("geometry");
        string type = geometry.GetProperty("type").GetString() ?? string.Empty;
        JsonElement coords = geometry.GetProperty("coordinates");
        GeometryFactory f = DistrictGeometry.Factory;
        if (type == "Polygon")
        {
            return ReadPolygon(coords, f);
        }

        if (type == "MultiPolygon")
        {
            var polys = new Polygon[coords.GetArrayLength()];
            for (int i = 0; i < polys.Length; i++)
            {
                polys[i] = ReadPolygon(coords[i], f);
            }

            return f.CreateMultiPolygon(polys);
        }

        throw new GeoDataException(HaizhuResource, "features[0].geometry", $"expected Polygon or MultiPolygon, got {type}");
    }

    /// <summary>Builds the local outline: origin at the centroid, coordinates multiplied by <paramref name="scale"/>.</summary>
    public static Outline Create(Geometry wgs84, double scale)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        Point c = wgs84.Centroid;
        var frame = new LocalFrame(c.X, c.Y);
        var rings = new List<double[]>();
        var polygons = new List<Polygon>();
        GeometryFactory f = DistrictGeometry.Factory;
        for (int g = 0; g < wgs84.NumGeometries; g++)
        {
            if (wgs84.GetGeometryN(g) is not Polygon p)
            {
                throw new ArgumentException("outline must be a Polygon or MultiPolygon", nameof(wgs84));
            }

            var shell = ScaleRing(p.ExteriorRing, frame, scale, rings, f);
            var holes = new LinearRing[p.NumInteriorRings];
            for (int h = 0; h < holes.Length; h++)
            {
                holes[h] = ScaleRing(p.GetInteriorRingN(h), frame, scale, rings, f);
            }

            polygons.Add(f.CreatePolygon(shell, holes));
        }

        Geometry scaled = polygons.Count == 1 ? polygons[0] : f.CreateMultiPolygon(polygons.ToArray());
        return new Outline(rings, frame, scaled);
    }

    /// <summary>Crossing-number point-in-polygon over all rings (holes and parts included).</summary>
    public bool Contains(double x, double y)
    {
        bool inside = false;
        foreach (double[] r in _rings)
        {
            int n = r.Length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                double xi = r[2 * i], yi = r[(2 * i) + 1], xj = r[2 * j], yj = r[(2 * j) + 1];
                if ((yi > y) != (yj > y) && x < ((xj - xi) * (y - yi) / (yj - yi)) + xi)
                {
                    inside = !inside;
                }
            }
        }

        return inside;
    }

    /// <summary>True when the rectangle lies inside the outline: its corners inside and no outline vertex within.</summary>
    public bool ContainsRect(double x0, double y0, double x1, double y1)
    {
        if (!Contains(x0, y0) || !Contains(x1, y0) || !Contains(x1, y1) || !Contains(x0, y1))
        {
            return false;
        }

        foreach (double[] r in _rings)
        {
            for (int i = 0; i < r.Length; i += 2)
            {
                if (r[i] >= x0 && r[i] <= x1 && r[i + 1] >= y0 && r[i + 1] <= y1)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// Parameters t in (0, 1) where segment a→b crosses the outline, sorted ascending, into <paramref name="hits"/>.
    /// </summary>
    public void Crossings(double ax, double ay, double bx, double by, List<double> hits)
    {
        hits.Clear();
        double dx = bx - ax, dy = by - ay;
        foreach (double[] r in _rings)
        {
            int n = r.Length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++)
            {
                double ex = r[2 * j], ey = r[(2 * j) + 1];
                double fx = r[2 * i] - ex, fy = r[(2 * i) + 1] - ey;
                double den = (dx * fy) - (dy * fx);
                if (Math.Abs(den) < 1e-12)
                {
                    continue;
                }

                double t = (((ex - ax) * fy) - ((ey - ay) * fx)) / den;
                double u = (((ex - ax) * dy) - ((ey - ay) * dx)) / den;
                if (t > 1e-9 && t < 1 - 1e-9 && u >= 0 && u < 1)
                {
                    hits.Add(t);
                }
            }
        }

        hits.Sort();
    }

    private static Polygon ReadPolygon(JsonElement rings, GeometryFactory f)
    {
        var lr = new LinearRing[rings.GetArrayLength()];
        for (int r = 0; r < lr.Length; r++)
        {
            JsonElement ring = rings[r];
            var cs = new Coordinate[ring.GetArrayLength()];
            for (int i = 0; i < cs.Length; i++)
            {
                cs[i] = new Coordinate(ring[i][0].GetDouble(), ring[i][1].GetDouble());
            }

            lr[r] = f.CreateLinearRing(cs);
        }

        return f.CreatePolygon(lr[0], lr[1..]);
    }

    private static LinearRing ScaleRing(LineString ring, LocalFrame frame, double scale, List<double[]> rings, GeometryFactory f)
    {
        var src = ring.CoordinateSequence;
        int n = src.Count - 1;
        var local = new double[2 * n];
        var cs = new Coordinate[n + 1];
        for (int i = 0; i < n; i++)
        {
            local[2 * i] = frame.X(src.GetX(i)) * scale;
            local[(2 * i) + 1] = frame.Y(src.GetY(i)) * scale;
            cs[i] = scale == 1.0
                ? new Coordinate(src.GetX(i), src.GetY(i))
                : new Coordinate(frame.Lon(local[2 * i]), frame.Lat(local[(2 * i) + 1]));
        }

        cs[n] = cs[0].Copy();
        rings.Add(local);
        return f.CreateLinearRing(cs);
    }
}
