using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Polygonize;
using OsmSharp;
using Seismic.Engine.District;

namespace Seismic.GeoData.Osm;

/// <summary>Why an OSM element gave no geometry.</summary>
internal enum OsmGeometryStatus
{
    /// <summary>A geometry was built.</summary>
    Ok,
    /// <summary>Nodes or member ways are not in the file (cut at the extract edge).</summary>
    MissingNodes,
    /// <summary>An area whose ring does not close.</summary>
    Unclosed,
    /// <summary>No area or length left (repeated points, collapsed ring).</summary>
    Degenerate,
}

/// <summary>Builds WGS84 lines and areas from node ids resolved against the scan.</summary>
internal sealed class OsmGeometryBuilder(OsmScan scan)
{
    private readonly GeometryFactory _factory = DistrictGeometry.Factory;
    private readonly List<Coordinate> _buffer = new(256);
    private readonly OsmRingCheck _ringCheck = new();

    /// <summary>
    /// Line through the way's nodes that are in the file; missing ones are skipped (extract edges) and counted,
    /// repeated consecutive points removed. Null when fewer than two distinct points remain.
    /// </summary>
    public LineString? Line(long[] refs, out int missing)
    {
        Resolve(refs, out missing);
        return _buffer.Count >= 2 ? _factory.CreateLineString(_buffer.ToArray()) : null;
    }

    /// <summary>Polygon of a closed way; every node must be present.</summary>
    public OsmGeometryStatus TryPolygon(long[] refs, out Polygon? polygon)
    {
        polygon = null;
        if (refs.Length < 4 || refs[0] != refs[^1])
        {
            return OsmGeometryStatus.Unclosed;
        }

        Resolve(refs, out var missing);
        if (missing > 0)
        {
            return OsmGeometryStatus.MissingNodes;
        }

        if (_buffer.Count < 4)
        {
            return OsmGeometryStatus.Degenerate;
        }

        polygon = _factory.CreatePolygon(_buffer.ToArray());
        return OsmGeometryStatus.Ok;
    }

    /// <summary>
    /// Area of a multipolygon relation: the outer member ways (role "outer" or empty) are joined into rings with the
    /// NTS polygonizer, likewise the inner ones, and the inner area is cut out of the outer. Every member way and node
    /// must be present: a partly cut relation would give a wrong footprint.
    /// </summary>
    public OsmGeometryStatus TryMultipolygon(Relation relation, out Geometry? area)
    {
        area = null;
        var outer = new Polygonizer();
        var inner = new Polygonizer();
        var outerLines = 0;
        foreach (var member in relation.Members)
        {
            if (member.Type != OsmGeoType.Way)
            {
                continue;
            }

            var isInner = string.Equals(member.Role, "inner", StringComparison.OrdinalIgnoreCase);
            if (!isInner && !string.IsNullOrEmpty(member.Role) && !string.Equals(member.Role, "outer", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!scan.WayNodes.TryGetValue(member.Id, out var refs))
            {
                return OsmGeometryStatus.MissingNodes;
            }

            Resolve(refs, out var missing);
            if (missing > 0)
            {
                return OsmGeometryStatus.MissingNodes;
            }

            if (_buffer.Count < 2)
            {
                continue;
            }

            var line = _factory.CreateLineString(_buffer.ToArray());
            if (isInner)
            {
                inner.Add(line);
            }
            else
            {
                outer.Add(line);
                outerLines++;
            }
        }

        if (outerLines == 0)
        {
            return OsmGeometryStatus.Degenerate;
        }

        var outerPolygons = outer.GetPolygons();
        if (outerPolygons.Count == 0)
        {
            return OsmGeometryStatus.Unclosed;
        }

        var result = _factory.BuildGeometry(outerPolygons).Union();
        var innerPolygons = inner.GetPolygons();
        if (innerPolygons.Count > 0)
        {
            result = result.Difference(_factory.BuildGeometry(innerPolygons).Union());
        }

        area = result;
        return OsmGeometryStatus.Ok;
    }

    /// <summary>
    /// Returns a valid polygonal geometry with area: as is when valid, else repaired with a zero-width buffer (the
    /// usual fix for self-touching or bow-tie rings). Null when nothing with area remains.
    /// </summary>
    public Geometry? MakeValidArea(Geometry geometry, out bool repaired)
    {
        repaired = false;
        var result = geometry;
        if (!(_ringCheck.IsValidShell(result) ?? result.IsValid))
        {
            result = result.Buffer(0);
            repaired = true;
        }

        if (result.IsEmpty || result is not (Polygon or MultiPolygon) || !(result.Area > 0))
        {
            return null;
        }

        result.SRID = DistrictGeometry.Wgs84Srid;
        return result;
    }

    private void Resolve(long[] refs, out int missing)
    {
        _buffer.Clear();
        missing = 0;
        foreach (var id in refs)
        {
            if (!scan.Nodes.TryGet(id, out var lon, out var lat))
            {
                missing++;
                continue;
            }

            if (_buffer.Count > 0)
            {
                var last = _buffer[^1];
                if (last.X == lon && last.Y == lat)
                {
                    continue;
                }
            }

            _buffer.Add(new Coordinate(lon, lat));
        }
    }
}
