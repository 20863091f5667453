using Seismic.Engine.Routing;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Tests.Fixtures;
using static Seismic.GeoData.Tests.Routing.NetworkFiles;

namespace Seismic.GeoData.Tests.Routing;

public sealed class PedestrianNetworkOsmTests
{
    [Fact]
    public void Route_CrossesBridgeOnlyFromItsEnds_WhenBridgeNodeSitsOverTheStreet()
    {
        var (network, _) = PedestrianNetwork.FromOsm(Path("bridge-over-road.osm"));
        var search = new ShortestPathSearch(network.Graph);

        var route = network.Route(search, At(113.3000, 23.1000), At(113.3010, 23.1005));

        // Street 1 → 3, ramp 3 → 5, bridge 5 → 4; jumping from the street onto the bridge would be ≈ 158 m.
        var expected = Geodesy.ShortSegmentM(113.3000, 23.1000, 113.3020, 23.1000)
            + Geodesy.ShortSegmentM(113.3020, 23.1000, 113.3010, 23.0995)
            + Geodesy.ShortSegmentM(113.3010, 23.0995, 113.3010, 23.1005);
        route.Path.Found.Should().BeTrue();
        route.Path.DistanceM.Should().BeApproximately(expected, 0.05);
        network.Graph.NodeCount.Should().Be(4, "the ends of the street and of the bridge, which the ramp joins; none where they cross");
        network.Graph.EdgeCount.Should().Be(3);
    }

    [Fact]
    public void Route_WalksAgainstOneWay_BecauseOneWayBindsVehiclesOnly()
    {
        var (network, _) = PedestrianNetwork.FromOsm(Path("square.osm"));
        var search = new ShortestPathSearch(network.Graph);

        var route = network.Route(search, At(113.3010, 23.1000), At(113.3000, 23.1000));

        route.Path.DistanceM.Should().BeApproximately(Geodesy.ShortSegmentM(113.3000, 23.1000, 113.3010, 23.1000), 0.05);
    }

    [Fact]
    public void Route_AvoidsFootNoLink_AndTakesStepsOnlyWhenShortestNotFastest()
    {
        var (network, _) = PedestrianNetwork.FromOsm(Path("square.osm"));
        var search = new ShortestPathSearch(network.Graph);
        var c = At(113.3010, 23.1010);
        var d = At(113.3000, 23.1010);
        var diagonal = Geodesy.ShortSegmentM(113.3000, 23.1000, 113.3010, 23.1010);
        var side = Geodesy.ShortSegmentM(113.3000, 23.1000, 113.3000, 23.1010);
        var bottom = Geodesy.ShortSegmentM(113.3000, 23.1000, 113.3010, 23.1000);

        var shortest = network.Route(search, c, d, RouteMetric.Length);
        var fastest = network.Route(search, c, d, RouteMetric.WalkTime);

        shortest.Path.DistanceM.Should().BeApproximately(diagonal + side, 0.05, "down the steps, then along A–D");
        shortest.Path.WalkSeconds.Should().BeApproximately(((2 * diagonal) + side) / 1.1, 0.05);
        fastest.Path.DistanceM.Should().BeApproximately(side + bottom + side, 0.05, "round the block: C–B–A–D");
        network.WalkableRoadCount.Should().Be(5);
        network.RoadCount.Should().Be(6);
    }

    [Fact]
    public void Graph_HasTwoComponents_AndSnapsToTheLargestByDefault()
    {
        var (network, _) = PedestrianNetwork.FromOsm(Path("square.osm"));

        network.Graph.ComponentCount.Should().Be(2);
        var location = network.Snap(113.3010, 23.1029);
        location.SnapDistanceM.Should().BeApproximately(Geodesy.ShortSegmentM(113.3010, 23.1029, 113.3010, 23.1010), 0.05,
            "the isolated footway 11 m away is skipped for corner C of the block");

        var (anyComponent, _) = PedestrianNetwork.FromOsm(
            Path("square.osm"), new PedestrianNetworkOptions { SnapToLargestComponent = false });
        anyComponent.Snap(113.3010, 23.1029).SnapDistanceM.Should().BeApproximately(
            Geodesy.ShortSegmentM(113.3010, 23.1029, 113.3010, 23.1030), 0.05);
    }

    [Fact]
    public void Route_ReportsNoRoute_IntoIsolatedComponent_WhenSnappingToAnyComponent()
    {
        var (network, _) = PedestrianNetwork.FromOsm(
            Path("square.osm"), new PedestrianNetworkOptions { SnapToLargestComponent = false });
        var search = new ShortestPathSearch(network.Graph);

        var route = network.Route(search, At(113.3000, 23.1000), At(113.3005, 23.1030));

        route.Path.Found.Should().BeFalse();
        route.Geometry.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void FromOsm_Throws_WhenNoWayIsWalkable()
    {
        var act = () => PedestrianNetwork.FromOsm(Path("no-walkable.osm"));

        act.Should().Throw<GeoDataException>()
            .Where(e => e.Message.Contains("no-walkable.osm") && e.Message.Contains("no walkable ways"));
    }

    [Fact]
    public void Route_Geometry_RunsFromOriginalPointThroughSnappedPoints()
    {
        var (network, _) = PedestrianNetwork.FromOsm(Path("square.osm"));
        var search = new ShortestPathSearch(network.Graph);

        var route = network.Route(search, At(113.30045, 23.09995), At(113.30105, 23.1005));

        var line = route.Geometry;
        line.StartPoint.X.Should().Be(113.30045);
        line.EndPoint.Y.Should().Be(23.1005);
        line.GetCoordinateN(1).Y.Should().BeApproximately(23.1000, 1e-9, "snapped onto A–B");
        route.Path.From.SnapDistanceM.Should().BeApproximately(Geodesy.ShortSegmentM(113.30045, 23.09995, 113.30045, 23.1000), 0.01);
    }
}
