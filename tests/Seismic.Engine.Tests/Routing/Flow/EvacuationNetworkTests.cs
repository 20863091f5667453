using Seismic.Engine.District;
using Seismic.Engine.Routing;
using Seismic.Engine.Routing.Flow;

namespace Seismic.Engine.Tests.Routing.Flow;

public class EvacuationNetworkTests
{
    [Fact]
    public void Capacity_IsSpecificFlowTimesWidth_RoundedDownPerStep()
    {
        // 1.3 persons/(m·s) × 7 m = 9.1 persons/s; a 5 s step lets 45.5 → 45 persons in.
        var graph = FlowTestGraphs.Build(new FlowWay([0, 0, 110, 0], 7));
        var network = EvacuationNetwork.FromGraph(graph.WithProfile(WalkingProfile.Default), new PedestrianFlowOptions { StepSeconds = 5 });

        network.CapacityPps(0).Should().BeApproximately(9.1, 1e-12);
        network.CapacityPerStep(0).Should().Be(45);
        network.TravelSteps(0).Should().Be(20, "110 m at 1.1 m/s is 100 s, 20 steps of 5 s");
    }

    [Fact]
    public void Width_FallsBackToTheClassDefault_WhenTheRoadHasNone()
    {
        var graph = FlowTestGraphs.Build(
            new FlowWay([0, 0, 10, 0], double.NaN, RoadClass.Alley), new FlowWay([10, 0, 20, 0], 0, RoadClass.Primary),
            new FlowWay([20, 0, 30, 0], 3.5, RoadClass.Primary));

        graph.EdgeWidthM(0).Should().Be(RoadWidthTable.DefaultWidthM(RoadClass.Alley));
        graph.EdgeWidthM(1).Should().Be(16);
        graph.EdgeWidthM(2).Should().Be(3.5);
    }

    [Fact]
    public void Width_SurvivesAnotherWalkingProfile()
    {
        var graph = FlowTestGraphs.Build(new FlowWay([0, 0, 10, 0], 2.5));

        graph.WithProfile(WalkingProfile.Elderly).EdgeWidthM(0).Should().Be(2.5);
    }

    [Fact]
    public void TravelSteps_AreAtLeastOne_AndCapacityAtLeastOnePerson()
    {
        var network = EvacuationNetwork.FromGraph(
            FlowTestGraphs.Build(new FlowWay([0, 0, 0.2, 0], 0.1)),
            new PedestrianFlowOptions { SpecificFlowPpsPerM = 1.3, StepSeconds = 1 });

        network.TravelSteps(0).Should().Be(1);
        network.CapacityPerStep(0).Should().Be(1);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(11.0)]
    public void Options_RejectASpecificFlowOutOfRange(double value)
    {
        var act = () => new PedestrianFlowOptions { SpecificFlowPpsPerM = value };
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Bound_RefusesALargeTimeExpandedNetwork()
    {
        var network = FlowTestGraphs.Unit(new FlowWay([0, 0, 10, 0], 1));
        var act = () => QuickestFlowBound.MaxEvacuated(network, [new EvacueeGroup(0, 1, 0, 0)], [new EvacuationSink(1, 0, 0)], null, 10_000_000);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
