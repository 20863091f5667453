using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Blockage;
using static Seismic.Engine.Tests.Routing.Blockage.BlockageTestData;

namespace Seismic.Engine.Tests.Routing.Blockage;

/// <summary>
/// A 3 m alley (0, 0)–(100, 0) and a 20 m avenue (0, 100)–(100, 100), joined at both ends by 10 m streets.
/// </summary>
public sealed class DebrisBlockageTests
{
    private readonly PedestrianGraph _graph = TestGraphs.Build(
        new TestWay([0, 0, 100, 0]),
        new TestWay([0, 100, 100, 100]),
        new TestWay([0, 0, 0, 100]),
        new TestWay([100, 0, 100, 100]));

    private double[] Widths() => BlockageTestData.Widths(_graph, 3, 20, 10, 10);

    private RoadStructure[] AtGrade() => Structures(_graph);

    [Fact]
    public void NarrowAlley_Closes_WhileWideRoadStaysOpenButNarrowed()
    {
        // Two identical 18 m (six-storey) blocks 5 m from each centreline: debris reach 0.5 × 18 = 9 m.
        var buildings = new[] { Fragile("alley", Box(40, 5, 50, 15), 18), Fragile("avenue", Box(40, 85, 50, 95), 18) };

        var blockage = BlockageAnalyzer.Analyze(_graph, Widths(), AtGrade(), [], buildings, []);

        var alley = EdgesOf(_graph, 1)[0];
        var avenue = EdgesOf(_graph, 2)[0];
        blockage.DebrisReachM[0].Should().BeApproximately(9, 1e-12);
        blockage.DebrisReachM[1].Should().BeApproximately(9, 1e-12);
        blockage.ClosedEdges[alley].Should().BeTrue("3.5 m setback, 5.5 m of debris into a 3 m alley");
        blockage.EdgeReasons[alley].Should().Be(EdgeClosureReason.Debris);
        blockage.EdgeCause[alley].Should().Be(0);
        blockage.ClearWidthM[alley].Should().BeApproximately(0, 1e-9);
        blockage.ClosedEdges[avenue].Should().BeFalse();
        blockage.EdgeReasons[avenue].Should().Be(EdgeClosureReason.Narrowed);
        blockage.ClearWidthM[avenue].Should().BeApproximately(20 - 9, 1e-9, "the block stands within the avenue's half width: all 9 m land on it");
        blockage.ClosedEdgeCount.Should().Be(1);

        var damaged = _graph.WithClosedEdges(blockage.ClosedEdges);
        var route = new ShortestPathSearch(damaged).Route(TestGraphs.Node(damaged, 0, 0), TestGraphs.Node(damaged, 100, 0));
        route.DistanceM.Should().BeApproximately(300, 1e-9, "round by the avenue");
    }

    [Fact]
    public void Debris_FromBothSides_AddsUp_AndClosesWhatOneSideAloneLeavesPassable()
    {
        // A 6 m alley: 7 m blocks 2 m back from each kerb (5 m from the centreline) throw 3.5 − 2 = 1.5 m each.
        var graph = TestGraphs.Build(new TestWay([0, 0, 100, 0]));
        var widths = BlockageTestData.Widths(graph, 6);
        var north = Fragile("north", Box(40, 5, 50, 15), 7);
        var south = Fragile("south", Box(40, -15, 50, -5), 7);

        var one = BlockageAnalyzer.Analyze(graph, widths, Structures(graph), [], [north], []);
        var both = BlockageAnalyzer.Analyze(graph, widths, Structures(graph), [], [north, south], []);
        var strict = BlockageAnalyzer.Analyze(graph, widths, Structures(graph), [], [north, south], [],
            BlockageOptions.Default with { MinPassableWidthM = 3.5 });

        one.ClearWidthM[0].Should().BeApproximately(4.5, 1e-9);
        one.ClosedEdges[0].Should().BeFalse();
        both.ClearWidthM[0].Should().BeApproximately(3.0, 1e-9);
        both.ClosedEdges[0].Should().BeFalse("3 m left is at least the 1.5 m minimum");
        strict.ClosedEdges[0].Should().BeTrue("3 m left is below a 3.5 m minimum");
    }

    [Fact]
    public void SoundBuildings_ShedNoDebris_AndTheCompleteDamageRuleCanBeSwitchedOff()
    {
        var sound = Sound("sound", Box(40, 5, 50, 15), 18);
        var complete = new DebrisBuilding("complete", Box(40, 5, 50, 15), 18, CollapseProbability: 0.05, CompleteProbability: 0.4, PgaG: 0.3);

        BlockageAnalyzer.Analyze(_graph, Widths(), AtGrade(), [], [sound], []).ClosedEdgeCount.Should().Be(0);
        BlockageAnalyzer.Analyze(_graph, Widths(), AtGrade(), [], [complete], []).ClosedEdgeCount.Should().Be(1);
        BlockageAnalyzer.Analyze(_graph, Widths(), AtGrade(), [], [complete], [], BlockageOptions.Default with { CompleteDamageThreshold = 2 })
            .ClosedEdgeCount.Should().Be(0);
    }

    [Fact]
    public void DebrisReach_ScalesWithTheConfiguredFraction()
    {
        // 9 m tall, 3.5 m back from the alley's kerb: half the height (4.5 m) reaches 1 m in; two thirds (6 m) 2.5 m.
        var buildings = new[] { Fragile("b", Box(40, 5, 50, 15), 9) };

        var half = BlockageAnalyzer.Analyze(_graph, Widths(), AtGrade(), [], buildings, []);
        var twoThirds = BlockageAnalyzer.Analyze(_graph, Widths(), AtGrade(), [], buildings, [],
            BlockageOptions.Default with { DebrisReachFraction = 2.0 / 3.0 });

        var alley = EdgesOf(_graph, 1)[0];
        half.ClearWidthM[alley].Should().BeApproximately(3 - 1, 1e-9);
        half.ClosedEdges[alley].Should().BeFalse();
        twoThirds.ClearWidthM[alley].Should().BeApproximately(3 - 2.5, 1e-9);
        twoThirds.ClosedEdges[alley].Should().BeTrue();
    }

    [Fact]
    public void Height_ComesFromSurvey_ElseStoreys()
    {
        DebrisBuilding.Height(25, 6, 3).Should().BeApproximately(25, 1e-12);
        DebrisBuilding.Height(null, 6, 3).Should().BeApproximately(18, 1e-12);
        DebrisBuilding.Height(null, null, 3).Should().BeApproximately(3, 1e-12);
    }
}
