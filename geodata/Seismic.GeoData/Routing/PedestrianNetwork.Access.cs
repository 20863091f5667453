using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.GeoData.Projection;

namespace Seismic.GeoData.Routing;

public sealed partial class PedestrianNetwork
{
    // Below this, starting threads and one projection per block costs more than the snaps (about 1 µs each).
    private const int ParallelSnapThreshold = 8192;

    /// <summary>
    /// Boundary sampling step for sites without mapped gates: a walk to the nearest sampled point is at most half of
    /// it longer than to the true nearest boundary point.
    /// </summary>
    public const double SiteAccessSpacingM = 50;

    /// <summary>
    /// A street whose centre line is this close to a site's boundary runs alongside it and gives access along its
    /// length: the half-width of a wide urban arterial with its pavements (about 50 m across) plus a verge. A street
    /// further off has something between it and the site (a building row, a canal) and leads in only where it meets a
    /// path that crosses the boundary.
    /// </summary>
    public const double SiteAccessReachM = 30;

    /// <summary>
    /// Whether a site of this type is fenced or walled, so that without mapped gates it is entered only where a path
    /// crosses its boundary (a school's, campus's or stadium's paths go through its gates), not from a street that
    /// merely runs beside it.
    /// </summary>
    /// <param name="siteType">The shelter's site type (park, school, square, campus, stadium, other).</param>
    public static bool IsWalled(string siteType) =>
        siteType?.Trim().ToLowerInvariant() is "school" or "campus" or "stadium";

    /// <summary>
    /// Access points of shelters as multi-source seeds labelled with the shelter's index in
    /// <paramref name="shelters"/>: every entrance of a shelter that has them (a large park with several gates gives
    /// several seeds with one label). An open site (park, square, other) without mapped gates is accessible from any
    /// boundary point, so it is entered wherever a path crosses its boundary and all along a street that runs beside it;
    /// a walled one (<see cref="IsWalled"/>) only where a path crosses its boundary (<see cref="EdgeSnapper.SiteAccess"/>).
    /// A point site, or a site no path enters and no street comes near, is reached at its nearest walkable edge.
    /// </summary>
    /// <param name="shelters">The shelters.</param>
    public RouteSource[] SnapShelters(IReadOnlyList<Shelter> shelters)
    {
        ArgumentNullException.ThrowIfNull(shelters);
        var sources = new List<RouteSource>(shelters.Count);
        for (var i = 0; i < shelters.Count; i++)
        {
            var shelter = shelters[i];
            if (shelter.Entrances.Count > 0)
            {
                foreach (var entrance in shelter.Entrances)
                {
                    sources.Add(new RouteSource(Snap(entrance.X, entrance.Y), i));
                }
            }
            else if (shelter.Geometry is Point point)
            {
                sources.Add(new RouteSource(Snap(point.X, point.Y), i));
            }
            else
            {
                var site = ToMetric(shelter.Geometry);
                var reach = IsWalled(shelter.SiteType) ? 0 : SiteAccessReachM;
                var access = Snapper.SiteAccess(site, SiteAccessSpacingM, reach);
                if (access.Length == 0)
                {
                    sources.Add(new RouteSource(Snapper.Snap(site), i));
                }

                foreach (var location in access)
                {
                    sources.Add(new RouteSource(location, i));
                }
            }
        }

        return [.. sources];
    }

    /// <summary>
    /// Snapped location of every building, in the order given: its footprint's centroid (or point) projected onto the
    /// nearest walkable edge. The snap distance stands for the walk from the building to the street, as the door is
    /// not mapped. Large lists are snapped on all cores; the result is the same as one by one.
    /// </summary>
    /// <param name="buildings">The buildings.</param>
    public EdgeLocation[] SnapBuildings(IReadOnlyList<Building> buildings)
    {
        ArgumentNullException.ThrowIfNull(buildings);
        var locations = new EdgeLocation[buildings.Count];
        SnapBuildings(buildings, locations, buildings.Count >= ParallelSnapThreshold ? Environment.ProcessorCount : 1);
        return locations;
    }

    /// <summary>
    /// Snaps <paramref name="buildings"/> into <paramref name="locations"/> with at most
    /// <paramref name="parallelism"/> threads. Each building's snap depends on nothing but its footprint, the
    /// projection and the (read-only) snapper, so the split cannot change a result; ProjNET transforms are not
    /// thread-safe, hence one projection per block.
    /// </summary>
    internal void SnapBuildings(IReadOnlyList<Building> buildings, EdgeLocation[] locations, int parallelism)
    {
        if (parallelism <= 1)
        {
            SnapRange(buildings, locations, 0, buildings.Count, _projection);
            return;
        }

        // A few blocks per thread so that a block of far-off buildings (slower snaps) does not leave a core idle.
        var blocks = Math.Min(parallelism * 4, Math.Max(1, buildings.Count / 1024));
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism };
        Parallel.For(0, blocks, options, block =>
        {
            var start = (int)((long)buildings.Count * block / blocks);
            var end = (int)((long)buildings.Count * (block + 1) / blocks);
            SnapRange(buildings, locations, start, end, MetricProjection.ForZone(_projection.Zone, _projection.IsNorth));
        });
    }

    private void SnapRange(IReadOnlyList<Building> buildings, EdgeLocation[] locations, int start, int end, MetricProjection projection)
    {
        for (var i = start; i < end; i++)
        {
            var (lon, lat) = FootprintCentre.Of(buildings[i].Footprint);
            var (x, y) = projection.ToMetric(lon, lat);
            locations[i] = Snapper.Snap(x / _scale, y / _scale);
        }
    }

    /// <summary>
    /// The shortest walk between two WGS84 points, each snapped onto the nearest walkable edge; the snap legs count in
    /// the distance and time and appear in the geometry.
    /// </summary>
    /// <param name="search">A query context on <see cref="Graph"/> (reused between calls).</param>
    /// <param name="from">Start (X = lon, Y = lat).</param>
    /// <param name="to">End (X = lon, Y = lat).</param>
    /// <param name="metric">Shortest (default) or fastest.</param>
    public NetworkRoute Route(ShortestPathSearch search, Coordinate from, Coordinate to, RouteMetric metric = RouteMetric.Length)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!ReferenceEquals(search.Graph, Graph))
        {
            throw new ArgumentException("the search runs on another graph", nameof(search));
        }

        var path = search.Route(Snap(from.X, from.Y), Snap(to.X, to.Y), metric);
        return new NetworkRoute(path, Geometry(path, from, to));
    }

    /// <summary>WGS84 LineString of a path, from <paramref name="from"/> to <paramref name="to"/> through the network;
    /// empty when the path was not found.</summary>
    /// <param name="path">A result of a search on <see cref="Graph"/>.</param>
    /// <param name="from">Original start point (lon/lat).</param>
    /// <param name="to">Original end point (lon/lat).</param>
    public LineString Geometry(in PathResult path, Coordinate from, Coordinate to)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var factory = DistrictGeometry.Factory;
        if (!path.Found)
        {
            return factory.CreateLineString();
        }

        var lonLat = Graph.PathLonLat(path);
        var coordinates = new List<Coordinate>((lonLat.Length / 2) + 2);
        AddDistinct(coordinates, from.X, from.Y);
        for (var i = 0; i < lonLat.Length; i += 2)
        {
            AddDistinct(coordinates, lonLat[i], lonLat[i + 1]);
        }

        AddDistinct(coordinates, to.X, to.Y);
        if (coordinates.Count == 1)
        {
            coordinates.Add(coordinates[0].Copy());
        }

        return factory.CreateLineString([.. coordinates]);
    }

    private static void AddDistinct(List<Coordinate> coordinates, double lon, double lat)
    {
        if (coordinates.Count > 0 && coordinates[^1].X == lon && coordinates[^1].Y == lat)
        {
            return;
        }

        coordinates.Add(new Coordinate(lon, lat));
    }
}
