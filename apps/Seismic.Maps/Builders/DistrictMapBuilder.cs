using System.Globalization;
using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Maps.Documents;
using S = Seismic.Maps.Builders.DistrictMapStyles;

namespace Seismic.Maps.Builders;

/// <summary>
/// Builds the district overview map (区情总图): land and river, street and community outlines, roads by class,
/// bridges and tunnels, buildings, shelters and assembly points, Chinese street names, legend and attribution.
/// </summary>
public static class DistrictMapBuilder
{
    // Administrative code of Haizhu District, Guangzhou (GB/T 2260).
    private const string HaizhuCode = "440105";

    /// <summary>Builds the overview map of <paramref name="model"/>.</summary>
    /// <param name="model">The district; its boundary must not be empty.</param>
    /// <param name="options">Size and content choices; null for the defaults.</param>
    /// <returns>A document for any <see cref="IMapRenderer"/>.</returns>
    public static MapDocument Build(DistrictModel model, MapOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        options ??= new MapOptions();
        var boundary = model.Boundary.Geometry;
        if (boundary.IsEmpty)
        {
            throw new ArgumentException("The district boundary is empty; there is nothing to frame the map on.", nameof(model));
        }

        var layers = new List<MapLayer>();
        var legend = new List<LegendEntry>();
        layers.Add(new PolygonLayer(DistrictMapLayers.Land, [boundary], S.LandArea));
        AddShelterAreas(model, layers);
        layers.Add(new LineLayer("communities", Geometries(model.Communities), S.CommunityOutline));
        if (options.ShowBuildings)
        {
            AddBuildings(model, layers);
        }

        AddRoads(model, layers);
        layers.Add(new LineLayer("streets", Geometries(model.Streets), S.StreetOutline));
        layers.Add(new LineLayer(DistrictMapLayers.Boundary, [boundary], S.Boundary));
        AddMarkers(model, layers);
        AddLabels(model, options, layers);
        AddLegend(model, layers, legend, options);

        var extent = MapExtent.FromEnvelope(boundary.EnvelopeInternal);
        return new MapDocument(
            options.Title ?? model.Info.DisplayName,
            options.Subtitle ?? DefaultSubtitle(model),
            extent,
            layers,
            legend,
            options.Attribution ?? DefaultAttribution(model, extent),
            options.WidthPx,
            options.HeightPx,
            options.Dpi)
        {
            Background = OutsideIsWater(model, options) ? S.Water : S.Outside,
            LegendSymbolBackground = S.Land,
        };
    }

    private static List<Geometry> Geometries(IReadOnlyList<Street> streets)
    {
        var list = new List<Geometry>(streets.Count);
        foreach (var street in streets)
        {
            list.Add(street.Geometry);
        }

        return list;
    }

    private static List<Geometry> Geometries(IReadOnlyList<Community> communities)
    {
        var list = new List<Geometry>(communities.Count);
        foreach (var community in communities)
        {
            list.Add(community.Geometry);
        }

        return list;
    }

    private static void AddShelterAreas(DistrictModel model, List<MapLayer> layers)
    {
        var areas = new List<Geometry>();
        foreach (var shelter in model.Shelters)
        {
            if (shelter.Geometry is Polygon or MultiPolygon)
            {
                areas.Add(shelter.Geometry);
            }
        }

        layers.Add(new PolygonLayer(DistrictMapLayers.Shelters, areas, S.ShelterArea));
    }

    // Up to ~50,000 footprints: two lists, one batched path each in the renderer.
    private static void AddBuildings(DistrictModel model, List<MapLayer> layers)
    {
        var residential = new List<Geometry>();
        var other = new List<Geometry>();
        var points = new List<Point>();
        foreach (var building in model.Buildings)
        {
            switch (building.Footprint)
            {
                case Point point:
                    points.Add(point);
                    break;
                case var footprint when building.Use == BuildingUse.Residential:
                    residential.Add(footprint);
                    break;
                default:
                    other.Add(building.Footprint);
                    break;
            }
        }

        layers.Add(new PolygonLayer(DistrictMapLayers.ResidentialBuildings, residential, S.ResidentialBuilding));
        layers.Add(new PolygonLayer(DistrictMapLayers.OtherBuildings, other, S.OtherBuilding));
        layers.Add(new PointLayer("buildings-point", points, S.PointBuilding));
    }

    /// <summary>Tunnels lowest, then roads from minor to major so arterials stay on top, bridges above all.</summary>
    private static void AddRoads(DistrictModel model, List<MapLayer> layers)
    {
        var tunnels = new List<Geometry>();
        var minor = new List<Geometry>();
        var local = new List<Geometry>();
        var secondary = new List<Geometry>();
        var arterial = new List<Geometry>();
        var bridges = new List<Geometry>();
        foreach (var road in model.Roads)
        {
            var target = road.Structure switch
            {
                RoadStructure.Tunnel => tunnels,
                RoadStructure.Bridge => bridges,
                _ => road.Class switch
                {
                    RoadClass.Motorway or RoadClass.Primary => arterial,
                    RoadClass.Secondary or RoadClass.Tertiary => secondary,
                    RoadClass.Residential or RoadClass.Service or RoadClass.Pedestrian or RoadClass.Other => local,
                    _ => minor,
                },
            };
            target.Add(road.Geometry);
        }

        layers.Add(new LineLayer(DistrictMapLayers.Tunnels, tunnels, S.Tunnel));
        layers.Add(new LineLayer("roads-minor", minor, S.Minor));
        layers.Add(new LineLayer("roads-local", local, S.Local));
        layers.Add(new LineLayer("roads-secondary", secondary, S.Secondary));
        layers.Add(new LineLayer("roads-arterial", arterial, S.Arterial));
        layers.Add(new LineLayer(DistrictMapLayers.Bridges, bridges, S.Bridge));
    }

    private static void AddMarkers(DistrictModel model, List<MapLayer> layers)
    {
        var shelters = new List<Point>(model.Shelters.Count);
        foreach (var shelter in model.Shelters)
        {
            if (!shelter.Geometry.IsEmpty)
            {
                shelters.Add(shelter.Geometry.InteriorPoint);
            }
        }

        var assembly = new List<Point>(model.AssemblyPoints.Count);
        foreach (var point in model.AssemblyPoints)
        {
            assembly.Add(point.Location);
        }

        layers.Add(new PointLayer("assembly-points", assembly, S.AssemblyMarker));
        layers.Add(new PointLayer("shelter-markers", shelters, S.ShelterMarker));
    }

    private static void AddLabels(DistrictModel model, MapOptions options, List<MapLayer> layers)
    {
        var streets = new List<MapLabel>(model.Streets.Count);
        foreach (var street in model.Streets)
        {
            if (!street.Geometry.IsEmpty && street.Name.Length > 0)
            {
                var p = street.Geometry.InteriorPoint;
                streets.Add(new MapLabel(p.X, p.Y, street.Name, Priority: 30));
            }
        }

        var shelters = new List<MapLabel>();
        foreach (var shelter in model.Shelters)
        {
            if (shelter.CapacityPersons >= options.ShelterLabelMinCapacity && shelter.Name.Length > 0 && !shelter.Geometry.IsEmpty)
            {
                var p = shelter.Geometry.InteriorPoint;
                // Larger shelters win when labels collide.
                shelters.Add(new MapLabel(p.X, p.Y, shelter.Name, Priority: 20 + Math.Min(9, shelter.CapacityPersons / 10_000)));
            }
        }

        layers.Add(new LabelLayer("street-names", streets, S.StreetLabel));
        layers.Add(new LabelLayer("shelter-names", shelters, S.ShelterLabel));
        // A bridge is often split into many ways: one label per bridge name.
        var bridges = RoadNameLabels.AtLongestWay(model.Roads, static road => road.Structure == RoadStructure.Bridge, priority: 10);
        layers.Add(new LabelLayer("bridge-names", bridges, S.BridgeLabel));
    }

    /// <summary>Legend rows for the layers that have content, in reading order.</summary>
    private static void AddLegend(DistrictModel model, List<MapLayer> layers, List<LegendEntry> legend, MapOptions options)
    {
        bool Has(string name)
        {
            foreach (var layer in layers)
            {
                var count = layer switch
                {
                    PolygonLayer p => p.Geometries.Count,
                    LineLayer l => l.Geometries.Count,
                    PointLayer p => p.Points.Count,
                    _ => 0,
                };
                if (layer.Name == name && count > 0)
                {
                    return true;
                }
            }

            return false;
        }

        legend.Add(new LegendEntry("区界 District boundary") { Line = S.Boundary });
        AddIf(legend, Has("streets"), new LegendEntry("街道界 Street boundary") { Line = S.StreetOutline });
        AddIf(legend, Has("communities"), new LegendEntry("社区界 Community boundary") { Line = S.CommunityOutline });
        AddIf(legend, Has("roads-arterial"), new LegendEntry("快速路、主干道 Arterial road") { Line = S.Arterial });
        AddIf(legend, Has("roads-secondary"), new LegendEntry("次干道 Secondary road") { Line = S.Secondary });
        AddIf(legend, Has("roads-local"), new LegendEntry("支路 Local street") { Line = S.Local });
        AddIf(legend, Has("roads-minor"), new LegendEntry("小巷、步行道 Alley, footpath") { Line = S.Minor });
        AddIf(legend, Has(DistrictMapLayers.Bridges), new LegendEntry("桥梁 Bridge") { Line = S.Bridge });
        AddIf(legend, Has(DistrictMapLayers.Tunnels), new LegendEntry("隧道 Tunnel") { Line = S.Tunnel });
        AddIf(legend, Has(DistrictMapLayers.ResidentialBuildings), new LegendEntry("住宅建筑 Residential building") { Area = S.ResidentialBuilding });
        AddIf(legend, Has(DistrictMapLayers.OtherBuildings), new LegendEntry("其他建筑 Other building") { Area = S.OtherBuilding });
        AddIf(legend, Has("shelter-markers"), new LegendEntry("应急避难场所 Emergency shelter") { Area = S.ShelterArea, Marker = S.ShelterMarker });
        AddIf(legend, Has("assembly-points"), new LegendEntry("集合点 Assembly point") { Marker = S.AssemblyMarker });
        if (OutsideIsWater(model, options))
        {
            legend.Add(new LegendEntry("珠江 Pearl River") { Area = S.WaterArea });
        }
    }

    /// <summary>Whether the frame outside the district is river (see <see cref="MapOptions.OutsideIsWater"/>).</summary>
    private static bool OutsideIsWater(DistrictModel model, MapOptions options) =>
        options.OutsideIsWater ?? string.Equals(model.Info.Code, HaizhuCode, StringComparison.Ordinal);

    private static void AddIf(List<LegendEntry> legend, bool condition, LegendEntry entry)
    {
        if (condition)
        {
            legend.Add(entry);
        }
    }

    private static string DefaultSubtitle(DistrictModel model) => string.Create(
        CultureInfo.InvariantCulture,
        $"区情总图 District overview · {model.Streets.Count} 街道 streets · {model.Buildings.Count:N0} 建筑 buildings · {model.Shelters.Count} 避难场所 shelters");

    private static string DefaultAttribution(DistrictModel model, MapExtent extent)
    {
        var source = model.Info.Source.Length == 0 ? "unknown" : model.Info.Source;
        var seed = model.Info.Seed is { } s ? string.Create(CultureInfo.InvariantCulture, $" (seed {s})") : string.Empty;
        var osm = source.Contains("osm", StringComparison.OrdinalIgnoreCase) ? " · © OpenStreetMap contributors, ODbL" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"数据 Data: {source}{seed}{osm} · 坐标 WGS84, local equirectangular projection, true scale at {extent.CenterLat:F2}° N · Seismic");
    }
}
