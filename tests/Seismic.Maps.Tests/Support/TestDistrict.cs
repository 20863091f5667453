using NetTopologySuite.Geometries;
using Seismic.Engine.District;

namespace Seismic.Maps.Tests.Support;

/// <summary>
/// A hand-made district of 4 × 2 km around 23.08° N: a hexagonal outline, three streets, six communities, a grid of
/// roads, one named bridge leaving the island to the north, one tunnel, a block of buildings, two shelters (one
/// large and labelled, one small) and an assembly point.
/// </summary>
internal static class TestDistrict
{
    public const double West = 113.30;
    public const double East = 113.34;
    public const double South = 23.07;
    public const double North = 23.09;
    public const string BridgeName = "海珠桥";

    /// <summary>The large shelter's site: 113.305–113.311 E, 23.073–23.077 N (capacity 24,000).</summary>
    public static readonly Envelope BigShelter = new(113.305, 113.311, 23.073, 23.077);

    /// <summary>A point inside the district that only the shelter fill covers (not its marker or label).</summary>
    public static readonly Coordinate InsideBigShelterCorner = new(113.3058, 23.0764);

    /// <summary>A point in the frame outside the outline, 300 m beyond the hexagon's north-west cut corner.</summary>
    public static readonly Coordinate OutsideBoundary = new(113.3015, 23.0888);

    private static readonly GeometryFactory F = DistrictGeometry.Factory;

    public static DistrictModel Create(string source = "synthetic")
    {
        var boundary = F.CreatePolygon([
            new Coordinate(West + 0.005, South), new Coordinate(East - 0.005, South), new Coordinate(East, 23.08),
            new Coordinate(East - 0.005, North), new Coordinate(West + 0.005, North), new Coordinate(West, 23.08),
            new Coordinate(West + 0.005, South),
        ]);
        var streets = new List<Street>
        {
            Street("S1", "江南中街道", West, 113.3133, boundary),
            Street("S2", "素社街道", 113.3133, 113.3267, boundary),
            Street("S3", "龙凤街道", 113.3267, East, boundary),
        };
        var communities = new List<Community>();
        foreach (var street in streets)
        {
            var env = street.Geometry.EnvelopeInternal;
            communities.Add(new Community(street.Code + "-1", "甲社区", "", street.Code, Clip(env.MinX, env.MaxX, South, 23.08, boundary)));
            communities.Add(new Community(street.Code + "-2", "乙社区", "", street.Code, Clip(env.MinX, env.MaxX, 23.08, North, boundary)));
        }

        var roads = new List<Road>
        {
            Road(1, 113.301, 23.080, 113.339, 23.080, RoadClass.Primary),
            Road(2, 113.320, 23.0705, 113.320, 23.0895, RoadClass.Residential),
            Road(3, 113.330, 23.0705, 113.330, 23.0895, RoadClass.Alley),
            Road(4, 113.316, 23.083, 113.316, 23.094, RoadClass.Primary, RoadStructure.Bridge, BridgeName),
            Road(5, 113.325, 23.072, 113.338, 23.086, RoadClass.Secondary, RoadStructure.Tunnel, "隧道"),
        };
        var buildings = new List<Building>();
        for (var i = 0; i < 10; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                var x = 113.322 + (i * 0.0008);
                var y = 23.082 + (j * 0.0008);
                var footprint = F.ToGeometry(new Envelope(x, x + 0.0004, y, y + 0.0004));
                buildings.Add(new Building($"B{i}-{j}", footprint, StructureType.Masonry, 1985, 6, 0, 18, 600,
                    j % 2 == 0 ? BuildingUse.Residential : BuildingUse.Office, 20, 40, "S2", "S2-2", "", ""));
            }
        }

        buildings.Add(new Building("P1", F.CreatePoint(new Coordinate(113.334, 23.075)), StructureType.Other, null, null, 0, null, null,
            BuildingUse.Residential, 0, 0, "S3", "S3-1", "", ""));
        var shelters = new List<Shelter>
        {
            new("SH1", "晓港公园", "Xiaogang Park", F.ToGeometry(BigShelter), ShelterCategory.ClassII, "park", 36_000, 24_000, "", []),
            new("SH2", "小广场", "", F.ToGeometry(new Envelope(113.334, 113.335, 23.083, 23.084)), ShelterCategory.Immediate, "square", 1_500, 1_000, "", []),
        };
        var assembly = new List<AssemblyPoint> { new("A1", "青凤社区集合点", F.CreatePoint(new Coordinate(113.318, 23.074)), "S1-1") };
        return new DistrictModel(
            new DistrictInfo("海珠区", "Haizhu District", "440105", source, "test district", 7),
            new DistrictBoundary("海珠区", boundary), streets, communities, roads, buildings, shelters, assembly);
    }

    private static Street Street(string code, string name, double minLon, double maxLon, Polygon boundary) =>
        new(code, name, "", Clip(minLon, maxLon, South, North, boundary));

    private static Geometry Clip(double minLon, double maxLon, double minLat, double maxLat, Polygon boundary) =>
        F.ToGeometry(new Envelope(minLon, maxLon, minLat, maxLat)).Intersection(boundary);

    private static Road Road(long id, double x0, double y0, double x1, double y1, RoadClass cls,
        RoadStructure structure = RoadStructure.None, string name = "") =>
        new(id, F.CreateLineString([new Coordinate(x0, y0), new Coordinate(x1, y1)]), cls, name, 12, false, structure,
            structure == RoadStructure.Bridge ? 1 : structure == RoadStructure.Tunnel ? -1 : 0, true);
}
