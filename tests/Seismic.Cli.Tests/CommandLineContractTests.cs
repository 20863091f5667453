namespace Seismic.Cli.Tests;

/// <summary>The command-line contract of MISSION.md: help, exit codes, one-line errors.</summary>
public class CommandLineContractTests
{
    [Fact]
    public void Help_ListsTheVerbs_AndExitsZero()
    {
        var result = CliRunner.Run("--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("district").And.Contain("demo");
    }

    [Fact]
    public void UnknownVerb_ExitsTwo_WithOneLineOnStderr()
    {
        var result = CliRunner.Run("frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("frobnicate");
    }

    [Fact]
    public void MissingRequiredOption_ExitsTwo_NamingTheOption()
    {
        var result = CliRunner.Run("district", "synth");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--out");
    }

    [Fact]
    public void DistrictInfo_ExitsTwo_NamingTheFile_WhenTheDistrictDoesNotExist()
    {
        var result = CliRunner.Run("district", "info", "--district", "/nonexistent/place.gpkg");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("/nonexistent/place.gpkg");
        result.Error.Trim().Split('\n').Should().ContainSingle();
    }

    [Fact]
    public void DistrictInfo_ExitsTwo_WhenTheDistrictIsNotAGeoPackage()
    {
        using var temp = new TempFolder();
        var path = temp.File("notes.gpkg");
        File.WriteAllText(path, "this is a text file, not a GeoPackage");

        var result = CliRunner.Run("district", "info", "--district", path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(path);
    }

    [Fact]
    public void Synth_RejectsAnAbsurdBuildingCount_WithExitTwo_AndWritesNothing()
    {
        using var temp = new TempFolder();
        var output = temp.File("city.gpkg");

        var result = CliRunner.Run("district", "synth", "--buildings", "5", "--out", output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--buildings");
        File.Exists(output).Should().BeFalse();
    }
}
