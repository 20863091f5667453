using NetTopologySuite.Geometries;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.GeoData.Osm;
using Seismic.GeoData.Projection;

namespace Seismic.GeoData.Routing;

/// <summary>
/// The pedestrian graph of a district or an OpenStreetMap file, with the metric projection its lengths were measured
/// in and a snapper: the entry point for routing on real data. Walkable roads only (<see cref="Road.PedestrianAccess"/>);
/// one-way is ignored on foot; bridges and tunnels join other roads only at shared vertices (see
/// <see cref="PedestrianGraphBuilder"/>). Lengths are measured in the district's UTM zone
/// (<see cref="MetricProjection"/>), divided by the zone's scale factor at the centre of the network, so that they
/// are true ground metres to well under 0.1 % across a district.
/// </summary>
public sealed partial class PedestrianNetwork
{
    private readonly MetricProjection _projection;
    private readonly double _scale;
    private readonly bool _largestOnly;

    private PedestrianNetwork(PedestrianGraph graph, MetricProjection projection, double scale, bool largestOnly, int roads, int walkable)
    {
        Graph = graph;
        _largestOnly = largestOnly;
        _projection = projection;
        _scale = scale;
        Snapper = new EdgeSnapper(graph, largestOnly);
        RoadCount = roads;
        WalkableRoadCount = walkable;
    }

    /// <summary>The graph.</summary>
    public PedestrianGraph Graph { get; }

    /// <summary>The snapper used by <see cref="Snap(double, double)"/>.</summary>
    public EdgeSnapper Snapper { get; }

    /// <summary>Roads read.</summary>
    public int RoadCount { get; }

    /// <summary>Roads open to pedestrians, the ones in the graph.</summary>
    public int WalkableRoadCount { get; }

    /// <summary>Builds the network of a district's road layer.</summary>
    /// <param name="model">The district.</param>
    /// <param name="options">Choices; null for <see cref="PedestrianNetworkOptions.Default"/>.</param>
    /// <param name="source">File the model came from, named in the error when no road is walkable.</param>
    /// <exception cref="GeoDataException">No road of the district is open to pedestrians.</exception>
    public static PedestrianNetwork FromDistrict(DistrictModel model, PedestrianNetworkOptions? options = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= PedestrianNetworkOptions.Default;
        var walkable = 0;
        var extent = new Envelope();
        foreach (var road in model.Roads)
        {
            if (road.PedestrianAccess && road.Geometry.NumPoints >= 2)
            {
                walkable++;
                extent.ExpandToInclude(road.Geometry.EnvelopeInternal);
            }
        }

        if (walkable == 0)
        {
            throw new GeoDataException(source ?? model.Info.Name, "roads", model.Roads.Count == 0
                ? "no roads: a pedestrian network needs highway=* ways (OSM) or a roads layer"
                : $"no walkable ways: none of the {model.Roads.Count:N0} roads is open to pedestrians (all motorways, foot=no or access=no)");
        }

        var projection = MetricProjection.ForExtent(extent);
        var centre = extent.Centre;
        var scale = projection.ScaleFactor(centre.X, centre.Y);
        var builder = new PedestrianGraphBuilder(options.Profile);
        var lon = new List<double>();
        var lat = new List<double>();
        var x = new List<double>();
        var y = new List<double>();
        foreach (var road in model.Roads)
        {
            if (!road.PedestrianAccess || road.Geometry.NumPoints < 2)
            {
                continue;
            }

            lon.Clear();
            lat.Clear();
            x.Clear();
            y.Clear();
            var sequence = road.Geometry.CoordinateSequence;
            for (var i = 0; i < sequence.Count; i++)
            {
                double px = sequence.GetX(i), py = sequence.GetY(i);
                lon.Add(px);
                lat.Add(py);
                var metric = projection.ToMetric(new Coordinate(px, py));
                x.Add(metric.X / scale);
                y.Add(metric.Y / scale);
            }

            builder.AddWay(road.Id, road.Class, road.Layer, road.WidthM, lon.ToArray(), lat.ToArray(), x.ToArray(), y.ToArray());
        }

        return new PedestrianNetwork(builder.Build(), projection, scale, options.SnapToLargestComponent, model.Roads.Count, walkable);
    }

    /// <summary>Imports an OpenStreetMap file (<see cref="OsmDistrictImporter"/>) and builds its network.</summary>
    /// <param name="path">A .osm.pbf or .osm file.</param>
    /// <param name="options">Choices; null for <see cref="PedestrianNetworkOptions.Default"/>.</param>
    /// <param name="progress">Import progress.</param>
    /// <returns>The network and the imported model (buildings and shelters to snap).</returns>
    /// <exception cref="GeoDataException">The file is unreadable, or holds no walkable ways.</exception>
    public static (PedestrianNetwork Network, DistrictModel Model) FromOsm(
        string path, PedestrianNetworkOptions? options = null, IProgress<OperationProgress>? progress = null)
    {
        var result = OsmDistrictImporter.Import(path, progress: progress);
        return (FromDistrict(result.Model, options, path), result.Model);
    }

    /// <summary>Projects a WGS84 point into the graph's metric coordinates.</summary>
    /// <param name="lon">Longitude in degrees.</param>
    /// <param name="lat">Latitude in degrees.</param>
    public (double X, double Y) ToMetric(double lon, double lat)
    {
        var (x, y) = _projection.ToMetric(lon, lat);
        return (x / _scale, y / _scale);
    }

    /// <summary>A WGS84 geometry in the graph's metric coordinates.</summary>
    /// <param name="wgs84">Geometry in lon/lat degrees.</param>
    public Geometry ToMetric(Geometry wgs84)
    {
        ArgumentNullException.ThrowIfNull(wgs84);
        var metric = _projection.ToMetric(wgs84);
        var k = _scale;
        metric.Apply(new ScaleFilter(1 / k));
        metric.GeometryChanged();
        return metric;
    }

    /// <summary>Snaps a WGS84 point onto the nearest walkable edge; the snap distance is in metres.</summary>
    /// <param name="lon">Longitude in degrees.</param>
    /// <param name="lat">Latitude in degrees.</param>
    public EdgeLocation Snap(double lon, double lat)
    {
        var (x, y) = ToMetric(lon, lat);
        return Snapper.Snap(x, y);
    }

    private sealed class ScaleFilter(double factor) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, seq.GetX(i) * factor);
            seq.SetY(i, seq.GetY(i) * factor);
        }
    }
}
