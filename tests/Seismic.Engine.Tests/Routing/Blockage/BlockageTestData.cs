using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Blockage;

namespace Seismic.Engine.Tests.Routing.Blockage;

/// <summary>Footprints, shelters and per-edge road attributes for hand-drawn blockage tests (metres).</summary>
internal static class BlockageTestData
{
    private static readonly GeometryFactory Factory = new();

    /// <summary>An axis-aligned rectangle from (x0, y0) to (x1, y1).</summary>
    public static Polygon Box(double x0, double y0, double x1, double y1) => Factory.CreatePolygon(
    [
        new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0),
    ]);

    /// <summary>A point site.</summary>
    public static Point Point(double x, double y) => Factory.CreatePoint(new Coordinate(x, y));

    /// <summary>A building that sheds debris (P(collapse) 0.5) of the given height.</summary>
    public static DebrisBuilding Fragile(string id, Polygon footprint, double heightM, double pgaG = 0.2) =>
        new(id, footprint, heightM, 0.5, 0.5, pgaG);

    /// <summary>A building below both thresholds.</summary>
    public static DebrisBuilding Sound(string id, Polygon footprint, double heightM, double pgaG = 0.2) =>
        new(id, footprint, heightM, 0.01, 0.02, pgaG);

    /// <summary>Per-edge widths from the widths of the ways (road ids 1, 2, … in the order the ways were added).</summary>
    public static double[] Widths(PedestrianGraph graph, params double[] wayWidths)
    {
        var widths = new double[graph.EdgeCount];
        for (var e = 0; e < widths.Length; e++)
        {
            widths[e] = wayWidths[graph.EdgeRoadId(e) - 1];
        }

        return widths;
    }

    /// <summary>Per-edge structure: the listed road ids are bridges, the rest at grade.</summary>
    public static RoadStructure[] Structures(PedestrianGraph graph, params long[] bridgeRoads)
    {
        var structure = new RoadStructure[graph.EdgeCount];
        for (var e = 0; e < structure.Length; e++)
        {
            structure[e] = Array.IndexOf(bridgeRoads, graph.EdgeRoadId(e)) >= 0 ? RoadStructure.Bridge : RoadStructure.None;
        }

        return structure;
    }

    /// <summary>The edges cut from one road id.</summary>
    public static int[] EdgesOf(PedestrianGraph graph, long road)
    {
        var edges = new List<int>();
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if (graph.EdgeRoadId(e) == road)
            {
                edges.Add(e);
            }
        }

        return [.. edges];
    }
}
