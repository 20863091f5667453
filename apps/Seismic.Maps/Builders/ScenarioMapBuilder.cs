using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Hazard;
using Seismic.Maps.Documents;

namespace Seismic.Maps.Builders;

/// <summary>
/// Earthquake-scenario maps on the district base map (as <see cref="ScoreMapBuilder"/> does): areas (site-grid cells
/// or buildings) coloured by median PGA, or buildings coloured by their mean probability of extensive or worse damage.
/// </summary>
public static class ScenarioMapBuilder
{
    // Sequential yellow-to-red ramp (ColorBrewer YlOrRd, 5 classes) so higher hazard or damage reads darker.
    private static readonly MapColor[] Ramp =
    [
        MapColor.FromHex("#ffffb2"), MapColor.FromHex("#fecc5c"), MapColor.FromHex("#fd8d3c"), MapColor.FromHex("#f03b20"), MapColor.FromHex("#bd0026"),
    ];

    // PGA bands in g at the GB 18306-2015 zoning steps (0.05, 0.10, 0.20, 0.40 g ↔ intensity VI, VII, VIII, IX).
    private static readonly double[] PgaBreaks = [0.05, 0.10, 0.20, 0.40];

    private static readonly MarkerStyle EpicentreStyle = new(MarkerShape.Diamond, 9, MapColor.FromHex("#2b2b2b"), MapColor.FromHex("#ffffff"), 1.2);

    private static readonly double[] DamageBreaks = [0.05, 0.15, 0.30, 0.50];

    /// <summary>Areas coloured by median PGA.</summary>
    /// <param name="model">District (base layers).</param>
    /// <param name="footprints">Site-grid cells or building footprints, WGS84.</param>
    /// <param name="pgaG">Median PGA per area, g, parallel to <paramref name="footprints"/>.</param>
    /// <param name="subtitle">Subtitle describing the scenario.</param>
    /// <param name="options">Map options; null for the defaults.</param>
    /// <param name="epicentre">Epicentre (WGS84) drawn on top, or null.</param>
    /// <returns>The map document.</returns>
    public static MapDocument GroundMotion(DistrictModel model, IReadOnlyList<Geometry> footprints, IReadOnlyList<double> pgaG, string subtitle, MapOptions? options = null, Point? epicentre = null) =>
        Build(model, footprints, pgaG, PgaBreaks, "中位 PGA median", v => v.ToString("0.00", CultureInfo.InvariantCulture) + " g", subtitle, options, epicentre);

    /// <summary>Buildings coloured by mean P(≥ extensive damage).</summary>
    /// <param name="model">District (base layers).</param>
    /// <param name="footprints">Building footprints or points.</param>
    /// <param name="probability">Mean P(≥ extensive) per building, parallel to <paramref name="footprints"/>.</param>
    /// <param name="subtitle">Subtitle describing the scenario.</param>
    /// <param name="options">Map options; null for the defaults.</param>
    /// <param name="epicentre">Epicentre (WGS84) drawn on top, or null.</param>
    /// <returns>The map document.</returns>
    public static MapDocument Damage(DistrictModel model, IReadOnlyList<Geometry> footprints, IReadOnlyList<double> probability, string subtitle, MapOptions? options = null, Point? epicentre = null) =>
        Build(model, footprints, probability, DamageBreaks, "P(≥ 严重破坏 extensive)", v => v.ToString("0%", CultureInfo.InvariantCulture), subtitle, options, epicentre);

    private static MapDocument Build(
        DistrictModel model, IReadOnlyList<Geometry> footprints, IReadOnlyList<double> values, double[] breaks, string title,
        Func<double, string> format, string subtitle, MapOptions? options, Point? epicentre)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(footprints);
        ArgumentNullException.ThrowIfNull(values);
        if (footprints.Count != values.Count)
        {
            throw new ArgumentException($"{footprints.Count} footprints but {values.Count} values; they must be parallel.", nameof(values));
        }

        options ??= new MapOptions();
        var classes = Ramp.Length;
        var areas = new List<Geometry>[classes];
        var points = new List<Point>[classes];
        var counts = new int[classes];
        for (var c = 0; c < classes; c++)
        {
            areas[c] = [];
            points[c] = [];
        }

        for (var i = 0; i < footprints.Count; i++)
        {
            var c = 0;
            while (c < breaks.Length && values[i] >= breaks[c])
            {
                c++;
            }

            counts[c]++;
            if (footprints[i] is Point p)
            {
                points[c].Add(p);
            }
            else
            {
                areas[c].Add(footprints[i]);
            }
        }

        var baseMap = DistrictMapBuilder.Build(model, options with { ShowBuildings = false, Subtitle = options.Subtitle ?? subtitle });
        var layers = new List<MapLayer>(baseMap.Layers.Count + 2 * classes);
        var inserted = false;
        foreach (var layer in baseMap.Layers)
        {
            layers.Add(layer);
            if (!inserted && layer.Name == "communities")
            {
                AddLayers(layers, areas, points);
                inserted = true;
            }
        }

        if (!inserted)
        {
            AddLayers(layers, areas, points);
        }

        var legend = new List<LegendEntry>();
        for (var c = 0; c < classes; c++)
        {
            var range = c == 0 ? "< " + format(breaks[0]) : c == classes - 1 ? "≥ " + format(breaks[^1]) : format(breaks[c - 1]) + "–" + format(breaks[c]);
            legend.Add(new LegendEntry(string.Create(CultureInfo.InvariantCulture, $"{title} {range} ({counts[c]:N0})")) { Area = new AreaStyle(Ramp[c]) });
        }

        if (epicentre is not null)
        {
            layers.Add(new PointLayer("epicentre", [epicentre], EpicentreStyle));
            legend.Add(new LegendEntry(EpicentreLabel(baseMap.Extent, epicentre)) { Marker = EpicentreStyle });
        }

        legend.AddRange(baseMap.Legend);
        return baseMap with { Layers = layers, Legend = legend };
    }

    /// <summary>
    /// The legend entry of the epicentre. An epicentre beyond the district (often off the map frame, which is drawn
    /// around the district) is placed in words: how far it is from the district's extent and in which of the eight
    /// compass directions, on the sphere of the scenario's distances (equirectangular, ample at tens of kilometres).
    /// </summary>
    private static string EpicentreLabel(MapExtent extent, Point epicentre)
    {
        var lon = Math.Clamp(epicentre.X, extent.MinLon, extent.MaxLon);
        var lat = Math.Clamp(epicentre.Y, extent.MinLat, extent.MaxLat);
        if (lon == epicentre.X && lat == epicentre.Y)
        {
            return "震中 Epicentre";
        }

        const double KmPerDegree = PointSourceDistances.EarthRadiusKm * Math.PI / 180;
        var east = (epicentre.X - lon) * Math.Cos(lat * Math.PI / 180) * KmPerDegree;
        var north = (epicentre.Y - lat) * KmPerDegree;
        var km = Math.Sqrt((east * east) + (north * north));
        var sector = (int)Math.Round(Math.Atan2(east, north) / (Math.PI / 4)) & 7;
        string[] zh = ["北", "东北", "东", "东南", "南", "西南", "西", "西北"];
        string[] en = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"];
        var distance = km.ToString(km >= 10 ? "0" : "0.0", CultureInfo.InvariantCulture);
        return $"震中 Epicentre：区外{zh[sector]} {distance} km, {distance} km {en[sector]} of the district";
    }

    private static void AddLayers(List<MapLayer> layers, List<Geometry>[] areas, List<Point>[] points)
    {
        // Highest class last so it stays visible where footprints overlap at small scales.
        for (var c = 0; c < areas.Length; c++)
        {
            var name = "scenario-class-" + c.ToString(CultureInfo.InvariantCulture);
            layers.Add(new PolygonLayer(name, areas[c], new AreaStyle(Ramp[c])));
            layers.Add(new PointLayer(name + "-point", points[c], new MarkerStyle(MarkerShape.Square, 1.4, Ramp[c])));
        }
    }
}
