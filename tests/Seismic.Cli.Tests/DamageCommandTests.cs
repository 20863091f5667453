namespace Seismic.Cli.Tests;

/// <summary>
/// <c>seismic damage</c> on OpenQuake's scenario_damage QA inputs (gem/oq-engine qa_tests_data/scenario_damage,
/// shipped with the GeoData tests; the numbers themselves are pinned there).
/// </summary>
public class DamageCommandTests
{
    private static string Qa(string name) => CliRunner.Data(Path.Combine("openquake", name));

    [Fact]
    public void Damage_WritesOneRowPerAssetAndDamageState_NoDamageFirst()
    {
        using var temp = new TempFolder();
        var output = temp.File("damage.csv");

        var result = CliRunner.Run(
            "damage", "--exposure", Qa("exposure_model.xml"), "--fragility", Qa("fragility_discrete_05.xml"),
            "--gmf", Qa("gmf.csv"), "--sites", Qa("sites.csv"), "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        var lines = File.ReadAllLines(output);
        lines[0].Should().Be("asset_id,damage_state,mean,stddev");
        lines[1].Split(',')[1].Should().Be("no_damage");
        var assets = lines.Skip(1).Select(l => l.Split(',')[0]).Distinct().Count();
        var states = lines.Skip(1).Select(l => l.Split(',')[1]).Distinct().Count();
        (lines.Length - 1).Should().Be(assets * states);
    }

    [Fact]
    public void Damage_ExitsTwo_AndWritesNothing_WhenTheFragilityFileIsMissing()
    {
        using var temp = new TempFolder();
        var output = temp.File("damage.csv");

        var result = CliRunner.Run(
            "damage", "--exposure", Qa("exposure_model.xml"), "--fragility", temp.File("nope.xml"),
            "--gmf", Qa("gmf.csv"), "--sites", Qa("sites.csv"), "--out", output);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("nope.xml");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public void Damage_ExitsTwo_OnANegativeAssetHazardDistance()
    {
        using var temp = new TempFolder();

        var result = CliRunner.Run(
            "damage", "--exposure", Qa("exposure_model.xml"), "--fragility", Qa("fragility_discrete_05.xml"),
            "--gmf", Qa("gmf.csv"), "--sites", Qa("sites.csv"), "--out", temp.File("d.csv"), "--asset-hazard-distance", "-3");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--asset-hazard-distance");
    }
}
