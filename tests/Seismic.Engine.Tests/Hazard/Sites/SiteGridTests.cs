using Seismic.Engine.Hazard.Sites;

namespace Seismic.Engine.Tests.Hazard.Sites;

/// <summary>Grouping buildings onto the site grid.</summary>
public class SiteGridTests
{
    // Five buildings: two share cell (0, 0); one each in (1, 0), (−1, 0) and (0, 1) at the default 250 m.
    private static readonly double[] X = [10, 240, 260, -10, 10];
    private static readonly double[] Y = [10, 240, 10, 10, 300];
    private static readonly double[] Vs = [375, 375, 200, 650, 150];

    [Fact]
    public void Build_GroupsBuildingsIntoOccupiedCells_InRowMajorOrder()
    {
        var grid = SiteGrid.Build(X, Y, Vs);

        grid.SpacingM.Should().Be(250);
        grid.CellCount.Should().Be(4);
        grid.CentreXM.ToArray().Should().Equal(-125, 125, 375, 125);
        grid.CentreYM.ToArray().Should().Equal(125, 125, 125, 375);
        grid.BuildingCell.ToArray().Should().Equal(1, 1, 2, 0, 3);
        grid.Vs30.ToArray().Should().Equal(650, 375, 200, 150);
    }

    [Fact]
    public void FromSites_KeepsTheGivenSites_WithTheMedianVs30OfTheirBuildings()
    {
        var grid = SiteGrid.FromSites([0.0, 400.0, 800.0], [0.0, 0.0, 0.0], [0, 0, 2, 0], [200.0, 500.0, 300.0, 260.0], 400);

        grid.CellCount.Should().Be(3);
        grid.SpacingM.Should().Be(400);
        grid.CentreXM.ToArray().Should().Equal(0, 400, 800);
        grid.BuildingCell.ToArray().Should().Equal(0, 0, 2, 0);
        grid.Vs30[0].Should().Be(260);
        double.IsNaN(grid.Vs30[1]).Should().BeTrue("site 1 holds no building");
        grid.Vs30[2].Should().Be(300);
        FluentActions.Invoking(() => SiteGrid.FromSites([0.0], [0.0], [1], [300.0], 400)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Build_CellOrderDoesNotDependOnBuildingOrder()
    {
        double[] x = [.. X];
        double[] y = [.. Y];
        double[] vs = [.. Vs];
        Array.Reverse(x);
        Array.Reverse(y);
        Array.Reverse(vs);

        var grid = SiteGrid.Build(x, y, vs);

        grid.CentreXM.ToArray().Should().Equal(-125, 125, 375, 125);
        grid.CentreYM.ToArray().Should().Equal(125, 125, 125, 375);
        grid.BuildingCell.ToArray().Should().Equal(3, 0, 2, 1, 1);
    }

    [Fact]
    public void Build_UsesSpacingParameter()
    {
        var grid = SiteGrid.Build(X, Y, Vs, spacingM: 1000);

        // Cells (−1, 0) and (0, 0) of 1 km.
        grid.CellCount.Should().Be(2);
        grid.CentreXM.ToArray().Should().Equal(-500, 500);
        grid.CentreYM.ToArray().Should().Equal(500, 500);
        grid.BuildingCell.ToArray().Should().Equal(1, 1, 1, 0, 1);
    }

    [Fact]
    public void Build_RepresentsCellByMedianVs30()
    {
        double[] x = [1, 2, 3, 300, 301];
        double[] y = [1, 2, 3, 1, 1];
        double[] vs = [200, 375, 375, 200, 375];

        var grid = SiteGrid.Build(x, y, vs);

        grid.CellCount.Should().Be(2);
        grid.Vs30[0].Should().BeApproximately(375, 1e-9, "two of three buildings are class II");
        grid.Vs30[1].Should().BeApproximately(287.5, 1e-9, "an even count takes the mean of the middle two");
    }

    [Fact]
    public void Build_HandlesNoBuildings()
    {
        var grid = SiteGrid.Build([], [], []);

        grid.CellCount.Should().Be(0);
        grid.BuildingCell.Length.Should().Be(0);
    }

    [Fact]
    public void Build_RejectsBadInput()
    {
        FluentActions.Invoking(() => SiteGrid.Build(X, Y, Vs, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SiteGrid.Build([double.NaN], [0.0], [300.0])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SiteGrid.Build([0.0], [0.0], [0.0])).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => SiteGrid.Build([0.0, 1.0], [0.0], [300.0])).Should().Throw<ArgumentException>();
    }
}
