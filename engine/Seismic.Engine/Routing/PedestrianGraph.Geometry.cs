namespace Seismic.Engine.Routing;

public sealed partial class PedestrianGraph
{
    /// <summary>
    /// The WGS84 polyline of a route's network part, from the snapped start to the snapped end, as interleaved
    /// lon, lat pairs (the snap legs to the original points are not included). Empty when no route was found.
    /// </summary>
    /// <param name="path">A result of a search on this graph.</param>
    public double[] PathLonLat(in PathResult path)
    {
        if (!path.Found)
        {
            return [];
        }

        var points = new List<double>();
        var from = path.From;
        var to = path.To;
        if (path.StartNode < 0)
        {
            // Both ends on one edge: walk the edge between the two offsets.
            Append(points, LocationLon(from), LocationLat(from));
            var first = _edgeFirstPoint[from.Edge];
            if (from.OffsetM <= to.OffsetM)
            {
                for (var p = first + from.Segment + 1; p <= first + to.Segment; p++)
                {
                    Append(points, _pointLon[p], _pointLat[p]);
                }
            }
            else
            {
                for (var p = first + from.Segment; p > first + to.Segment; p--)
                {
                    Append(points, _pointLon[p], _pointLat[p]);
                }
            }

            Append(points, LocationLon(to), LocationLat(to));
            return [.. points];
        }

        Append(points, LocationLon(from), LocationLat(from));
        AppendPartial(points, from, path.StartNode, leaving: true);
        foreach (var arc in path.Arcs)
        {
            var edge = ArcEdge(arc);
            int first = _edgeFirstPoint[edge], last = _edgeFirstPoint[edge + 1] - 1;
            if (ArcIsForward(arc))
            {
                for (var p = first; p <= last; p++)
                {
                    Append(points, _pointLon[p], _pointLat[p]);
                }
            }
            else
            {
                for (var p = last; p >= first; p--)
                {
                    Append(points, _pointLon[p], _pointLat[p]);
                }
            }
        }

        AppendPartial(points, to, path.EndNode, leaving: false);
        Append(points, LocationLon(to), LocationLat(to));
        return [.. points];
    }

    /// <summary>Longitude of a snapped location, interpolated on its segment.</summary>
    /// <param name="location">A valid location on this graph.</param>
    public double LocationLon(in EdgeLocation location)
    {
        var p = _edgeFirstPoint[location.Edge] + location.Segment;
        return _pointLon[p] + ((_pointLon[p + 1] - _pointLon[p]) * location.SegmentFraction);
    }

    /// <summary>Latitude of a snapped location, interpolated on its segment.</summary>
    /// <param name="location">A valid location on this graph.</param>
    public double LocationLat(in EdgeLocation location)
    {
        var p = _edgeFirstPoint[location.Edge] + location.Segment;
        return _pointLat[p] + ((_pointLat[p + 1] - _pointLat[p]) * location.SegmentFraction);
    }

    /// <summary>
    /// A location exactly at a node, on the first open edge incident to it; <see cref="EdgeLocation.None"/> when every
    /// edge at the node is closed (see <see cref="WithClosedEdges(ReadOnlySpan{bool})"/>).
    /// </summary>
    /// <param name="node">Node index.</param>
    public EdgeLocation AtNode(int node)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(node);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(node, NodeCount);
        var arc = _firstArc[node];
        if (arc == _firstArc[node + 1])
        {
            // Every edge at the node is closed: nothing can be reached from it, which a search reports as no route.
            return EdgeLocation.None;
        }

        var edge = ArcEdge(arc);
        int first = _edgeFirstPoint[edge], last = _edgeFirstPoint[edge + 1] - 1;
        return ArcIsForward(arc)
            ? new EdgeLocation(edge, 0, 0, 0, 0, _pointX[first], _pointY[first])
            : new EdgeLocation(edge, last - first - 1, 1, _edgeLength[edge], 0, _pointX[last], _pointY[last]);
    }

    // The polyline between a location and one end of its edge: towards the node when leaving, from it when arriving.
    private void AppendPartial(List<double> points, in EdgeLocation location, int node, bool leaving)
    {
        var edge = location.Edge;
        int first = _edgeFirstPoint[edge], last = _edgeFirstPoint[edge + 1] - 1;
        var p = first + location.Segment;
        var towardSource = node == _edgeSource[edge] && (node != _edgeTarget[edge] || location.OffsetM <= _edgeLength[edge] / 2);
        if (leaving)
        {
            if (towardSource)
            {
                for (var q = p; q >= first; q--)
                {
                    Append(points, _pointLon[q], _pointLat[q]);
                }
            }
            else
            {
                for (var q = p + 1; q <= last; q++)
                {
                    Append(points, _pointLon[q], _pointLat[q]);
                }
            }
        }
        else if (towardSource)
        {
            for (var q = first; q <= p; q++)
            {
                Append(points, _pointLon[q], _pointLat[q]);
            }
        }
        else
        {
            for (var q = last; q > p; q--)
            {
                Append(points, _pointLon[q], _pointLat[q]);
            }
        }
    }

    private static void Append(List<double> points, double lon, double lat)
    {
        var n = points.Count;
        if (n >= 2 && points[n - 2] == lon && points[n - 1] == lat)
        {
            return;
        }

        points.Add(lon);
        points.Add(lat);
    }
}
