using Seismic.Engine.District;

namespace Seismic.Engine.Routing;

/// <summary>
/// Builds a <see cref="PedestrianGraph"/> from walkable ways (polylines). Noding follows the OpenStreetMap convention:
/// ways connect only at shared vertices, never where they merely cross in plan. Vertices are shared when their WGS84
/// coordinates agree after rounding to 1e-7° (≈ 1 cm) and either their layers match or one of them is the end of its
/// way — so a bridge (layer 1) joins the streets at its ends but not a street below that happens to carry a vertex at
/// the same spot, while a street that crosses it without a shared vertex never connects at all.
/// </summary>
/// <remarks>
/// A node is made at every way end and at every vertex shared by two or more way vertices (of one layer, or with a
/// way end). Each way is cut at its nodes into edges; repeated consecutive vertices are dropped and zero-length
/// loops are skipped. Edge length is the sum of the metric segment lengths given by the caller.
/// </remarks>
public sealed class PedestrianGraphBuilder
{
    private const double KeyScale = 1e7;
    private const int MergedLayer = int.MinValue;

    private readonly WalkingProfile _profile;
    private readonly List<long> _wayRoad = [];
    private readonly List<RoadClass> _wayClass = [];
    private readonly List<int> _wayLayer = [];
    private readonly List<double> _wayWidth = [];
    private readonly List<int> _wayFirst = [0];
    private readonly List<double> _lon = [];
    private readonly List<double> _lat = [];
    private readonly List<double> _x = [];
    private readonly List<double> _y = [];

    /// <summary>A builder for graphs walked with <paramref name="profile"/>.</summary>
    /// <param name="profile">Walking profile; null for <see cref="WalkingProfile.Default"/>.</param>
    public PedestrianGraphBuilder(WalkingProfile? profile = null) => _profile = profile ?? WalkingProfile.Default;

    /// <summary>Number of ways added.</summary>
    public int WayCount => _wayRoad.Count;

    /// <summary>Adds one walkable way. Non-walkable roads are simply not added.</summary>
    /// <param name="roadId">Road id, kept on every edge cut from the way.</param>
    /// <param name="roadClass">Road class (steps are slower).</param>
    /// <param name="layer">OSM layer of the way (0 at grade, 1 bridge, −1 tunnel by default).</param>
    /// <param name="lon">Vertex longitudes, WGS84 degrees (≥ 2 vertices).</param>
    /// <param name="lat">Vertex latitudes, WGS84 degrees.</param>
    /// <param name="x">Vertex eastings in metres of a local conformal projection, scale-corrected.</param>
    /// <param name="y">Vertex northings in metres.</param>
    public void AddWay(long roadId, RoadClass roadClass, int layer,
        ReadOnlySpan<double> lon, ReadOnlySpan<double> lat, ReadOnlySpan<double> x, ReadOnlySpan<double> y) =>
        AddWay(roadId, roadClass, layer, double.NaN, lon, lat, x, y);

    /// <summary>Adds one walkable way with its clear width. Non-walkable roads are simply not added.</summary>
    /// <param name="roadId">Road id, kept on every edge cut from the way.</param>
    /// <param name="roadClass">Road class (steps are slower).</param>
    /// <param name="layer">OSM layer of the way (0 at grade, 1 bridge, −1 tunnel by default).</param>
    /// <param name="widthM">Clear width in metres available to pedestrians; NaN or ≤ 0 for the class default
    /// (<see cref="Flow.RoadWidthTable.DefaultWidthM"/>).</param>
    /// <param name="lon">Vertex longitudes, WGS84 degrees (≥ 2 vertices).</param>
    /// <param name="lat">Vertex latitudes, WGS84 degrees.</param>
    /// <param name="x">Vertex eastings in metres of a local conformal projection, scale-corrected.</param>
    /// <param name="y">Vertex northings in metres.</param>
    public void AddWay(long roadId, RoadClass roadClass, int layer, double widthM,
        ReadOnlySpan<double> lon, ReadOnlySpan<double> lat, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        var n = lon.Length;
        if (lat.Length != n || x.Length != n || y.Length != n)
        {
            throw new ArgumentException("lon, lat, x and y must have the same length", nameof(lon));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2, nameof(lon));
        for (var i = 0; i < n; i++)
        {
            if (!double.IsFinite(lon[i]) || !double.IsFinite(lat[i]) || !double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                throw new ArgumentException($"way {roadId}: vertex {i} is not a finite coordinate", nameof(lon));
            }

            _lon.Add(lon[i]);
            _lat.Add(lat[i]);
            _x.Add(x[i]);
            _y.Add(y[i]);
        }

        _wayRoad.Add(roadId);
        _wayClass.Add(roadClass);
        _wayLayer.Add(layer);
        _wayWidth.Add(double.IsFinite(widthM) && widthM > 0 ? widthM : Flow.RoadWidthTable.DefaultWidthM(roadClass));
        _wayFirst.Add(_lon.Count);
    }

    /// <summary>Nodes the ways and returns the graph.</summary>
    public PedestrianGraph Build()
    {
        var ways = _wayRoad.Count;
        var endpoint = new HashSet<(long, long)>();
        var shared = new Dictionary<(long, long, int), int>();
        for (var w = 0; w < ways; w++)
        {
            int first = _wayFirst[w], last = _wayFirst[w + 1] - 1;
            endpoint.Add(Key(first));
            endpoint.Add(Key(last));
            for (var i = first; i <= last; i++)
            {
                if (i > first && Key(i) == Key(i - 1))
                {
                    continue;
                }

                var (kx, ky) = Key(i);
                var key = (kx, ky, _wayLayer[w]);
                shared[key] = shared.GetValueOrDefault(key) + 1;
            }
        }

        var nodeIds = new Dictionary<(long, long, int), int>();
        var nodeLon = new List<double>();
        var nodeLat = new List<double>();
        var nodeX = new List<double>();
        var nodeY = new List<double>();
        var edgeSource = new List<int>();
        var edgeTarget = new List<int>();
        var edgeLength = new List<double>();
        var edgeClass = new List<RoadClass>();
        var edgeRoad = new List<long>();
        var edgeWidth = new List<double>();
        var firstPoint = new List<int> { 0 };
        var pLon = new List<double>();
        var pLat = new List<double>();
        var pX = new List<double>();
        var pY = new List<double>();

        int NodeAt(int i, int layer)
        {
            var (kx, ky) = Key(i);
            (long, long, int) key;
            if (endpoint.Contains((kx, ky)))
            {
                key = (kx, ky, MergedLayer);
            }
            else if (shared.GetValueOrDefault((kx, ky, layer)) >= 2)
            {
                key = (kx, ky, layer);
            }
            else
            {
                return -1;
            }

            if (!nodeIds.TryGetValue(key, out var id))
            {
                id = nodeLon.Count;
                nodeIds.Add(key, id);
                nodeLon.Add(_lon[i]);
                nodeLat.Add(_lat[i]);
                nodeX.Add(_x[i]);
                nodeY.Add(_y[i]);
            }

            return id;
        }

        for (var w = 0; w < ways; w++)
        {
            int first = _wayFirst[w], last = _wayFirst[w + 1] - 1, layer = _wayLayer[w];
            var start = NodeAt(first, layer);
            var startPoint = pLon.Count;
            AddPoint(first, start);
            var length = 0.0;
            for (var i = first + 1; i <= last; i++)
            {
                if (Key(i) == Key(i - 1))
                {
                    continue;
                }

                var node = NodeAt(i, layer);
                AddPoint(i, node);
                length += Math.Sqrt(Square(pX[^1] - pX[^2]) + Square(pY[^1] - pY[^2]));
                if (node < 0)
                {
                    continue;
                }

                if (node == start && length <= 0)
                {
                    RemovePointsFrom(startPoint + 1);
                }
                else
                {
                    edgeSource.Add(start);
                    edgeTarget.Add(node);
                    edgeLength.Add(length);
                    edgeClass.Add(_wayClass[w]);
                    edgeRoad.Add(_wayRoad[w]);
                    edgeWidth.Add(_wayWidth[w]);
                    firstPoint.Add(pLon.Count);
                    startPoint = pLon.Count;
                    AddPoint(i, node);
                }

                start = node;
                length = 0;
            }

            // The way's last vertex is always a node, so only its own vertex is left over.
            RemovePointsFrom(startPoint);
        }

        return new PedestrianGraph(
            _profile, [.. nodeLon], [.. nodeLat], [.. nodeX], [.. nodeY],
            [.. edgeSource], [.. edgeTarget], [.. edgeLength], [.. edgeClass], [.. edgeRoad],
            [.. firstPoint], [.. pLon], [.. pLat], [.. pX], [.. pY])
        {
            EdgeWidths = [.. edgeWidth],
        };

        // A vertex at a node takes the node's coordinates, so that every edge meeting there starts at exactly the
        // same point: lengths then never undercut straight-line distances between nodes (the A* bound stays exact).
        void AddPoint(int i, int node)
        {
            var own = node < 0;
            pLon.Add(own ? _lon[i] : nodeLon[node]);
            pLat.Add(own ? _lat[i] : nodeLat[node]);
            pX.Add(own ? _x[i] : nodeX[node]);
            pY.Add(own ? _y[i] : nodeY[node]);
        }

        void RemovePointsFrom(int index)
        {
            var count = pLon.Count - index;
            pLon.RemoveRange(index, count);
            pLat.RemoveRange(index, count);
            pX.RemoveRange(index, count);
            pY.RemoveRange(index, count);
        }
    }

    private (long, long) Key(int i) =>
        ((long)Math.Round(_lon[i] * KeyScale), (long)Math.Round(_lat[i] * KeyScale));

    private static double Square(double v) => v * v;
}
