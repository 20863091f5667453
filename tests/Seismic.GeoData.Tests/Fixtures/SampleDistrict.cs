using NetTopologySuite.Geometries;
using Seismic.Engine.District;

namespace Seismic.GeoData.Tests.Fixtures;

/// <summary>
/// A small hand-built district near Haizhu: two streets (one a MultiPolygon of two parts either side of a river strip), three communities, four roads (a bridge,
/// a tunnel, a motorway closed to pedestrians), five buildings (one located by a point only, some attributes unknown),
/// two shelters (one with two entrances) and two assembly points. Streets, communities and the boundary are graticule
/// rectangles so their areas can be checked against the closed-form ellipsoidal formula.
/// </summary>
public static class SampleDistrict
{
    /// <summary>West, south, east, north edges of the boundary (degrees).</summary>
    public const double West = 113.30, South = 23.08, East = 113.34, North = 23.10;

    /// <summary>Longitude that divides the two streets.</summary>
    public const double StreetDivide = 113.32;

    /// <summary>Edges of the river strip that splits the eastern street into two parts (a valid MultiPolygon's
    /// parts may not share an edge).</summary>
    public const double RiverSouth = 23.089, RiverNorth = 23.091;

    private static GeometryFactory F => DistrictGeometry.Factory;

    /// <summary>Builds a fresh model (new geometry instances each call).</summary>
    public static DistrictModel Create()
    {
        var info = new DistrictInfo("海珠区（样例）", "Haizhu District (sample)", "440105", "synthetic",
            "hand-built test fixture; 数据仅供测试", 20241126);
        var boundary = new DistrictBoundary("海珠区", Rect(West, South, East, North));
        Street[] streets =
        [
            new("440105-04", "江南中街道", "Jiangnan Middle Street", Rect(West, South, StreetDivide, North)),
            new("440105-05", "南华西街道", "Nanhuaxi Street", F.CreateMultiPolygon(
            [
                Rect(StreetDivide, South, East, RiverSouth),
                Rect(StreetDivide, RiverNorth, East, North),
            ])),
        ];
        Community[] communities =
        [
            new("440105-04-01", "青凤社区", "Qingfeng Community", "440105-04", Rect(West, South, StreetDivide, 23.09)),
            new("440105-04-02", "江南西社区", "Jiangnanxi Community", "440105-04", Rect(West, 23.09, StreetDivide, North)),
            new("440105-05-01", "洪德社区", string.Empty, "440105-05", Rect(StreetDivide, South, East, North)),
        ];
        Road[] roads =
        [
            new(100000000001, Line((113.3012345678901, 23.0811111111111), (113.3187654321, 23.0822222222)),
                RoadClass.Primary, "江南大道中", 32.5, false, RoadStructure.None, 0, true),
            new(100000000002, Line((113.321, 23.085), (113.321, 23.095), (113.325, 23.098)),
                RoadClass.Residential, string.Empty, 6, true, RoadStructure.Bridge, 1, true),
            new(3, Line((113.331, 23.081), (113.339, 23.099)),
                RoadClass.Motorway, "华南快速干线", 28, true, RoadStructure.Tunnel, -1, false),
            new(4, Line((113.305, 23.095), (113.306, 23.095)),
                RoadClass.Alley, "青凤大街\"三巷\"", 1.8, false, RoadStructure.None, 0, true),
        ];
        Building[] buildings =
        [
            new("B-0001", Rect(113.3050001, 23.0850001, 113.3052, 23.0852), StructureType.RcFrame, 1995, 7, 1, 21.5,
                2450.75, BuildingUse.Residential, 40, 120, "440105-04", "440105-04-01", "江南大道中 12 号", "apartments"),
            new("B-0002", Rect(113.3060, 23.0950, 113.3063, 23.0953), StructureType.Masonry, 1978, 5, 0, null, null,
                BuildingUse.Residential, 15, 60, "440105-04", "440105-04-02", string.Empty, string.Empty),
            new("B-0003", F.CreatePoint(new Coordinate(113.3255, 23.0855)), StructureType.FrameShearWall, null, null, 0,
                null, 8800, BuildingUse.School, 900, 0, "440105-05", "440105-05-01", "洪德路 3 号", "school"),
            new("B-0004", Rect(113.3300, 23.0900, 113.3304, 23.0906), StructureType.Steel, 2012, 32, 3, 99.9,
                41000.5, BuildingUse.Office, 2500, 10, "440105-05", "440105-05-01", "Tab\there", "office"),
            new("B-0005", Rect(113.3500, 23.1100, 113.3501, 23.1101), StructureType.Other, null, 1, 0, 3, 20,
                BuildingUse.Other, 1, 2, string.Empty, string.Empty, string.Empty, string.Empty),
        ];
        Shelter[] shelters =
        [
            new("S-01", "晓港公园", "Xiaogang Park", Rect(113.3100, 23.0860, 113.3130, 23.0890), ShelterCategory.ClassI,
                "park", 45000, Shelter.CapacityFromArea(45000), "江南大道中 288 号",
                [F.CreatePoint(new Coordinate(113.3100, 23.0870)), F.CreatePoint(new Coordinate(113.3130, 23.0880))]),
            new("S-02", "洪德小学操场", string.Empty, F.CreatePoint(new Coordinate(113.3260, 23.0860)),
                ShelterCategory.Immediate, "school", 1800.5, 1200, string.Empty, []),
        ];
        AssemblyPoint[] assembly =
        [
            new("A-01", "青凤社区集合点", F.CreatePoint(new Coordinate(113.3070, 23.0870)), "440105-04-01"),
            new("A-02", "洪德社区集合点", F.CreatePoint(new Coordinate(113.3270, 23.0930)), string.Empty),
        ];
        return new DistrictModel(info, boundary, streets, communities, roads, buildings, shelters, assembly);
    }

    /// <summary>An axis-aligned lon/lat rectangle, counter-clockwise from the south-west corner.</summary>
    public static Polygon Rect(double west, double south, double east, double north) =>
        F.CreatePolygon(
        [
            new Coordinate(west, south), new Coordinate(east, south), new Coordinate(east, north),
            new Coordinate(west, north), new Coordinate(west, south),
        ]);

    private static LineString Line(params (double Lon, double Lat)[] points)
    {
        var coordinates = new Coordinate[points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            coordinates[i] = new Coordinate(points[i].Lon, points[i].Lat);
        }

        return F.CreateLineString(coordinates);
    }
}
