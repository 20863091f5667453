using Seismic.Engine.Routing;

namespace Seismic.GeoData.Routing;

public sealed partial class PedestrianNetwork
{
    private PedestrianNetwork(PedestrianNetwork undamaged, PedestrianGraph graph, EdgeSnapper snapper)
    {
        Graph = graph;
        Snapper = snapper;
        _projection = undamaged._projection;
        _scale = undamaged._scale;
        _largestOnly = undamaged._largestOnly;
        RoadCount = undamaged.RoadCount;
        WalkableRoadCount = undamaged.WalkableRoadCount;
    }

    /// <summary>
    /// The same network with some edges closed (<see cref="PedestrianGraph.WithClosedEdges(ReadOnlySpan{bool})"/>): same projection, edge
    /// indices and road ids. Its snapper indexes only open edges and — when this network snaps to its largest component
    /// — only those of the pieces that component fell into, so a building cut off by debris is snapped onto its own
    /// fragment and reported unreachable, rather than carried across the blockage by a long snap leg.
    /// </summary>
    /// <param name="closed">One flag per edge of <see cref="Graph"/>, true to close it.</param>
    public PedestrianNetwork WithClosedEdges(ReadOnlySpan<bool> closed) => Damaged(Graph.WithClosedEdges(closed));

    /// <summary>
    /// The same network with some edges closed and the open ones narrowed to a clear width
    /// (<see cref="PedestrianGraph.WithClosedEdges(ReadOnlySpan{bool}, ReadOnlySpan{double})"/>): debris in a street
    /// leaves it passable but lets fewer people through.
    /// </summary>
    /// <param name="closed">One flag per edge of <see cref="Graph"/>, true to close it.</param>
    /// <param name="clearWidthM">Clear width left on each edge, metres.</param>
    public PedestrianNetwork WithClosedEdges(ReadOnlySpan<bool> closed, ReadOnlySpan<double> clearWidthM) =>
        Damaged(Graph.WithClosedEdges(closed, clearWidthM));

    private PedestrianNetwork Damaged(PedestrianGraph graph)
    {
        var indexed = new bool[graph.EdgeCount];
        for (var e = 0; e < indexed.Length; e++)
        {
            indexed[e] = !_largestOnly || Graph.Component(Graph.EdgeSource(e)) == Graph.LargestComponent;
        }

        return new PedestrianNetwork(this, graph, new EdgeSnapper(graph, indexed));
    }
}
