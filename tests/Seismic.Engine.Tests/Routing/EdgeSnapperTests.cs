using NetTopologySuite.Geometries;
using Seismic.Engine.Routing;

namespace Seismic.Engine.Tests.Routing;

public sealed class EdgeSnapperTests
{
    [Fact]
    public void Snap_ProjectsPointOntoNearestEdge_AndReportsDistance()
    {
        var graph = PedestrianGraphBuilderTests.SquareWithDiagonal();
        var snapper = new EdgeSnapper(graph);

        var location = snapper.Snap(30, -12);

        location.IsValid.Should().BeTrue();
        location.SnapDistanceM.Should().BeApproximately(12, 1e-9);
        location.X.Should().BeApproximately(30, 1e-9);
        location.Y.Should().BeApproximately(0, 1e-9);
        var edge = location.Edge;
        (graph.EdgeSource(edge) == TestGraphs.Node(graph, 0, 0) ? location.OffsetM : graph.EdgeLengthM(edge) - location.OffsetM)
            .Should().BeApproximately(30, 1e-9, "the point is 30 m from the (0,0) corner along the edge");
    }

    [Fact]
    public void Snap_MeasuresOffsetAlongPolyline_OnLaterSegment()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 100, 0, 100, 100]));
        var snapper = new EdgeSnapper(graph);

        var location = snapper.Snap(105, 40);

        location.Segment.Should().Be(1);
        location.OffsetM.Should().BeApproximately(140, 1e-9);
        location.SnapDistanceM.Should().BeApproximately(5, 1e-9);
    }

    [Fact]
    public void Snap_ClampsToEdgeEnd_WhenPointLiesBeyondIt()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 100, 0]));

        var location = new EdgeSnapper(graph).Snap(130, 40);

        location.OffsetM.Should().BeApproximately(100, 1e-9);
        location.SnapDistanceM.Should().BeApproximately(50, 1e-9, "3-4-5 triangle to the end vertex");
    }

    [Fact]
    public void Snap_SkipsSmallComponents_WhenAskedForTheLargestOnly()
    {
        var graph = TestGraphs.Build(
            new TestWay([0, 0, 100, 0]),
            new TestWay([100, 0, 200, 0]),
            new TestWay([0, 50, 50, 50]));

        var any = new EdgeSnapper(graph).Snap(20, 45);
        var largest = new EdgeSnapper(graph, largestComponentOnly: true).Snap(20, 45);

        any.SnapDistanceM.Should().BeApproximately(5, 1e-9);
        largest.SnapDistanceM.Should().BeApproximately(45, 1e-9);
    }

    [Fact]
    public void SnapGeometry_GivesZeroDistance_WhenAPathEntersTheSite()
    {
        var graph = TestGraphs.Build(new TestWay([0, 0, 200, 0]));
        var factory = new GeometryFactory();
        var site = factory.CreatePolygon([new(50, -10), new(80, -10), new(80, 30), new(50, 30), new(50, -10)]);
        var farSite = factory.CreatePolygon([new(50, 20), new(80, 20), new(80, 30), new(50, 30), new(50, 20)]);
        var snapper = new EdgeSnapper(graph);

        snapper.Snap(site).SnapDistanceM.Should().BeApproximately(0, 1e-9);
        var far = snapper.Snap(farSite);
        far.SnapDistanceM.Should().BeApproximately(20, 1e-9);
        far.OffsetM.Should().BeInRange(50 - 1e-9, 80 + 1e-9);
    }

    [Fact]
    public void SiteAccess_EntersWhereverAPathCrossesTheBoundary()
    {
        // A street straight through a 200 m × 100 m park; another 150 m north of it, too far to count.
        var graph = TestGraphs.Build(new TestWay([0, 0, 400, 0]), new TestWay([0, 200, 400, 200]));
        var park = Box(100, -50, 300, 50);

        var access = new EdgeSnapper(graph).SiteAccess(park, spacingM: 50, reachM: 30);

        access.Select(a => Math.Round(a.X, 6)).Order().Should().Equal(100, 300);
        access.Should().OnlyContain(a => a.SnapDistanceM == 0 && Math.Abs(a.Y) < 1e-9);
    }

    [Fact]
    public void SiteAccess_RunsAllAlongAStreetBesideTheSite()
    {
        // The street runs 20 m south of the park's southern side and never enters it.
        var graph = TestGraphs.Build(new TestWay([0, -70, 400, -70]));
        var park = Box(100, -50, 300, 50);

        var access = new EdgeSnapper(graph).SiteAccess(park, spacingM: 50, reachM: 30);

        access.Select(a => Math.Round(a.X, 6)).Order().Should().Equal(100, 150, 200, 250, 300);
        access.Should().OnlyContain(a => Math.Abs(a.SnapDistanceM - 20) < 1e-9);
    }

    [Fact]
    public void SiteAccess_FindsTheCrossings_OfAnInvalidSelfCrossingSite()
    {
        // A bow tie (its ring crosses itself at (200, 0)): survey data, not valid for overlay operations.
        var graph = TestGraphs.Build(new TestWay([0, 0, 400, 0]));
        var bowTie = new GeometryFactory().CreatePolygon(
            [new(100, -50), new(300, 50), new(300, -50), new(100, 50), new(100, -50)]);
        bowTie.IsValid.Should().BeFalse();

        var access = new EdgeSnapper(graph).SiteAccess(bowTie, spacingM: 50, reachM: 0);

        access.Select(a => Math.Round(a.X, 6)).Order().Should().Equal(100, 200, 300);
    }

    [Fact]
    public void SiteAccess_IsEmpty_ForAPointOrASiteNoStreetComesNear()
    {
        var graph = TestGraphs.Build(new TestWay([0, -100, 400, -100]));
        var snapper = new EdgeSnapper(graph);

        snapper.SiteAccess(Box(100, -50, 300, 50), spacingM: 50, reachM: 30).Should().BeEmpty("the street is 50 m off");
        snapper.SiteAccess(new GeometryFactory().CreatePoint(new Coordinate(200, -95)), 50, 30).Should().BeEmpty();
        snapper.Snap(Box(100, -50, 300, 50)).SnapDistanceM.Should().BeApproximately(50, 1e-9, "the nearest edge is the fallback");
    }

    [Fact]
    public void Snap_FindsTheNearestSegment_NearAndFarFromTheNetwork()
    {
        var graph = TestGraphs.Random(9, 12);
        var snapper = new EdgeSnapper(graph);
        var random = new Random(17);
        for (var k = 0; k < 300; k++)
        {
            // Points inside the 1.2 km network and up to 6 km outside it (the far ones take the tree's fallback search).
            var spread = k < 200 ? 1300 : 13_000;
            var x = (random.NextDouble() * spread) - ((spread - 1300) / 2.0);
            var y = (random.NextDouble() * spread) - ((spread - 1300) / 2.0);

            var location = snapper.Snap(x, y);

            location.SnapDistanceM.Should().BeApproximately(BruteForceDistance(graph, x, y), 1e-9);
        }
    }

    [Fact]
    public void Snap_ReturnsNone_OnEmptyGraph()
    {
        var graph = TestGraphs.Build();

        new EdgeSnapper(graph).Snap(0, 0).IsValid.Should().BeFalse();
    }

    private static double BruteForceDistance(PedestrianGraph graph, double x, double y)
    {
        var best = double.PositiveInfinity;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            for (var p = graph.FirstPoint(e); p < graph.FirstPoint(e + 1) - 1; p++)
            {
                var a = new Coordinate(graph.PointX(p), graph.PointY(p));
                var b = new Coordinate(graph.PointX(p + 1), graph.PointY(p + 1));
                best = Math.Min(best, new LineSegment(a, b).Distance(new Coordinate(x, y)));
            }
        }

        return best;
    }

    private static Polygon Box(double x0, double y0, double x1, double y1) => new GeometryFactory().CreatePolygon(
        [new(x0, y0), new(x1, y0), new(x1, y1), new(x0, y1), new(x0, y0)]);
}
