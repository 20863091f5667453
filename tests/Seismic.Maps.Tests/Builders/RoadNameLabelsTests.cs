using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.Maps.Builders;

namespace Seismic.Maps.Tests.Builders;

public sealed class RoadNameLabelsTests
{
    private const double Tolerance = 1e-12;
    private static readonly GeometryFactory Factory = new();

    private static Road Way(long id, string name, double x0, double x1, RoadStructure structure = RoadStructure.None) =>
        new(id, Factory.CreateLineString([new Coordinate(x0, 23.1), new Coordinate(x1, 23.1)]),
            RoadClass.Residential, name, 7, false, structure, 0, true);

    [Fact]
    public void AtLongestWay_LabelsEachNameOnce_AtTheMiddleOfItsLongestWay()
    {
        Road[] roads = [Way(1, "江南大道", 113.000, 113.001), Way(2, "江南大道", 113.002, 113.006), Way(3, "江南大道", 113.007, 113.009)];

        var labels = RoadNameLabels.AtLongestWay(roads, static _ => true, priority: 10);

        var label = labels.Should().ContainSingle().Subject;
        label.Text.Should().Be("江南大道");
        label.Lon.Should().BeApproximately(113.004, Tolerance);
        label.Lat.Should().BeApproximately(23.1, Tolerance);
        label.Priority.Should().Be(10);
    }

    [Fact]
    public void AtLongestWay_SkipsUnnamedAndExcludedWays_AndOrdersByName()
    {
        Road[] roads =
        [
            Way(1, "海珠桥", 113.000, 113.001, RoadStructure.Bridge),
            Way(2, string.Empty, 113.002, 113.003, RoadStructure.Bridge),
            Way(3, "江南大道", 113.004, 113.009),
            Way(4, "广州大桥", 113.010, 113.012, RoadStructure.Bridge),
        ];

        var labels = RoadNameLabels.AtLongestWay(roads, static road => road.Structure == RoadStructure.Bridge, priority: 10);

        // Ordinal order: 广 (U+5E7F) before 海 (U+6D77), whatever the order of the ways.
        labels.Select(l => l.Text).Should().Equal("广州大桥", "海珠桥");
    }
}
