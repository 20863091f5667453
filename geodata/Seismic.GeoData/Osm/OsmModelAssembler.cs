using System.Globalization;
using NetTopologySuite.Geometries;
using OsmSharp;
using OsmSharp.Tags;
using Seismic.Engine.District;
using Seismic.GeoData.Projection;

namespace Seismic.GeoData.Osm;

/// <summary>
/// Second stage of the import: turns the features kept by <see cref="OsmScan"/> into roads, buildings, shelter
/// candidates and assembly points, counting everything it drops.
/// </summary>
internal sealed class OsmModelAssembler(OsmScan scan, OsmImportOptions options)
{
    private readonly OsmGeometryBuilder _geometry = new(scan);
    private readonly GeometryFactory _factory = DistrictGeometry.Factory;
    private MetricProjection? _projection;

    public OsmImportCounters Counters { get; } = new();

    public List<Road> Roads { get; } = [];

    public List<Building> Buildings { get; } = [];

    public List<Shelter> Shelters { get; } = [];

    public List<AssemblyPoint> AssemblyPoints { get; } = [];

    /// <summary>Assembles every layer.</summary>
    public void Run()
    {
        foreach (var way in scan.FeatureWays)
        {
            var tags = way.Tags;
            var id = way.Id!.Value;
            if (OsmTagValues.Get(tags, "highway") is { } highway)
            {
                AddRoad(id, way.Nodes, highway, tags);
            }

            if (OsmTagValues.IsSetAndNotNo(tags, "building"))
            {
                AddBuildingWay(id, way.Nodes, tags);
            }

            if (OsmTagValues.Is(tags, "leisure", "park") || OsmTagValues.Is(tags, "amenity", "shelter"))
            {
                AddShelterWay(id, way.Nodes, tags);
            }

            if (OsmTagValues.Is(tags, "emergency", "assembly_point"))
            {
                AddAssemblyPointWay(id, way.Nodes, tags);
            }
        }

        foreach (var relation in scan.FeatureRelations)
        {
            AddRelation(relation);
        }

        foreach (var node in scan.FeatureNodes)
        {
            AddFeatureNode(node);
        }
    }

    private void AddRoad(long id, long[] refs, string highway, TagsCollectionBase? tags)
    {
        if (!OsmRoadTags.TryClassify(highway, OsmTagValues.Get(tags, "service"), out var roadClass))
        {
            Counters.RoadsSkippedByClass++;
            return;
        }

        var line = _geometry.Line(refs, out _);
        if (line is null)
        {
            Counters.RoadsDroppedMissingNodes++;
            return;
        }

        var oneWay = OsmRoadTags.OneWay(highway, tags, out var reverse);
        if (reverse)
        {
            line = (LineString)line.Reverse();
        }

        var structure = OsmRoadTags.Structure(tags, out var buildingPassage);
        var walkable = OsmRoadTags.PedestrianAccess(roadClass, tags);
        Roads.Add(new Road(
            id,
            line,
            roadClass,
            OsmTagValues.Get(tags, "name") ?? string.Empty,
            OsmRoadTags.WidthM(roadClass, tags),
            oneWay,
            structure,
            OsmRoadTags.Layer(tags, structure, buildingPassage),
            walkable));
        Counters.Roads++;
        Counters.WalkableRoads += walkable ? 1 : 0;
        Counters.Bridges += structure == RoadStructure.Bridge ? 1 : 0;
        Counters.Tunnels += structure == RoadStructure.Tunnel ? 1 : 0;
        Counters.Steps += roadClass == RoadClass.Steps ? 1 : 0;
    }

    private void AddBuildingWay(long id, long[] refs, TagsCollectionBase? tags)
    {
        var status = _geometry.TryPolygon(refs, out var polygon);
        AddBuilding($"osm-w{id.ToString(CultureInfo.InvariantCulture)}", status, polygon, tags, fromRelation: false);
    }

    private void AddBuilding(string id, OsmGeometryStatus status, Geometry? area, TagsCollectionBase? tags, bool fromRelation)
    {
        switch (status)
        {
            case OsmGeometryStatus.MissingNodes:
                Counters.BuildingsDroppedMissingNodes++;
                return;
            case OsmGeometryStatus.Unclosed:
                Counters.BuildingsDroppedUnclosed++;
                return;
            case OsmGeometryStatus.Degenerate:
                Counters.BuildingsDroppedDegenerate++;
                return;
        }

        var footprint = _geometry.MakeValidArea(area!, out var repaired);
        if (footprint is null)
        {
            Counters.BuildingsDroppedDegenerate++;
            return;
        }

        Buildings.Add(OsmBuildingTags.Create(id, footprint, tags));
        Counters.Buildings++;
        Counters.RelationBuildings += fromRelation ? 1 : 0;
        Counters.BuildingsRepaired += repaired ? 1 : 0;
    }

    private void AddShelterWay(long id, long[] refs, TagsCollectionBase? tags)
    {
        var status = _geometry.TryPolygon(refs, out var polygon);
        AddShelterArea($"osm-w{id.ToString(CultureInfo.InvariantCulture)}", status, polygon, tags);
    }

    private void AddRelation(Relation relation)
    {
        var tags = relation.Tags;
        var status = _geometry.TryMultipolygon(relation, out var area);
        var id = $"osm-r{relation.Id!.Value.ToString(CultureInfo.InvariantCulture)}";
        if (OsmTagValues.IsSetAndNotNo(tags, "building"))
        {
            AddBuilding(id, status, area, tags, fromRelation: true);
        }

        if (OsmTagValues.Is(tags, "leisure", "park"))
        {
            AddShelterArea(id, status, area, tags);
        }
    }

    /// <summary>
    /// A park or amenity=shelter area. Parks: usable area = <see cref="OsmImportOptions.ParkUsableFraction"/> of the
    /// site area, dropped below <see cref="OsmImportOptions.MinimumParkUsableAreaM2"/>. amenity=shelter is a roofed
    /// structure with an open floor, so its whole footprint counts as usable.
    /// </summary>
    private void AddShelterArea(string id, OsmGeometryStatus status, Geometry? area, TagsCollectionBase? tags)
    {
        var isPark = OsmTagValues.Is(tags, "leisure", "park");
        if (!isPark && IsPublicTransportShelter(tags))
        {
            Counters.SheltersSkippedPublicTransport++;
            return;
        }

        var site = status == OsmGeometryStatus.Ok ? _geometry.MakeValidArea(area!, out _) : null;
        if (site is null)
        {
            Counters.SheltersDroppedIncomplete++;
            return;
        }

        var usable = Projection.AreaM2(site) * (isPark ? options.ParkUsableFraction : 1.0);
        if (isPark && usable < options.MinimumParkUsableAreaM2)
        {
            Counters.ParksDroppedTooSmall++;
            return;
        }

        AddShelter(id, site, isPark ? "park" : "shelter", usable, tags);
    }

    /// <summary>The UTM zone of the extract (from the extent of all nodes read), made on first use.</summary>
    private MetricProjection Projection => _projection ??= MetricProjection.ForExtent(scan.Nodes.Envelope());

    private void AddShelter(string id, Geometry site, string siteType, double usableAreaM2, TagsCollectionBase? tags)
    {
        Shelters.Add(new Shelter(
            id,
            OsmTagValues.Get(tags, "name") ?? string.Empty,
            OsmTagValues.Get(tags, "name:en") ?? string.Empty,
            site,
            ShelterCategory.Candidate,
            siteType,
            usableAreaM2,
            Shelter.CapacityFromArea(usableAreaM2),
            OsmBuildingTags.Address(tags),
            []));
        Counters.Shelters++;
    }

    /// <summary>
    /// An assembly point mapped as an area or line: its centroid. Nodes that are not in the file are left out of the
    /// centroid; with none left the point is dropped.
    /// </summary>
    private void AddAssemblyPointWay(long id, long[] refs, TagsCollectionBase? tags)
    {
        var line = _geometry.Line(refs, out _);
        if (line is null)
        {
            Counters.AssemblyPointsDroppedMissingNodes++;
            return;
        }

        var centroid = line.IsClosed && line.NumPoints >= 4 ? _factory.CreatePolygon(line.Coordinates).Centroid : line.Centroid;
        AddAssemblyPoint($"osm-w{id.ToString(CultureInfo.InvariantCulture)}", centroid.Coordinate, tags);
    }

    /// <summary>
    /// Tagged nodes: emergency=assembly_point → assembly point; amenity=shelter → a point shelter candidate whose
    /// usable area and capacity are unknown (0) until surveyed.
    /// </summary>
    private void AddFeatureNode(Node node)
    {
        var tags = node.Tags;
        var id = $"osm-n{node.Id!.Value.ToString(CultureInfo.InvariantCulture)}";
        var coordinate = new Coordinate(node.Longitude!.Value, node.Latitude!.Value);
        if (OsmTagValues.Is(tags, "emergency", "assembly_point"))
        {
            AddAssemblyPoint(id, coordinate, tags);
        }

        if (OsmTagValues.Is(tags, "amenity", "shelter"))
        {
            if (IsPublicTransportShelter(tags))
            {
                Counters.SheltersSkippedPublicTransport++;
                return;
            }

            AddShelter(id, _factory.CreatePoint(coordinate), "shelter", 0, tags);
        }
    }

    private void AddAssemblyPoint(string id, Coordinate coordinate, TagsCollectionBase? tags)
    {
        AssemblyPoints.Add(new AssemblyPoint(
            id, OsmTagValues.Get(tags, "name") ?? string.Empty, _factory.CreatePoint(coordinate), string.Empty));
        Counters.AssemblyPoints++;
    }

    /// <summary>
    /// Bus and tram stop shelters (shelter_type=public_transport) are a roof over a bench by the kerb, not a place to
    /// shelter a population, so they are left out.
    /// </summary>
    private static bool IsPublicTransportShelter(TagsCollectionBase? tags) =>
        OsmTagValues.Is(tags, "shelter_type", "public_transport");
}
