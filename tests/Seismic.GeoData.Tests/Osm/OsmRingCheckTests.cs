using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.Osm;

namespace Seismic.GeoData.Tests.Osm;

public sealed class OsmRingCheckTests
{
    private static Polygon Ring(params double[] xy)
    {
        var coordinates = new Coordinate[xy.Length / 2];
        for (var i = 0; i < coordinates.Length; i++)
        {
            coordinates[i] = new Coordinate(xy[2 * i], xy[(2 * i) + 1]);
        }

        return DistrictGeometry.Factory.CreatePolygon(coordinates);
    }

    public static TheoryData<string, double[]> Rings => new()
    {
        { "square", [0, 0, 1, 0, 1, 1, 0, 1, 0, 0] },
        { "triangle", [0, 0, 1, 0, 0, 1, 0, 0] },
        { "L-shape with a collinear vertex", [0, 0, 1, 0, 2, 0, 2, 1, 1, 1, 1, 2, 0, 2, 0, 0] },
        { "bow-tie", [0, 0, 1, 1, 1, 0, 0, 1, 0, 0] },
        { "collapsed onto a line", [0, 0, 1, 0, 2, 0, 0, 0] },
        { "touching itself at a vertex", [0, 0, 2, 0, 1, 1, 2, 2, 0, 2, 1, 1, 0, 0] },
        { "spike folding back", [0, 0, 2, 0, 1, 0, 1, 1, 0, 0] },
    };

    [Theory]
    [MemberData(nameof(Rings))]
    public void IsValidShell_AgreesWithNtsValidator(string shape, double[] xy)
    {
        var polygon = Ring(xy);

        new OsmRingCheck().IsValidShell(polygon).Should().Be(polygon.IsValid, shape);
    }

    [Fact]
    public void IsValidShell_LeavesPolygonsWithHolesUndecided()
    {
        var shell = DistrictGeometry.Factory.CreateLinearRing(
            [new(0, 0), new(4, 0), new(4, 4), new(0, 4), new(0, 0)]);
        var hole = DistrictGeometry.Factory.CreateLinearRing(
            [new(1, 1), new(1, 2), new(2, 2), new(2, 1), new(1, 1)]);

        new OsmRingCheck().IsValidShell(DistrictGeometry.Factory.CreatePolygon(shell, [hole])).Should().BeNull();
    }

    [Fact]
    public void IsValidShell_LeavesLargeRingsUndecided()
    {
        var circle = (Polygon)DistrictGeometry.Factory.CreatePoint(new Coordinate(0, 0)).Buffer(1, 32);

        circle.Shell.NumPoints.Should().BeGreaterThan(65);
        new OsmRingCheck().IsValidShell(circle).Should().BeNull();
    }
}
