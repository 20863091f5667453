using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Maps.Documents;
using S = Seismic.Maps.Builders.DistrictMapStyles;

namespace Seismic.Maps.Builders;

/// <summary>
/// The route map of an emergency card: the neighbourhood between the start and the shelter with its streets and
/// names, the route as a broad blue line, the start, the assembly point and the shelter. Only features near the
/// frame are kept, so a card PDF does not carry the whole district's geometry.
/// </summary>
internal static class EmergencyCardMapBuilder
{
    /// <summary>Width ÷ height of the card's map slot (the renderer's A5 layout: about 396 × 220 pt).</summary>
    public const double SlotAspect = 1.8;

    /// <summary>Smallest frame side in metres, so a short walk still shows its surrounding streets.</summary>
    private const double MinSideM = 450;

    private const double MetresPerDegreeLat = 110_700;

    private static readonly LineStyle RouteLine = new(MapColor.FromHex("#1565c0"), 3.2)
    {
        CasingColor = new MapColor(255, 255, 255),
        CasingWidthPt = 5.6,
    };

    private static readonly MarkerStyle StartMarker = new(MarkerShape.Circle, 10, MapColor.FromHex("#c62828"), new MapColor(255, 255, 255), 1.4);
    private static readonly MarkerStyle ShelterMarker = new(MarkerShape.Square, 11, MapColor.FromHex("#1b8a3a"), new MapColor(255, 255, 255), 1.4);
    private static readonly MarkerStyle AssemblyMarker = new(MarkerShape.Triangle, 11, MapColor.FromHex("#ef6c00"), new MapColor(255, 255, 255), 1.2);
    private static readonly AreaStyle HomeArea = new(MapColor.FromHex("#c62828"), MapColor.FromHex("#7f0000"), 0.6);
    private static readonly AreaStyle NearbyBuilding = new(MapColor.FromHex("#d9d0c5"));
    private static readonly LabelStyle StreetLabel = new(6.5, MapColor.FromHex("#3d3d3d"), S.Halo, 1.2);
    private static readonly LabelStyle PlaceLabel = new(7.5, MapColor.FromHex("#1d1d1d"), S.Halo, 1.4, Bold: true) { OffsetYPt = 10, TryAlternativePositions = true };

    public static (MapDocument Map, IReadOnlyList<LegendEntry> Legend) Build(DistrictModel model, EmergencyCardFacts facts)
    {
        var extent = Frame(facts);
        // Keep everything that can show in the slot, whatever aspect the renderer's frame ends up with.
        var keep = new Envelope(extent.MinLon, extent.MaxLon, extent.MinLat, extent.MaxLat);
        keep.ExpandBy(keep.Width * 0.4, keep.Height * 0.6);
        var layers = new List<MapLayer>
        {
            new PolygonLayer(DistrictMapLayers.Land, [model.Boundary.Geometry], S.LandArea),
            new PolygonLayer(DistrictMapLayers.Shelters, Near(model.Shelters, s => s.Geometry, keep, polygonsOnly: true), S.ShelterArea),
            new PolygonLayer("buildings", Near(model.Buildings, b => b.Footprint, keep, polygonsOnly: true), NearbyBuilding),
        };
        if (facts.Building is { Footprint: Polygon or MultiPolygon } home)
        {
            layers.Add(new PolygonLayer("home", [home.Footprint], HomeArea));
        }

        AddRoads(model, keep, layers);
        if (facts.Route is { IsEmpty: false } route)
        {
            layers.Add(new LineLayer("route", [route], RouteLine));
        }

        var labels = new List<MapLabel> { new(facts.Start.X, facts.Start.Y, "起点 Start", 100) };
        if (facts.Assembly is { } assembly)
        {
            layers.Add(new PointLayer("assembly", [assembly.Location], AssemblyMarker));
            labels.Add(new MapLabel(assembly.Location.X, assembly.Location.Y, "集合点", 90));
        }

        layers.Add(new PointLayer("start", [facts.Start], StartMarker));
        var legend = new List<LegendEntry> { new("起点 Start") { Marker = StartMarker } };
        if (facts.Shelter is { } shelter)
        {
            var end = ShelterPoint(shelter, facts.Route);
            layers.Add(new PointLayer("shelter", [end], ShelterMarker));
            labels.Add(new MapLabel(end.X, end.Y, shelter.Name, 95));
            legend.Add(new LegendEntry("疏散路线 Route") { Line = RouteLine });
        }

        legend.Add(new LegendEntry("集合点 Assembly point") { Marker = AssemblyMarker });
        if (facts.Shelter is not null)
        {
            legend.Add(new LegendEntry("避难场所 Shelter") { Marker = ShelterMarker, Area = S.ShelterArea });
        }

        layers.Add(new LabelLayer("places", labels, PlaceLabel));
        // One label per street name in view, on its longest way there.
        var streetNames = RoadNameLabels.AtLongestWay(model.Roads, road => keep.Intersects(road.Geometry.EnvelopeInternal), priority: 10);
        layers.Add(new LabelLayer("street-names", streetNames, StreetLabel));
        var map = new MapDocument(string.Empty, string.Empty, extent, layers, [], string.Empty, 800, 444, 150)
        {
            Background = S.Water,
            MarginFraction = 0.06,
        };
        return (map, legend);
    }

    /// <summary>The route, start and assembly point padded to at least <see cref="MinSideM"/> and to the slot's aspect.</summary>
    private static MapExtent Frame(EmergencyCardFacts facts)
    {
        var envelope = new Envelope(facts.Start.Coordinate);
        if (facts.Route is { IsEmpty: false } route)
        {
            envelope.ExpandToInclude(route.EnvelopeInternal);
        }

        if (facts.Assembly is { } assembly)
        {
            envelope.ExpandToInclude(assembly.Location.Coordinate);
        }

        var cos = Math.Cos(envelope.Centre.Y * Math.PI / 180);
        var widthM = Math.Max(envelope.Width * cos * MetresPerDegreeLat, MinSideM);
        var heightM = Math.Max(envelope.Height * MetresPerDegreeLat, MinSideM / SlotAspect);
        if (widthM / heightM < SlotAspect)
        {
            widthM = heightM * SlotAspect;
        }
        else
        {
            heightM = widthM / SlotAspect;
        }

        var halfLon = widthM / 2 / (cos * MetresPerDegreeLat);
        var halfLat = heightM / 2 / MetresPerDegreeLat;
        var centre = envelope.Centre;
        return new MapExtent(centre.X - halfLon, centre.Y - halfLat, centre.X + halfLon, centre.Y + halfLat);
    }

    private static Point ShelterPoint(Shelter shelter, LineString? route)
    {
        if (route is { IsEmpty: false, NumPoints: > 0 })
        {
            return route.EndPoint;
        }

        return shelter.Geometry.InteriorPoint;
    }

    private static List<Geometry> Near<T>(IReadOnlyList<T> items, Func<T, Geometry> geometry, Envelope keep, bool polygonsOnly)
    {
        var list = new List<Geometry>();
        foreach (var item in items)
        {
            var g = geometry(item);
            if ((!polygonsOnly || g is Polygon or MultiPolygon) && keep.Intersects(g.EnvelopeInternal))
            {
                list.Add(g);
            }
        }

        return list;
    }

    private static void AddRoads(DistrictModel model, Envelope keep, List<MapLayer> layers)
    {
        var minor = new List<Geometry>();
        var local = new List<Geometry>();
        var major = new List<Geometry>();
        var bridges = new List<Geometry>();
        foreach (var road in model.Roads)
        {
            if (!keep.Intersects(road.Geometry.EnvelopeInternal) || road.Structure == RoadStructure.Tunnel)
            {
                continue;
            }

            var target = road.Structure == RoadStructure.Bridge ? bridges : road.Class switch
            {
                RoadClass.Motorway or RoadClass.Primary or RoadClass.Secondary or RoadClass.Tertiary => major,
                RoadClass.Residential or RoadClass.Service or RoadClass.Pedestrian or RoadClass.Other => local,
                _ => minor,
            };
            target.Add(road.Geometry);
        }

        layers.Add(new LineLayer("roads-minor", minor, S.Minor with { WidthPt = 0.6 }));
        layers.Add(new LineLayer("roads-local", local, S.Local with { WidthPt = 1.6, CasingWidthPt = 2.4 }));
        layers.Add(new LineLayer("roads-major", major, S.Arterial with { WidthPt = 3, CasingWidthPt = 4 }));
        layers.Add(new LineLayer(DistrictMapLayers.Bridges, bridges, S.Bridge));
    }
}
