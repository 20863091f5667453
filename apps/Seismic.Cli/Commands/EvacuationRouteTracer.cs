using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.GeoData.Routing;
using Seismic.Maps.Builders;

namespace Seismic.Cli.Commands;

/// <summary>
/// Traces the walk of an assigned building to its shelter on the pedestrian network for maps and cards: the fastest
/// path to the nearest of the shelter's access points (the assignment measured the same walk), its line, the streets
/// it follows and the assembly point on its way.
/// </summary>
internal sealed class EvacuationRouteTracer
{
    /// <summary>
    /// A mapped community assembly point (集合点) within this straight distance of the building is used as the card's
    /// assembly point; 300 m is a few minutes' walk, well inside the 500 m immediate-shelter radius of GB 50413-2007.
    /// </summary>
    public const double AssemblyReachM = 300;

    private readonly DistrictModel _model;
    private readonly PedestrianNetwork _network;
    private readonly ShortestPathSearch _search;
    private readonly EdgeLocation[][] _entrances;
    private readonly Dictionary<long, string> _roadNames = [];

    public EvacuationRouteTracer(DistrictModel model, PedestrianNetwork network)
    {
        _model = model;
        _network = network;
        _search = new ShortestPathSearch(network.Graph);
        var access = network.SnapShelters(model.Shelters);
        _entrances = new EdgeLocation[model.Shelters.Count][];
        for (var s = 0; s < _entrances.Length; s++)
        {
            _entrances[s] = [.. access.Where(a => a.Label == s).Select(a => a.Location)];
        }

        foreach (var road in model.Roads)
        {
            if (road.Name.Length > 0)
            {
                _roadNames.TryAdd(road.Id, road.Name);
            }
        }
    }

    /// <summary>The fastest walk from a building to one of a shelter's access points; null when there is none.</summary>
    /// <param name="building">The building.</param>
    /// <param name="shelterIndex">Index of the shelter in the model's shelters.</param>
    public TracedRoute? Trace(Building building, int shelterIndex)
    {
        var start = Centre(building);
        var from = _network.Snap(start.X, start.Y);
        var best = _search.RouteToNearest(from, _entrances[shelterIndex], RouteMetric.WalkTime);
        if (!best.Found)
        {
            return null;
        }

        var graph = _network.Graph;
        var end = new Coordinate(graph.LocationLon(best.To), graph.LocationLat(best.To));
        var line = _network.Geometry(best, start, end);
        return new TracedRoute(best, line, Streets(best), Assembly(start, best));
    }

    /// <summary>Centre of a footprint (or its point): where the walk starts.</summary>
    public static Coordinate Centre(Building building) =>
        building.Footprint is Point p ? p.Coordinate : building.Footprint.Centroid.Coordinate;

    private List<string> Streets(in PathResult path)
    {
        var graph = _network.Graph;
        var names = new List<string>();
        void Add(int edge)
        {
            if (_roadNames.TryGetValue(graph.EdgeRoadId(edge), out var name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        Add(path.From.Edge);
        foreach (var arc in path.Arcs)
        {
            Add(graph.ArcEdge(arc));
        }

        Add(path.To.Edge);
        return names;
    }

    /// <summary>
    /// The assembly point: the nearest mapped assembly point within <see cref="AssemblyReachM"/> of the building;
    /// otherwise the first street junction (a node where three or more ways meet) on the route — everyone from the
    /// building passes it, and a junction is the first open place wider than the access lane; otherwise none.
    /// </summary>
    private CardAssemblyPoint? Assembly(Coordinate start, in PathResult path)
    {
        var (sx, sy) = _network.ToMetric(start.X, start.Y);
        AssemblyPoint? nearest = null;
        var nearestM = AssemblyReachM;
        foreach (var point in _model.AssemblyPoints)
        {
            var (x, y) = _network.ToMetric(point.Location.X, point.Location.Y);
            var d = Math.Sqrt(((x - sx) * (x - sx)) + ((y - sy) * (y - sy)));
            if (d <= nearestM)
            {
                (nearest, nearestM) = (point, d);
            }
        }

        if (nearest is not null)
        {
            return new CardAssemblyPoint(nearest.Location, nearest.Name, "Community assembly point", nearestM);
        }

        var graph = _network.Graph;
        if (path.StartNode < 0)
        {
            return null;
        }

        var node = path.StartNode;
        var i = 0;
        while (graph.FirstArc(node + 1) - graph.FirstArc(node) < 3 && i < path.Arcs.Length)
        {
            node = graph.ArcTarget(path.Arcs[i++]);
        }

        if (graph.FirstArc(node + 1) - graph.FirstArc(node) < 3)
        {
            node = path.StartNode;
        }

        var names = new List<string>();
        for (var arc = graph.FirstArc(node); arc < graph.FirstArc(node + 1) && names.Count < 2; arc++)
        {
            if (_roadNames.TryGetValue(graph.EdgeRoadId(graph.ArcEdge(arc)), out var name) && !names.Contains(name))
            {
                names.Add(name);
            }
        }

        var description = names.Count switch
        {
            0 => "路线上第一个路口",
            1 => names[0] + "路口",
            _ => $"{names[0]}与{names[1]}交叉口",
        };
        var (nx, ny) = (graph.NodeX(node), graph.NodeY(node));
        var distance = Math.Sqrt(((nx - sx) * (nx - sx)) + ((ny - sy) * (ny - sy)));
        var location = DistrictGeometry.Factory.CreatePoint(new Coordinate(graph.NodeLon(node), graph.NodeLat(node)));
        return new CardAssemblyPoint(location, description, "First street junction on your route", distance);
    }
}

/// <summary>A traced walk: the search result, its WGS84 line, the named streets in order and the assembly point.</summary>
internal sealed record TracedRoute(PathResult Path, LineString Geometry, IReadOnlyList<string> Streets, CardAssemblyPoint? Assembly);
