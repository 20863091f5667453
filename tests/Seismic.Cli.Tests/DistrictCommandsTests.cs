using System.Text.Json;

namespace Seismic.Cli.Tests;

/// <summary><c>seismic district synth|info|import-osm|export</c> end to end on small inputs.</summary>
public class DistrictCommandsTests
{
    [Fact]
    public void SynthThenInfoJson_ReportsTheGeneratedCounts()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("small.gpkg");

        var synth = CliRunner.Run("district", "synth", "--buildings", "2000", "--seed", "7", "--out", gpkg);
        synth.ExitCode.Should().Be(0, synth.Error);

        var info = CliRunner.Run("district", "info", "--district", gpkg, "--json");
        info.ExitCode.Should().Be(0, info.Error);
        using var json = JsonDocument.Parse(info.Out);
        var root = json.RootElement;
        root.GetProperty("buildings").GetInt32().Should().Be(2000);
        root.GetProperty("streets").GetInt32().Should().Be(18);
        root.GetProperty("shelters").GetInt32().Should().BeGreaterThanOrEqualTo(40);
        root.GetProperty("population_night").GetInt64().Should().BeGreaterThan(0);
        root.GetProperty("area_km2").GetDouble().Should().BeInRange(80, 100, "the Haizhu outline covers about 90 km²");
        root.GetProperty("metric_crs").GetString().Should().Contain("UTM zone 49N");
    }

    [Fact]
    public void Synth_IsByteForByteReproducible()
    {
        using var temp = new TempFolder();
        var a = temp.File("a.gpkg");
        var b = temp.File("b.gpkg");

        CliRunner.Run("district", "synth", "--buildings", "1500", "--seed", "11", "--out", a).ExitCode.Should().Be(0);
        CliRunner.Run("district", "synth", "--buildings", "1500", "--seed", "11", "--out", b).ExitCode.Should().Be(0);

        File.ReadAllBytes(a).Should().Equal(File.ReadAllBytes(b));
    }

    [Fact]
    public void ImportOsm_WritesADistrictWithRoadsBuildingsAndShelters()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("tiny.gpkg");

        var import = CliRunner.Run("district", "import-osm", CliRunner.Data("tiny.osm"), "--out", gpkg);
        import.ExitCode.Should().Be(0, import.Error);

        var info = CliRunner.Run("district", "info", "--district", gpkg, "--json");
        info.ExitCode.Should().Be(0, info.Error);
        using var json = JsonDocument.Parse(info.Out);
        json.RootElement.GetProperty("roads").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("buildings").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("shelters").GetInt32().Should().Be(1);
        json.RootElement.GetProperty("assembly_points").GetInt32().Should().Be(1);
    }

    [Fact]
    public void ImportOsm_NamesPointSheltersWithoutCapacity_AndEvacuateRefusesThemUntilSized()
    {
        using var temp = new TempFolder();
        var osm = temp.File("point-shelter.osm");
        File.WriteAllText(osm, File.ReadAllText(CliRunner.Data("tiny.osm")).Replace(
            "  <node id=\"30\"",
            "  <node id=\"31\" lat=\"23.1001\" lon=\"113.3040\" version=\"1\"><tag k=\"amenity\" v=\"shelter\"/></node>\n  <node id=\"30\"",
            StringComparison.Ordinal));
        var gpkg = temp.File("point-shelter.gpkg");

        var import = CliRunner.Run("district", "import-osm", osm, "--out", gpkg);
        var evacuate = CliRunner.Run("evacuate", "--district", gpkg, "--out", temp.File("plan"));

        import.ExitCode.Should().Be(0, import.Error);
        import.Out.Should().Contain("shelters without capacity: 1, mapped as points (amenity=shelter) with no site area");
        evacuate.ExitCode.Should().Be(2);
        evacuate.Error.Should().Contain("osm-n31").And.Contain("capacity_persons");
    }

    [Fact]
    public void ImportedOsmDistrict_WithoutCommunities_RefusesCommunityCardsAndRosters_WritingNothing()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("tiny.gpkg");
        CliRunner.Run("district", "import-osm", CliRunner.Data("tiny.osm"), "--out", gpkg).ExitCode.Should().Be(0);

        var cards = CliRunner.Run("evacuate", "--district", gpkg, "--cards", "community", "--out", temp.File("plan"));
        var roster = CliRunner.Run("roster", "synth", "--district", gpkg, "--out", temp.File("roster.csv"));

        cards.ExitCode.Should().Be(2);
        cards.Error.Should().Contain("the district has no communities; use --cards building");
        Directory.Exists(temp.File("plan")).Should().BeFalse();
        roster.ExitCode.Should().Be(2);
        roster.Error.Should().Contain("the district has no communities");
        File.Exists(temp.File("roster.csv")).Should().BeFalse();
    }

    [Fact]
    public void ImportOsm_ExitsTwo_AndWritesNothing_WhenTheFileIsNotOsm()
    {
        using var temp = new TempFolder();
        var fake = temp.File("fake.osm.pbf");
        File.WriteAllText(fake, "not a protocol buffer at all");
        var gpkg = temp.File("out.gpkg");

        var result = CliRunner.Run("district", "import-osm", fake, "--out", gpkg);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(fake);
        File.Exists(gpkg).Should().BeFalse();
    }

    [Fact]
    public void Export_WritesOneGeoJsonFilePerLayer_WithChineseUnescaped()
    {
        using var temp = new TempFolder();
        var gpkg = temp.File("tiny.gpkg");
        CliRunner.Run("district", "import-osm", CliRunner.Data("tiny.osm"), "--out", gpkg).ExitCode.Should().Be(0);
        var dir = Path.Combine(temp.Path, "geojson");

        var result = CliRunner.Run("district", "export", "--district", gpkg, "--out", dir);

        result.ExitCode.Should().Be(0, result.Error);
        File.Exists(Path.Combine(dir, "roads.geojson")).Should().BeTrue();
        File.Exists(Path.Combine(dir, "buildings.geojson")).Should().BeTrue();
        File.ReadAllText(Path.Combine(dir, "roads.geojson")).Should().Contain("江南大道中");
    }
}
