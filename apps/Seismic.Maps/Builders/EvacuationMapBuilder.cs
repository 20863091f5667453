using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Assignment;
using Seismic.Maps.Documents;
using E = Seismic.Maps.Builders.EvacuationMapStyles;

namespace Seismic.Maps.Builders;

/// <summary>
/// The evacuation map (地震应急疏散图) on the district base map (as <see cref="ScoreMapBuilder"/> does): buildings
/// coloured by the walk to their assigned shelter (red where anyone is left without a place), shelters as circles
/// sized by capacity and coloured by load (served ÷ capacity), and a sample of walking routes.
/// </summary>
public static class EvacuationMapBuilder
{
    /// <summary>Layer of the sample routes.</summary>
    public const string RoutesLayer = "evacuation-routes";

    /// <summary>Layer of the street segments closed after an earthquake.</summary>
    public const string ClosedStreetsLayer = "streets-closed";

    /// <summary>Layer of the bridges and tunnels left open on part of their width after an earthquake.</summary>
    public const string RestrictedStreetsLayer = "streets-restricted";

    /// <summary>Layer of the buildings with persons left without a shelter place.</summary>
    public const string UnservedLayer = "buildings-unserved";

    /// <summary>Builds the map.</summary>
    /// <param name="model">The district (base layers, footprints, shelter sites).</param>
    /// <param name="result">The solved assignment; its demands and shelters are matched to the model by id.</param>
    /// <param name="routes">Sample routes to draw (e.g. one per community); may be empty.</param>
    /// <param name="night">Night case (for the subtitle).</param>
    /// <param name="options">Size and title choices; null for the defaults.</param>
    /// <param name="closedStreets">Street segments closed after an earthquake (WGS84), drawn over the routes; null or
    /// empty for none.</param>
    /// <param name="restrictedStreets">Bridge and tunnel segments left open on part of their width after an earthquake
    /// (WGS84), drawn with the closed ones; null or empty for none.</param>
    /// <returns>A document for any <see cref="IMapRenderer"/>.</returns>
    public static MapDocument Build(
        DistrictModel model, ShelterAssignment result, IReadOnlyList<EvacuationRoute> routes, bool night, MapOptions? options = null,
        IReadOnlyList<LineString>? closedStreets = null, IReadOnlyList<LineString>? restrictedStreets = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(routes);
        options ??= new MapOptions();
        var walkMinutes = WorstWalkMinutes(result, out var unserved);
        var classes = E.WalkColors.Length;
        var areas = new List<Geometry>[classes + 2];
        var points = new List<Point>[classes + 2];
        var counts = new int[classes + 2];
        for (var c = 0; c < areas.Length; c++)
        {
            areas[c] = [];
            points[c] = [];
        }

        // Classes 0..4 by walking time, 5 = someone unserved, 6 = nobody inside in this case.
        var byId = new Dictionary<string, int>(result.Problem.Demands.Count, StringComparer.Ordinal);
        for (var b = 0; b < result.Problem.Demands.Count; b++)
        {
            byId[result.Problem.Demands[b].BuildingId] = b;
        }

        foreach (var building in model.Buildings)
        {
            var c = classes + 1;
            if (byId.TryGetValue(building.Id, out var b))
            {
                c = unserved[b] ? classes : double.IsNaN(walkMinutes[b]) ? classes + 1 : WalkClass(walkMinutes[b]);
            }

            counts[c]++;
            if (building.Footprint is Point p)
            {
                points[c].Add(p);
            }
            else
            {
                areas[c].Add(building.Footprint);
            }
        }

        var subtitle = options.Subtitle ?? string.Create(CultureInfo.InvariantCulture,
            $"{(night ? "夜间 Night" : "日间 Day")} · 已安置 served {result.ServedPersons:N0} / {result.TotalPersons:N0} · 无名额 unserved {result.UnservedPersons:N0} · {result.Problem.Shelters.Count} 避难场所 shelters · 示例路线 {routes.Count} sample routes");
        var title = options.Title ?? $"{model.Info.DisplayName} · 地震应急疏散图 Evacuation map";
        var baseMap = DistrictMapBuilder.Build(model, options with { ShowBuildings = false, Subtitle = subtitle, Title = title });
        var layers = new List<MapLayer>(baseMap.Layers.Count + 40);
        foreach (var layer in baseMap.Layers)
        {
            if (layer.Name is "shelter-markers" or "shelter-names")
            {
                continue;
            }

            layers.Add(layer is PolygonLayer { Name: DistrictMapLayers.Shelters } sites ? sites with { Style = E.ShelterArea } : layer);
            if (layer.Name == "communities")
            {
                AddBuildingLayers(layers, areas, points);
            }
            else if (layer.Name == DistrictMapLayers.Boundary)
            {
                layers.Add(new LineLayer(RoutesLayer, Lines(routes), E.Route));
                if (closedStreets is { Count: > 0 })
                {
                    layers.Add(new LineLayer(ClosedStreetsLayer, closedStreets, E.ClosedStreet));
                }

                if (restrictedStreets is { Count: > 0 })
                {
                    layers.Add(new LineLayer(RestrictedStreetsLayer, restrictedStreets, E.RestrictedStreet));
                }

                AddShelterLayers(layers, model, result, options.ShelterLabelMinCapacity);
            }
        }

        var legend = Legend(counts, routes.Count > 0);
        var at = counts.Length + (routes.Count > 0 ? 1 : 0);
        if (closedStreets is { Count: > 0 })
        {
            legend.Insert(at++, new LegendEntry(string.Create(CultureInfo.InvariantCulture,
                $"封闭路段 Closed street segment ({closedStreets.Count:N0})")) { Line = E.ClosedStreet });
        }

        if (restrictedStreets is { Count: > 0 })
        {
            legend.Insert(at, new LegendEntry(string.Create(CultureInfo.InvariantCulture,
                $"限行桥隧 Bridge or tunnel, part width open ({restrictedStreets.Count:N0})")) { Line = E.RestrictedStreet });
        }

        foreach (var entry in baseMap.Legend)
        {
            if (!entry.Label.StartsWith("应急避难场所", StringComparison.Ordinal))
            {
                legend.Add(entry);
            }
        }

        return baseMap with { Layers = layers, Legend = legend };
    }

    /// <summary>The longest walk of each building's parts in minutes (NaN when none), and whether anyone is unserved.</summary>
    private static double[] WorstWalkMinutes(ShelterAssignment result, out bool[] unserved)
    {
        var n = result.Problem.Demands.Count;
        var minutes = new double[n];
        Array.Fill(minutes, double.NaN);
        unserved = new bool[n];
        foreach (var part in result.Parts)
        {
            var m = part.WalkSeconds / 60;
            if (double.IsNaN(minutes[part.Building]) || m > minutes[part.Building])
            {
                minutes[part.Building] = m;
            }
        }

        foreach (var part in result.Unserved)
        {
            if (part.Persons > 0)
            {
                unserved[part.Building] = true;
            }
        }

        return minutes;
    }

    private static int WalkClass(double minutes)
    {
        var c = 0;
        while (c < E.WalkBreaksMin.Length && minutes > E.WalkBreaksMin[c])
        {
            c++;
        }

        return c;
    }

    private static void AddBuildingLayers(List<MapLayer> layers, List<Geometry>[] areas, List<Point>[] points)
    {
        // Nobody inside first, then near to far, unserved last so they stay visible where footprints overlap.
        var order = new List<int> { areas.Length - 1 };
        for (var c = 0; c < areas.Length - 1; c++)
        {
            order.Add(c);
        }

        foreach (var c in order)
        {
            var color = Color(c, areas.Length);
            var name = c == areas.Length - 2 ? UnservedLayer : c == areas.Length - 1 ? "buildings-empty" : "buildings-walk-" + c.ToString(CultureInfo.InvariantCulture);
            layers.Add(new PolygonLayer(name, areas[c], new AreaStyle(color)));
            layers.Add(new PointLayer(name + "-point", points[c], new MarkerStyle(MarkerShape.Square, 1.4, color)));
        }
    }

    private static MapColor Color(int c, int count) =>
        c == count - 2 ? E.Unserved : c == count - 1 ? E.NoOccupants : E.WalkColors[c];

    private static List<Geometry> Lines(IReadOnlyList<EvacuationRoute> routes)
    {
        var lines = new List<Geometry>(routes.Count);
        foreach (var route in routes)
        {
            if (!route.Geometry.IsEmpty)
            {
                lines.Add(route.Geometry);
            }
        }

        return lines;
    }

    /// <summary>One point layer per capacity and load class; largest circles first so small ones stay on top.</summary>
    private static void AddShelterLayers(List<MapLayer> layers, DistrictModel model, ShelterAssignment result, int labelMinCapacity)
    {
        var sites = new Dictionary<string, Shelter>(model.Shelters.Count, StringComparer.Ordinal);
        foreach (var shelter in model.Shelters)
        {
            sites.TryAdd(shelter.Id, shelter);
        }

        var sizes = E.CapacitySizesPt.Length;
        var loads = E.LoadColors.Length;
        var groups = new List<Point>[sizes, loads];
        for (var s = result.Problem.Shelters.Count - 1; s >= 0; s--)
        {
            var site = result.Problem.Shelters[s];
            if (!sites.TryGetValue(site.Id, out var shelter) || shelter.Geometry.IsEmpty)
            {
                continue;
            }

            var size = Class(site.CapacityPersons, E.CapacityBreaks);
            var load = Class((double)result.ShelterLoads[s] / site.CapacityPersons, E.LoadBreaks);
            (groups[size, load] ??= []).Add(shelter.Geometry.InteriorPoint);
        }

        for (var size = sizes - 1; size >= 0; size--)
        {
            for (var load = 0; load < loads; load++)
            {
                if (groups[size, load] is { } points)
                {
                    layers.Add(new PointLayer(string.Create(CultureInfo.InvariantCulture, $"shelters-size{size}-load{load}"), points, ShelterMarker(size, load)));
                }
            }
        }

        // Names under their circles: one label layer per size class, offset by the circle's radius so the halo of
        // the name never covers the circle.
        for (var size = 0; size < sizes; size++)
        {
            var labels = new List<MapLabel>();
            foreach (var shelter in model.Shelters)
            {
                if (shelter.CapacityPersons >= labelMinCapacity && shelter.Name.Length > 0 && !shelter.Geometry.IsEmpty
                    && Class(shelter.CapacityPersons, E.CapacityBreaks) == size)
                {
                    var p = shelter.Geometry.InteriorPoint;
                    labels.Add(new MapLabel(p.X, p.Y, shelter.Name, Priority: 20 + Math.Min(9, shelter.CapacityPersons / 10_000)));
                }
            }

            var style = E.ShelterLabel with { OffsetYPt = (E.CapacitySizesPt[size] / 2) + 4.5 };
            layers.Add(new LabelLayer(string.Create(CultureInfo.InvariantCulture, $"shelter-names-size{size}"), labels, style));
        }
    }

    private static MarkerStyle ShelterMarker(int size, int load) =>
        new(MarkerShape.Circle, E.CapacitySizesPt[size], E.LoadColors[load], E.MarkerOutline, 0.9);

    private static int Class(double value, double[] breaks)
    {
        var c = 0;
        while (c < breaks.Length && value >= breaks[c])
        {
            c++;
        }

        return c;
    }

    private static int Class(int value, int[] breaks)
    {
        var c = 0;
        while (c < breaks.Length && value >= breaks[c])
        {
            c++;
        }

        return c;
    }

    private static List<LegendEntry> Legend(int[] counts, bool routes)
    {
        var c = CultureInfo.InvariantCulture;
        var legend = new List<LegendEntry>();
        var b = E.WalkBreaksMin;
        string[] ranges =
        [
            string.Create(c, $"≤ {b[0]:0}"), string.Create(c, $"{b[0]:0}–{b[1]:0}"), string.Create(c, $"{b[1]:0}–{b[2]:0}"),
            string.Create(c, $"{b[2]:0}–{b[3]:0}"), string.Create(c, $"> {b[3]:0}"),
        ];
        for (var i = 0; i < ranges.Length; i++)
        {
            legend.Add(new LegendEntry(string.Create(c, $"步行 {ranges[i]} 分钟 walk {ranges[i]} min ({counts[i]:N0})")) { Area = new AreaStyle(E.WalkColors[i]) });
        }

        legend.Add(new LegendEntry(string.Create(c, $"有人无避难名额 Some unserved ({counts[ranges.Length]:N0})")) { Area = new AreaStyle(E.Unserved) });
        legend.Add(new LegendEntry(string.Create(c, $"无人员 No occupants ({counts[ranges.Length + 1]:N0})")) { Area = new AreaStyle(E.NoOccupants) });
        if (routes)
        {
            legend.Add(new LegendEntry("示例疏散路线（每社区一条）Sample route, one per community") { Line = E.Route });
        }

        string[] loads = ["负荷 < 50% load", "负荷 50–80% load", "负荷 80–99% load", "已满 Full (≥ 99.5%)"];
        for (var i = 0; i < loads.Length; i++)
        {
            legend.Add(new LegendEntry("避难场所 Shelter " + loads[i]) { Marker = ShelterMarker(1, i) });
        }

        var k = E.CapacityBreaks;
        string[] sizes =
        [
            string.Create(c, $"< {k[0]:N0}"), string.Create(c, $"{k[0]:N0}–{k[1]:N0}"), string.Create(c, $"{k[1]:N0}–{k[2]:N0}"), string.Create(c, $"≥ {k[2]:N0}"),
        ];
        for (var i = 0; i < sizes.Length; i++)
        {
            legend.Add(new LegendEntry($"容量 Capacity {sizes[i]} 人 persons") { Marker = new MarkerStyle(MarkerShape.Circle, E.CapacitySizesPt[i], new MapColor(150, 150, 150), E.MarkerOutline, 0.9) });
        }

        legend.Add(new LegendEntry("避难场所用地 Shelter site") { Area = E.ShelterArea });
        return legend;
    }
}
