using System.Globalization;
using Seismic.GeoData.Routing;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Routing;

public sealed class PedestrianGraphCsvTests
{
    [Fact]
    public void Write_EmitsOneRowPerEdge_WithEqualReverseCostAndNodeCoordinates()
    {
        var (network, _) = PedestrianNetwork.FromOsm(NetworkFiles.Path("square.osm"));
        using var temp = new TempFolder();
        var path = temp.File("edges.csv");

        PedestrianGraphCsv.Write(network.Graph, path);

        var lines = File.ReadAllLines(path);
        lines[0].Should().Be("id,source,target,cost_m,reverse_cost_m,x1,y1,x2,y2");
        lines.Should().HaveCount(network.Graph.EdgeCount + 1);
        var ids = new HashSet<int>();
        foreach (var line in lines.Skip(1))
        {
            var f = line.Split(',');
            f.Should().HaveCount(9);
            ids.Add(int.Parse(f[0], CultureInfo.InvariantCulture));
            f[3].Should().Be(f[4], "pedestrians walk both ways");
            int.Parse(f[1], CultureInfo.InvariantCulture).Should().BeInRange(1, network.Graph.NodeCount);
            var cost = double.Parse(f[3], CultureInfo.InvariantCulture);
            var chord = Geodesy.ShortSegmentM(
                double.Parse(f[5], CultureInfo.InvariantCulture), double.Parse(f[6], CultureInfo.InvariantCulture),
                double.Parse(f[7], CultureInfo.InvariantCulture), double.Parse(f[8], CultureInfo.InvariantCulture));
            cost.Should().BeApproximately(chord, 0.05, "every edge of this block is straight");
        }

        ids.Should().HaveCount(network.Graph.EdgeCount);
    }
}
