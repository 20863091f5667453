using Seismic.Engine.Routing.Flow;
using static Seismic.Engine.Tests.Routing.Flow.FlowTestGraphs;

namespace Seismic.Engine.Tests.Routing.Flow;

public class CapacityConstrainedRoutePlannerTests
{
    // A street of three blocks: 10 m (4 m wide), 20 m (2 m wide), 10 m (4 m wide) — 40 steps, 2 persons per step at most.
    private static EvacuationNetwork Street() => Unit(
        new FlowWay([0, 0, 10, 0], 4), new FlowWay([10, 0, 30, 0], 2), new FlowWay([30, 0, 40, 0], 4));

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 40)]
    [InlineData(9, 44)]
    [InlineData(100, 89)]
    public void Clearance_OnOnePath_IsPathLengthPlusBatchesMinusOne(int persons, int expected)
    {
        // Departures at steps 0, 1, …, ⌈P / c⌉ − 1 through the narrowest block, each 40 steps to the end.
        var network = Street();
        var groups = new[] { new EvacueeGroup(Node(network, 0, 0), persons, 0, 0) };
        var sinks = new[] { new EvacuationSink(Node(network, 40, 0), 0, 0) };

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks);

        schedule.ClearanceStep.Should().Be(expected);
        schedule.ClearanceStep.Should().Be(40 + ((persons + 1) / 2) - 1);
        schedule.EvacuatedPersons.Should().Be(persons);
        QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, null, expected).Should().Be(expected);
    }

    [Fact]
    public void Clearance_AddsReadyStepAndShelterGate()
    {
        var network = Street();
        var groups = new[] { new EvacueeGroup(Node(network, 0, 0), 9, 3, 0) };
        var sinks = new[] { new EvacuationSink(Node(network, 40, 0), 0, 2) };

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks);

        schedule.ClearanceStep.Should().Be(3 + 44 + 2);
        schedule.ClearanceSeconds.Should().BeApproximately(49.0, 1e-9);
    }

    [Fact]
    public void Plan_UsesBothParallelRoutes_AndMatchesTheQuickestFlow()
    {
        // Route 1: 10 steps, 2 per step; route 2: 2 + 10 + 2 = 14 steps, 3 per step. By step T they deliver
        // 2·(T − 9) + 3·(T − 13): 30 persons need T = 18 (2·9 + 3·5 = 33 ≥ 30, while T = 17 gives 16 + 12 = 28).
        var network = Unit(new FlowWay([0, 0, 10, 0], 2), new FlowWay([0, 0, 0, 2, 10, 2, 10, 0], 3));
        var groups = new[] { new EvacueeGroup(Node(network, 0, 0), 30, 0, 0) };
        var sinks = new[] { new EvacuationSink(Node(network, 10, 0), 0, 0) };

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks);

        schedule.ClearanceStep.Should().Be(18);
        QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, null, 40).Should().Be(18);
        schedule.Edges.Sum(e => e.Persons).Should().Be(30);
    }

    [Fact]
    public void Plan_QueuesTwoStreetsMergingIntoANarrowOne_AndNamesItTheBottleneck()
    {
        // B and C each 4 persons, 1 step from junction J; J → shelter S is 1 step and 2 persons per step: 8 persons
        // leave J at steps 1–4 and arrive at 2–5.
        var network = Unit(new FlowWay([0, 1, 1, 1], 10), new FlowWay([1, 0, 1, 1], 10), new FlowWay([1, 1, 2, 1], 2));
        var groups = new[]
        {
            new EvacueeGroup(Node(network, 0, 1), 4, 0, 0),
            new EvacueeGroup(Node(network, 1, 0), 4, 0, 1),
        };
        var sinks = new[] { new EvacuationSink(Node(network, 2, 1), 0, 0) };

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks);

        schedule.ClearanceStep.Should().Be(5);
        QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, null, 10).Should().Be(5);
        var narrow = Edge(network, 1, 1, 2, 1);
        schedule.Bottlenecks(1).Should().Equal(narrow);
        schedule.Edges[narrow].SaturatedSteps.Should().Be(4);
        schedule.Edges[narrow].Persons.Should().Be(8);
        schedule.Labels.Select(l => l.ClearanceStep).Max().Should().Be(5);
        schedule.Labels.Where(l => l.BottleneckEdge >= 0).Should().OnlyContain(l => l.BottleneckEdge == narrow);
    }

    [Fact]
    public void Plan_SendsTheOverflowToTheFartherShelter_WhenTheNearOneIsFull()
    {
        // Near shelter 5 steps away holds 5; the far one 20 steps away takes the other 5. Wide streets: no queue.
        var network = Unit(new FlowWay([0, 0, 5, 0], 10), new FlowWay([0, 0, -20, 0], 10));
        var groups = new[] { new EvacueeGroup(Node(network, 0, 0), 10, 0, 0) };
        var sinks = new[] { new EvacuationSink(Node(network, 5, 0), 0, 0), new EvacuationSink(Node(network, -20, 0), 1, 0) };
        long[] capacities = [5, 100];

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks, capacities);

        schedule.SinkLoads.Should().Equal(5L, 5L);
        schedule.ClearanceStep.Should().Be(20);
        QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, capacities, 40).Should().Be(20);
    }

    [Fact]
    public void Plan_ReportsUnserved_WhenNoShelterIsReachableOrAllAreFull()
    {
        // Group 0 can reach a shelter with room for 3 of its 5; group 1 is on an island without a shelter.
        var network = Unit(new FlowWay([0, 0, 5, 0], 10), new FlowWay([100, 0, 105, 0], 10));
        var groups = new[]
        {
            new EvacueeGroup(Node(network, 0, 0), 5, 0, 0),
            new EvacueeGroup(Node(network, 100, 0), 7, 0, 1),
        };
        var sinks = new[] { new EvacuationSink(Node(network, 5, 0), 0, 0) };

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks, [3]);

        schedule.EvacuatedPersons.Should().Be(3);
        schedule.UnservedPersons.Should().Be(9);
        schedule.GroupUnserved.Should().Equal(2, 7);
        schedule.Labels[1].ClearanceStep.Should().Be(-1);
        schedule.Labels[1].Unserved.Should().Be(7);
        QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, [3], 50).Should().Be(-1);
    }

    [Fact]
    public void Plan_IsNeverFasterThanTheQuickestFlow_OnRandomNetworks()
    {
        var equal = 0;
        for (var seed = 1; seed <= 60; seed++)
        {
            var (network, groups, sinks) = RandomCase(seed);
            var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks);
            if (schedule.UnservedPersons > 0)
            {
                QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, null, 200).Should().Be(-1, $"seed {seed}");
                continue;
            }

            var bound = QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, null, schedule.ClearanceStep);
            bound.Should().BeInRange(0, schedule.ClearanceStep, $"seed {seed}");
            QuickestFlowBound.MaxEvacuated(network, groups, sinks, null, schedule.ClearanceStep)
                .Should().Be(schedule.TotalPersons, $"seed {seed}: the plan itself is a flow that clears by then");
            equal += bound == schedule.ClearanceStep ? 1 : 0;
        }

        equal.Should().BeGreaterThan(0, "on small networks the heuristic is often optimal");
    }

    [Fact]
    public void Plan_SendsAGroupToItsDestination_PastANearerShelter()
    {
        // The same two shelters as above, both with room; the plan gave the group the far one.
        var network = Unit(new FlowWay([0, 0, 5, 0], 10), new FlowWay([0, 0, -20, 0], 10));
        var groups = new[] { new EvacueeGroup(Node(network, 0, 0), 10, 0, 0, Destination: 1) };
        var sinks = new[] { new EvacuationSink(Node(network, 5, 0), 0, 0), new EvacuationSink(Node(network, -20, 0), 1, 0) };

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks, [100, 100]);

        schedule.SinkLoads.Should().Equal(0L, 10L);
        schedule.ClearanceStep.Should().Be(20);
    }

    [Fact]
    public void Plan_ReportsAGroupUnserved_WhenItsDestinationIsOutOfReach()
    {
        var network = Unit(new FlowWay([0, 0, 5, 0], 10), new FlowWay([100, 0, 105, 0], 10));
        var groups = new[] { new EvacueeGroup(Node(network, 0, 0), 4, 0, 0, Destination: 1) };
        var sinks = new[] { new EvacuationSink(Node(network, 5, 0), 0, 0), new EvacuationSink(Node(network, 105, 0), 1, 0) };

        var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks, [100, 100]);

        schedule.EvacuatedPersons.Should().Be(0);
        schedule.GroupUnserved.Should().Equal(4);
        schedule.SinkLoads.Should().Equal(0L, 0L);
    }

    [Fact]
    public void Plan_WithAnOrderTolerance_IsStillAFlowThatClears_AndSearchesLess()
    {
        // Out-of-order commits may cost optimality, never feasibility: the plan is still a flow over time that moves
        // everyone by its clearance step, so the exact quickest flow is no slower.
        long exactSearches = 0, tolerantSearches = 0;
        for (var seed = 1; seed <= 60; seed++)
        {
            var (exactNetwork, groups, sinks) = RandomCase(seed);
            var network = EvacuationNetwork.FromGraph(exactNetwork.Graph, UnitOptions with { OrderToleranceSeconds = 5 });
            var exact = CapacityConstrainedRoutePlanner.Plan(exactNetwork, groups, sinks);
            var schedule = CapacityConstrainedRoutePlanner.Plan(network, groups, sinks);
            exactSearches += exact.Searches;
            tolerantSearches += schedule.Searches;

            schedule.EvacuatedPersons.Should().Be(exact.EvacuatedPersons, $"seed {seed}");
            if (schedule.UnservedPersons > 0)
            {
                continue;
            }

            QuickestFlowBound.MinimumClearanceStep(network, groups, sinks, null, schedule.ClearanceStep)
                .Should().BeInRange(0, schedule.ClearanceStep, $"seed {seed}");
            QuickestFlowBound.MaxEvacuated(network, groups, sinks, null, schedule.ClearanceStep)
                .Should().Be(schedule.TotalPersons, $"seed {seed}");
        }

        tolerantSearches.Should().BeLessThan(exactSearches);
    }

    [Fact]
    public void Plan_RejectsADestinationBelowMinusOne()
    {
        var network = Street();
        var act = () => CapacityConstrainedRoutePlanner.Plan(network, [new EvacueeGroup(Node(network, 0, 0), 1, 0, 0, -2)], []);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Plan_RejectsAGroupOffTheGraph()
    {
        var network = Street();
        var act = () => CapacityConstrainedRoutePlanner.Plan(network, [new EvacueeGroup(99, 1, 0, 0)], []);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
