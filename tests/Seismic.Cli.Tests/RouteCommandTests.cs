using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Seismic.Cli.Tests;

/// <summary><c>seismic route</c> and <c>seismic graph export</c> on the hand-drawn block in data/networks.</summary>
public sealed partial class RouteCommandTests
{
    private static readonly string Square = CliRunner.Data(Path.Combine("networks", "square.osm"));

    [Fact]
    public void Route_Json_HasDistanceWalkTimeAndGeoJsonLineString()
    {
        var result = CliRunner.Run("route", "--osm", Square, "--from", "113.3010,23.1000", "--to", "113.3000,23.1000", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("found").GetBoolean().Should().BeTrue();
        var distance = root.GetProperty("distance_m").GetDouble();
        distance.Should().BeApproximately(102.4, 0.5, "0.001° of longitude at 23.1° N, walked against the one-way");
        root.GetProperty("walk_s").GetDouble().Should().BeApproximately(distance / 1.1, 0.2);
        var geometry = root.GetProperty("geometry");
        geometry.GetProperty("type").GetString().Should().Be("LineString");
        var coordinates = geometry.GetProperty("coordinates");
        coordinates.GetArrayLength().Should().BeGreaterThanOrEqualTo(2);
        coordinates[0][0].GetDouble().Should().BeApproximately(113.3010, 1e-9);
        coordinates[0][1].GetDouble().Should().BeApproximately(23.1000, 1e-9);
        coordinates[coordinates.GetArrayLength() - 1][0].GetDouble().Should().BeApproximately(113.3000, 1e-9);
    }

    [Fact]
    public void Route_Text_ReportsMetresAndMinutes()
    {
        var result = CliRunner.Run("route", "--osm", Square, "--from", "113.3010,23.1010", "--to", "113.3000,23.1010");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("route: ").And.Contain(" m, ").And.Contain(" min at 1.1 m/s");
    }

    [Fact]
    public void Route_Elderly_WalksSlower()
    {
        var normal = CliRunner.Run("route", "--osm", Square, "--from", "113.3010,23.1000", "--to", "113.3000,23.1000", "--json");
        var elderly = CliRunner.Run("route", "--osm", Square, "--from", "113.3010,23.1000", "--to", "113.3000,23.1000", "--json", "--elderly");

        using var a = JsonDocument.Parse(normal.Out);
        using var b = JsonDocument.Parse(elderly.Out);
        var ratio = b.RootElement.GetProperty("walk_s").GetDouble() / a.RootElement.GetProperty("walk_s").GetDouble();
        ratio.Should().BeApproximately(1.1 / 0.8, 0.01);
    }

    [Fact]
    public void Route_Exits2_AndSaysHowFar_WhenStartIsOutsideTheNetwork()
    {
        var result = CliRunner.Run("route", "--osm", Square, "--from", "113.4000,23.1000", "--to", "113.3000,23.1000");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--from").And.Contain("outside the walkable network of square.osm");
        var match = MetresFrom().Match(result.Error);
        match.Success.Should().BeTrue(result.Error);
        var metres = double.Parse(match.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
        metres.Should().BeApproximately(0.099 * 102_430, 150, "0.099° of longitude east of the block's east side at 23.1° N");
    }

    [Theory]
    [InlineData("113.3")]
    [InlineData("abc,23.1")]
    [InlineData("23.1;113.3")]
    public void Route_Exits2_OnMalformedPoint(string point)
    {
        var result = CliRunner.Run("route", "--osm", Square, "--from", point, "--to", "113.3000,23.1000");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--from").And.Contain("LON,LAT");
    }

    [Fact]
    public void Route_Exits2_WhenLatitudeIsOutOfRange()
    {
        var result = CliRunner.Run("route", "--osm", Square, "--from", "23.1,113.3", "--to", "113.3000,23.1000");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("longitude comes first");
    }

    [Fact]
    public void Route_Exits2_WhenOsmFileHasNoWalkableWays()
    {
        var result = CliRunner.Run("route", "--osm", CliRunner.Data(Path.Combine("networks", "no-walkable.osm")),
            "--from", "113.3000,23.1000", "--to", "113.3010,23.1000");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no-walkable.osm").And.Contain("no walkable ways");
    }

    [Fact]
    public void Route_Exits2_WhenBothOsmAndDistrictAreGiven()
    {
        var result = CliRunner.Run("route", "--osm", Square, "--district", "x.gpkg", "--from", "113.3,23.1", "--to", "113.301,23.1");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("either --osm or --district");
    }

    [Fact]
    public void Route_Pairs_PrintsOneRowPerPair()
    {
        using var temp = new TempFolder();
        var pairs = temp.File("pairs.csv");
        File.WriteAllLines(pairs, ["from_lon,from_lat,to_lon,to_lat", "113.3010,23.1000,113.3000,23.1000", "113.5,23.1,113.3,23.1"]);

        var result = CliRunner.Run("route", "--osm", Square, "--pairs", pairs);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.Should().HaveCount(3);
        lines[1].Should().StartWith("1,ok,");
        lines[2].Should().StartWith("2,outside,");
    }

    [Fact]
    public void GraphExport_WritesPgRoutingEdgeTable()
    {
        using var temp = new TempFolder();
        var csv = temp.File("edges.csv");

        var result = CliRunner.Run("graph", "export", "--osm", Square, "--out", csv, "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var edges = json.RootElement.GetProperty("edges").GetInt32();
        edges.Should().Be(5, "four walkable ways of the block (C–D is foot=no) and the isolated footway");
        json.RootElement.GetProperty("components").GetInt32().Should().Be(2);
        var lines = File.ReadAllLines(csv);
        lines[0].Should().Be("id,source,target,cost_m,reverse_cost_m,x1,y1,x2,y2");
        lines.Should().HaveCount(edges + 1);
    }

    [GeneratedRegex(@"([\d,]+) m from the nearest walkable road")]
    private static partial Regex MetresFrom();
}
