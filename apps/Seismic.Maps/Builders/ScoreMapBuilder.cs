using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.Maps.Documents;

namespace Seismic.Maps.Builders;

/// <summary>
/// The resilience map (抗震韧性评分图): the district overview's base layers (land, roads, outlines, shelters, labels
/// from <see cref="DistrictMapBuilder"/>) with every building coloured by its resilience grade A–D.
/// </summary>
public static class ScoreMapBuilder
{
    /// <summary>Fill colours of grades A–D: green, yellow, orange, red (ColorBrewer RdYlGn, colour-blind safe ends).</summary>
    public static IReadOnlyList<MapColor> GradeColors { get; } =
    [
        MapColor.FromHex("#1a9850"), MapColor.FromHex("#d9ef8b"), MapColor.FromHex("#fc8d59"), MapColor.FromHex("#d73027"),
    ];

    private static readonly string[] GradeLabels =
    [
        "A 韧性良好 resilient", "B 基本满足 adequate", "C 不足 deficient, appraise", "D 差 poor, retrofit first",
    ];

    /// <summary>Builds the map.</summary>
    /// <param name="model">The district (base layers and frame).</param>
    /// <param name="footprints">Building footprints or points, WGS84, parallel to <paramref name="grades"/>.</param>
    /// <param name="grades">Grade of each building.</param>
    /// <param name="options">Size and title choices; buildings are always drawn by grade.</param>
    /// <returns>A document for any <see cref="IMapRenderer"/>.</returns>
    public static MapDocument Build(
        DistrictModel model, IReadOnlyList<Geometry> footprints, IReadOnlyList<ResilienceGrade> grades, MapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(footprints);
        ArgumentNullException.ThrowIfNull(grades);
        if (footprints.Count != grades.Count)
        {
            throw new ArgumentException($"{footprints.Count} footprints but {grades.Count} grades; they must be parallel.", nameof(grades));
        }

        options ??= new MapOptions();
        var areas = new List<Geometry>[4];
        var points = new List<Point>[4];
        var counts = new int[4];
        for (var g = 0; g < 4; g++)
        {
            areas[g] = [];
            points[g] = [];
        }

        for (var i = 0; i < footprints.Count; i++)
        {
            var g = (int)grades[i];
            counts[g]++;
            if (footprints[i] is Point p)
            {
                points[g].Add(p);
            }
            else
            {
                areas[g].Add(footprints[i]);
            }
        }

        var subtitle = options.Subtitle ?? string.Create(CultureInfo.InvariantCulture,
            $"抗震韧性评分 Resilience grade at the design earthquake (0.10 g) · {footprints.Count:N0} 建筑 buildings · A {counts[0]:N0} · B {counts[1]:N0} · C {counts[2]:N0} · D {counts[3]:N0}");
        var baseMap = DistrictMapBuilder.Build(model, options with { ShowBuildings = false, Subtitle = subtitle });

        // Buildings go where the overview draws them: above the community outlines, below the roads.
        var layers = new List<MapLayer>(baseMap.Layers.Count + 8);
        var inserted = false;
        foreach (var layer in baseMap.Layers)
        {
            layers.Add(layer);
            if (!inserted && layer.Name == "communities")
            {
                AddGradeLayers(layers, areas, points);
                inserted = true;
            }
        }

        if (!inserted)
        {
            AddGradeLayers(layers, areas, points);
        }

        var legend = new List<LegendEntry>();
        for (var g = 0; g < 4; g++)
        {
            legend.Add(new LegendEntry(string.Create(CultureInfo.InvariantCulture, $"{GradeLabels[g]} ({counts[g]:N0})")) { Area = new AreaStyle(GradeColors[g]) });
        }

        legend.AddRange(baseMap.Legend);
        return baseMap with { Layers = layers, Legend = legend };
    }

    private static void AddGradeLayers(List<MapLayer> layers, List<Geometry>[] areas, List<Point>[] points)
    {
        // D last so the worst buildings stay visible where footprints overlap at small scales.
        for (var g = 0; g < 4; g++)
        {
            var name = "buildings-grade-" + (char)('a' + g);
            layers.Add(new PolygonLayer(name, areas[g], new AreaStyle(GradeColors[g])));
            layers.Add(new PointLayer(name + "-point", points[g], new MarkerStyle(MarkerShape.Square, 1.4, GradeColors[g])));
        }
    }
}
