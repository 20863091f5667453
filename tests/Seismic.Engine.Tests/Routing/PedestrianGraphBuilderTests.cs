using Seismic.Engine.District;
using Seismic.Engine.Routing;

namespace Seismic.Engine.Tests.Routing;

public sealed class PedestrianGraphBuilderTests
{
    [Fact]
    public void Build_NodesSquareWithDiagonal_AtSharedCorners()
    {
        var graph = SquareWithDiagonal();

        graph.NodeCount.Should().Be(4);
        graph.EdgeCount.Should().Be(5);
        graph.ArcCount.Should().Be(10);
        graph.ComponentCount.Should().Be(1);
        graph.TotalLengthM.Should().BeApproximately(400 + (100 * Math.Sqrt(2)), 1e-9);
    }

    [Fact]
    public void Build_SplitsWayAtInteriorVertexSharedWithAnotherWay()
    {
        // A 200 m street with a side street joining at its interior vertex (100, 0).
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 100, 0, 200, 0]),
            new TestWay([100, 0, 100, 80]));

        graph.NodeCount.Should().Be(4);
        graph.EdgeCount.Should().Be(3);
        var junction = TestGraphs.Node(graph, 100, 0);
        (graph.FirstArc(junction + 1) - graph.FirstArc(junction)).Should().Be(3);
    }

    [Fact]
    public void Build_DoesNotJoinBridgeToRoadBelow_WhenTheyShareAVertexOnDifferentLayers()
    {
        var graph = BridgeOverRoad(bridgeVertexOverRoad: true);

        // Road W–E keeps one edge through (100, 0): its vertex there is not a node.
        graph.Invoking(g => TestGraphs.Node(g, 100, 0)).Should().Throw<InvalidOperationException>();
        graph.ComponentCount.Should().Be(1, "the link joins the bridge end S to the road end E");
    }

    [Fact]
    public void Build_JoinsBridgeEndToStreet_WhenTheyShareTheEndVertex()
    {
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 100, 0]),
            new TestWay([100, 0, 200, 0], RoadClass.Footway, Layer: 1));

        graph.NodeCount.Should().Be(3);
        graph.ComponentCount.Should().Be(1);
    }

    [Fact]
    public void Build_DoesNotJoinWaysThatCrossWithoutASharedVertex()
    {
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 200, 0]),
            new TestWay([100, -100, 100, 100]));

        graph.NodeCount.Should().Be(4);
        graph.ComponentCount.Should().Be(2);
    }

    [Fact]
    public void Build_JoinsInteriorVerticesOfTwoWays_OnTheSameLayer()
    {
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 100, 0, 200, 0], Layer: 1),
            new TestWay([100, -100, 100, 0, 100, 100], Layer: 1));

        graph.NodeCount.Should().Be(5);
        graph.EdgeCount.Should().Be(4);
    }

    [Fact]
    public void Build_MakesStepsSlowerThanStreets_ByTheProfileFactor()
    {
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 110, 0]),
            new TestWay([110, 0, 220, 0], RoadClass.Steps));

        var street = graph.EdgeClass(0) == RoadClass.Steps ? 1 : 0;
        graph.EdgeWalkSeconds(street).Should().BeApproximately(100, 1e-9, "110 m at 1.1 m/s");
        graph.EdgeWalkSeconds(1 - street).Should().BeApproximately(200, 1e-9, "steps at half speed");
        graph.EdgeLengthM(1 - street).Should().BeApproximately(110, 1e-9, "length does not change on steps");
    }

    [Fact]
    public void WithProfile_RecomputesWalkingTime_ForElderlySpeed()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 80, 0])).WithProfile(WalkingProfile.Elderly);

        graph.EdgeWalkSeconds(0).Should().BeApproximately(100, 1e-9, "80 m at 0.8 m/s");
        graph.Profile.SpeedMps.Should().Be(0.8);
    }

    [Fact]
    public void Build_DropsRepeatedVertices_AndKeepsPolylineLength()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 30, 40, 30, 40, 30, 100]));

        graph.EdgeCount.Should().Be(1);
        graph.EdgeLengthM(0).Should().BeApproximately(110, 1e-9);
        (graph.FirstPoint(1) - graph.FirstPoint(0)).Should().Be(3);
    }

    [Fact]
    public void Profile_Rejects_NonPositiveSpeed()
    {
        var act = () => new WalkingProfile("bad", 0, 2);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    internal static PedestrianGraph SquareWithDiagonal() => TestGraphs.Build(
        new TestWay([0, 0, 100, 0]),
        new TestWay([100, 0, 100, 100]),
        new TestWay([100, 100, 0, 100]),
        new TestWay([0, 100, 0, 0]),
        new TestWay([0, 0, 100, 100]));

    /// <summary>
    /// Road W (0,0) – E (200,0) at grade; a footbridge N (100,50) – S (100,−50) on layer 1 over it; a ramp from E to
    /// the bridge end S at grade. With <paramref name="bridgeVertexOverRoad"/> both carry a vertex at (100, 0).
    /// </summary>
    internal static PedestrianGraph BridgeOverRoad(bool bridgeVertexOverRoad) => TestGraphs.Build(
        new TestWay(bridgeVertexOverRoad ? [0, 0, 100, 0, 200, 0] : [0, 0, 200, 0]),
        new TestWay(bridgeVertexOverRoad ? [100, 50, 100, 0, 100, -50] : [100, 50, 100, -50], RoadClass.Footway, Layer: 1),
        new TestWay([200, 0, 100, -50]));
}
