using NetTopologySuite.Geometries;
using Seismic.Engine.Routing;
using Seismic.Functional.Tests.Osm;
using Seismic.GeoData.Routing;

namespace Seismic.Functional.Tests.Routing;

/// <summary>
/// The pedestrian graph of the real extracts in shared/osm. Sizes were measured on these files (2026-11: Monaco 3,989
/// nodes, 5,161 edges, 36 components, the largest 3,842 nodes; Prague 11,792 nodes, 16,757 edges, 69 components) and
/// are asserted with margins; exactness against pgRouting is checked by tests/validation/pgrouting.sh.
/// </summary>
public sealed class RoutingFunctionalTests
{
    [Fact]
    public void Monaco_GraphHasExpectedSize_AndExportsOneRowPerEdge()
    {
        var (network, _) = PedestrianNetwork.FromOsm(SharedOsmFiles.Path("monaco.osm.pbf"));
        var graph = network.Graph;

        graph.NodeCount.Should().BeInRange(3_500, 4_500);
        graph.EdgeCount.Should().BeInRange(4_500, 6_000);
        graph.ComponentCount.Should().BeInRange(10, 80, "footways cut at the extract's edge and private paths stay apart");
        graph.LargestComponentNodes.Should().BeGreaterThan(graph.NodeCount * 9 / 10);

        var csv = Path.Combine(Path.GetTempPath(), $"seismic-monaco-edges-{Guid.NewGuid():N}.csv");
        try
        {
            PedestrianGraphCsv.Write(graph, csv);
            File.ReadLines(csv).Count().Should().Be(graph.EdgeCount + 1);
        }
        finally
        {
            File.Delete(csv);
        }
    }

    [Fact]
    public void Monaco_RouteAcrossThePrincipality_IsFoundAndPlausiblyLonger()
    {
        var (network, _) = PedestrianNetwork.FromOsm(SharedOsmFiles.Path("monaco.osm.pbf"));
        var search = new ShortestPathSearch(network.Graph);
        // Casino square (Monte-Carlo) to the Prince's Palace (Monaco-Ville).
        var from = new Coordinate(7.4280, 43.7393);
        var to = new Coordinate(7.4206, 43.7312);

        var route = network.Route(search, from, to);

        route.Path.Found.Should().BeTrue();
        route.Path.From.SnapDistanceM.Should().BeLessThan(100);
        route.Path.To.SnapDistanceM.Should().BeLessThan(100);
        var straight = StraightM(from, to);
        route.Path.DistanceM.Should().BeInRange(straight, 2.5 * straight, "a walk is longer than the chord, not wildly so");
        route.Path.WalkSeconds.Should().BeGreaterThanOrEqualTo(route.Path.DistanceM / 1.1 - 1e-6);
        route.Geometry.Length.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Monaco_AStarEqualsDijkstra_OnRandomPairs()
    {
        var (network, _) = PedestrianNetwork.FromOsm(SharedOsmFiles.Path("monaco.osm.pbf"));
        var graph = network.Graph;
        var search = new ShortestPathSearch(graph);
        var random = new Random(2026);
        for (var k = 0; k < 25; k++)
        {
            var source = random.Next(graph.NodeCount);
            search.OneToAll(source, RouteMetric.WalkTime);
            var costs = search.Costs.ToArray();
            for (var j = 0; j < 8; j++)
            {
                var target = random.Next(graph.NodeCount);
                var path = search.Route(source, target, RouteMetric.WalkTime);
                path.Found.Should().Be(!double.IsPositiveInfinity(costs[target]));
                if (path.Found)
                {
                    path.Cost.Should().BeApproximately(costs[target], 1e-9 * Math.Max(1, costs[target]));
                }
            }
        }
    }

    [Fact]
    public void Prague_NearestShelterOfEveryBuilding_InOnePass()
    {
        var (network, model) = PedestrianNetwork.FromOsm(SharedOsmFiles.Path("prague-small.osm.pbf"));
        network.Graph.NodeCount.Should().BeInRange(10_000, 14_000);
        network.Graph.EdgeCount.Should().BeInRange(14_000, 20_000);
        var sources = network.SnapShelters(model.Shelters);
        var buildings = network.SnapBuildings(model.Buildings);
        var search = new ShortestPathSearch(network.Graph);

        search.MultiSource(sources, RouteMetric.WalkTime);
        var labels = new int[buildings.Length];
        var seconds = new double[buildings.Length];
        search.NearestSources(buildings, labels, seconds);

        var reached = 0;
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] >= 0)
            {
                reached++;
                labels[i].Should().BeLessThan(model.Shelters.Count);
            }
        }

        reached.Should().Be(buildings.Length, "buildings and shelters are snapped onto the largest component");
        seconds.Max().Should().BeLessThan(3 * 3600, "a park is within walking distance of every building in central Prague");
    }

    private static double StraightM(Coordinate a, Coordinate b)
    {
        // Equirectangular approximation, good to 0.1 % over a few km.
        var lat = double.DegreesToRadians((a.Y + b.Y) / 2);
        var dx = double.DegreesToRadians(b.X - a.X) * Math.Cos(lat) * 6_371_008.8;
        var dy = double.DegreesToRadians(b.Y - a.Y) * 6_371_008.8;
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
