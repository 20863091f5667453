using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Routing;

public sealed class PedestrianNetworkDistrictTests
{
    private const double Lon0 = 113.3000, Lat0 = 23.1000, Step = 0.001;

    private static GeometryFactory F => DistrictGeometry.Factory;

    [Fact]
    public void FromDistrict_LeavesOutRoadsClosedToPedestrians()
    {
        var network = PedestrianNetwork.FromDistrict(Grid(closedMiddle: true));

        network.RoadCount.Should().Be(3);
        network.WalkableRoadCount.Should().Be(2);
        network.Graph.EdgeCount.Should().Be(2);
        network.Graph.ComponentCount.Should().Be(2, "the closed middle road separated the two streets");
    }

    [Fact]
    public void FromDistrict_MeasuresEdgesInGroundMetres()
    {
        var network = PedestrianNetwork.FromDistrict(Grid(closedMiddle: false));

        network.Graph.TotalLengthM.Should().BeApproximately(
            (2 * Geodesy.ShortSegmentM(Lon0, Lat0, Lon0 + (2 * Step), Lat0)) + Geodesy.ShortSegmentM(Lon0, Lat0, Lon0, Lat0 + Step),
            0.01);
    }

    [Fact]
    public void FromDistrict_Throws_WhenNoRoadIsWalkable()
    {
        var model = Model([Road(1, [(0, 0), (1, 0)], walkable: false)], [], []);

        var act = () => PedestrianNetwork.FromDistrict(model, source: "closed.gpkg");

        act.Should().Throw<GeoDataException>().Where(e => e.Message.Contains("closed.gpkg") && e.Message.Contains("no walkable ways"));
    }

    [Fact]
    public void SnapShelters_GivesOneSeedPerEntrance_WithTheShelterLabel()
    {
        var network = PedestrianNetwork.FromDistrict(Grid(closedMiddle: false));
        var park = Shelter("park", Box(0.2, 0.2, 0.8, 0.8), [P(0.5, 0.05), P(1.95, 0.5)]);
        var square = Shelter("square", Box(1.2, -0.1, 1.4, 0.1), []);

        var sources = network.SnapShelters([park, square]);

        sources.Should().HaveCount(4, "two gates of the park, and the square entered on both sides by the street through it");
        sources.Select(s => s.Label).Should().Equal(0, 0, 1, 1);
        sources[0].Location.SnapDistanceM.Should().BeApproximately(Geodesy.ShortSegmentM(Lon0, Lat0, Lon0, Lat0 + (0.05 * Step)), 0.01);
        sources[2].Location.SnapDistanceM.Should().Be(0, "the southern street runs through the square");
        sources[3].Location.SnapDistanceM.Should().Be(0);
        Math.Abs(sources[2].Location.X - sources[3].Location.X).Should().BeApproximately(
            Geodesy.ShortSegmentM(Lon0 + (1.2 * Step), Lat0, Lon0 + (1.4 * Step), Lat0), 0.5, "the square's west and east sides");
    }

    [Fact]
    public void SnapShelters_EntersAnOpenSiteAllAlongAStreetBesideIt_AndAWalledOneAtOnePoint()
    {
        // Both sites lie 0.15 step (≈ 17 m) north of the southern street, which runs along their whole width, and 0.4 step
        // (≈ 41 m) east of the middle road, too far to count.
        var network = PedestrianNetwork.FromDistrict(Grid(closedMiddle: false));
        var park = Shelter("park", Box(0.4, 0.15, 1.8, 0.4), []);
        var school = Shelter("school", Box(0.4, 0.15, 1.8, 0.4), []) with { SiteType = "school" };

        var sources = network.SnapShelters([park, school]);

        var parkAccess = sources.Where(s => s.Label == 0).ToList();
        var schoolAccess = sources.Where(s => s.Label == 1).ToList();
        var gap = Geodesy.ShortSegmentM(Lon0, Lat0, Lon0, Lat0 + (0.15 * Step));
        parkAccess.Count(s => Math.Abs(s.Location.SnapDistanceM - gap) < 0.5).Should().BeGreaterThanOrEqualTo(3,
            "the park's 144 m southern side is sampled every 50 m");
        parkAccess.Should().OnlyContain(s => s.Location.SnapDistanceM <= PedestrianNetwork.SiteAccessReachM);
        schoolAccess.Should().ContainSingle("a walled site is entered through its gate, found at the nearest street");
        PedestrianNetwork.IsWalled("School").Should().BeTrue();
        PedestrianNetwork.IsWalled("park").Should().BeFalse();
    }

    [Fact]
    public void NearestShelter_ForEveryBuilding_MatchesPairwiseRoutes()
    {
        var network = PedestrianNetwork.FromDistrict(Grid(closedMiddle: false));
        var shelters = new[]
        {
            Shelter("west", Box(-0.3, 0.3, -0.1, 0.6), [P(-0.05, 0.5)]),
            Shelter("east", Box(2.1, 0.2, 2.4, 0.8), [P(2.05, 0.1), P(2.05, 0.95)]),
        };
        var buildings = new[] { B("b1", 0.3, 0.9), B("b2", 1.8, 1.05), B("b3", 1.7, -0.05), B("b4", 0.1, 0.02) };
        var sources = network.SnapShelters(shelters);
        var locations = network.SnapBuildings(buildings);
        var search = new ShortestPathSearch(network.Graph);

        search.MultiSource(sources, RouteMetric.Length);
        var labels = new int[buildings.Length];
        var costs = new double[buildings.Length];
        search.NearestSources(locations, labels, costs);

        var single = new ShortestPathSearch(network.Graph);
        for (var b = 0; b < buildings.Length; b++)
        {
            var best = double.PositiveInfinity;
            var bestLabel = -1;
            foreach (var source in sources)
            {
                var cost = single.Route(source.Location, locations[b]).Cost;
                if (cost < best)
                {
                    (best, bestLabel) = (cost, source.Label);
                }
            }

            costs[b].Should().BeApproximately(best, 1e-6);
            labels[b].Should().Be(bestLabel);
        }

        labels.Should().Equal(0, 1, 1, 0);
    }

    /// <summary>Two parallel streets 2 steps long, one step apart, joined at their west ends by a middle road.</summary>
    private static DistrictModel Grid(bool closedMiddle) => Model(
        [
            Road(1, [(0, 0), (1, 0), (2, 0)]),
            Road(2, [(0, 1), (1, 1), (2, 1)]),
            Road(3, [(0, 0), (0, 1)], walkable: !closedMiddle),
        ],
        [],
        []);

    private static DistrictModel Model(IReadOnlyList<Road> roads, IReadOnlyList<Building> buildings, IReadOnlyList<Shelter> shelters) =>
        new(
            new DistrictInfo("test", "test", string.Empty, "test", "hand-built", null),
            new DistrictBoundary("test", Box(-1, -1, 3, 2)),
            [], [], roads, buildings, shelters, []);

    private static Road Road(long id, (double X, double Y)[] steps, bool walkable = true)
    {
        var coordinates = new Coordinate[steps.Length];
        for (var i = 0; i < steps.Length; i++)
        {
            coordinates[i] = new Coordinate(Lon0 + (steps[i].X * Step), Lat0 + (steps[i].Y * Step));
        }

        return new Road(id, F.CreateLineString(coordinates), RoadClass.Residential, string.Empty, 7, false,
            RoadStructure.None, 0, walkable);
    }

    private static Point P(double x, double y) => F.CreatePoint(new Coordinate(Lon0 + (x * Step), Lat0 + (y * Step)));

    private static Polygon Box(double x0, double y0, double x1, double y1) => F.CreatePolygon(
    [
        new(Lon0 + (x0 * Step), Lat0 + (y0 * Step)), new(Lon0 + (x1 * Step), Lat0 + (y0 * Step)),
        new(Lon0 + (x1 * Step), Lat0 + (y1 * Step)), new(Lon0 + (x0 * Step), Lat0 + (y1 * Step)),
        new(Lon0 + (x0 * Step), Lat0 + (y0 * Step)),
    ]);

    private static Shelter Shelter(string id, Polygon site, Point[] entrances) =>
        new(id, id, id, site, ShelterCategory.ClassII, "park", 10_000, 6_666, string.Empty, entrances);

    private static Building B(string id, double x, double y) =>
        new(id, P(x, y), StructureType.Other, null, null, 0, null, null, BuildingUse.Residential, 10, 10,
            string.Empty, string.Empty, string.Empty, string.Empty);
}
