namespace Seismic.Cli.Tests;

/// <summary><c>seismic scenario</c> end to end on a small synthetic district.</summary>
public sealed class ScenarioCommandTests
{
    private static readonly string[] Epicentre = ["--lon", "113.32", "--lat", "23.09", "--depth", "10", "--mag", "6.5"];

    [Fact]
    public void Scenario_WritesEveryOutput_AndIsReproducible()
    {
        using var temp = new TempFolder();
        var gpkg = Synth(temp);
        var first = temp.File("first");
        var second = temp.File("second");

        var a = CliRunner.Run([.. Args(gpkg, first), "--realizations", "8", "--seed", "3"]);
        var b = CliRunner.Run([.. Args(gpkg, second), "--realizations", "8", "--seed", "3"]);

        a.ExitCode.Should().Be(0, a.Error);
        b.ExitCode.Should().Be(0, b.Error);
        foreach (var name in new[] { "buildings.csv", "scenario.gpkg", "community.csv", "street.csv", "summary.json", "ground-motion.png", "damage.png" })
        {
            new FileInfo(Path.Combine(first, name)).Length.Should().BeGreaterThan(0, name);
        }

        a.Out.Should().Contain("displaced residents").And.Contain("collapsed");
        File.ReadAllLines(Path.Combine(first, "buildings.csv")).Should().HaveCount(2001);
        foreach (var name in new[] { "buildings.csv", "community.csv", "street.csv", "summary.json" })
        {
            File.ReadAllBytes(Path.Combine(first, name)).Should().Equal(File.ReadAllBytes(Path.Combine(second, name)), name);
        }
    }

    [Fact]
    public void Scenario_NightRun_ChangesCasualtiesButNotDisplacement()
    {
        using var temp = new TempFolder();
        var gpkg = Synth(temp);

        var day = CliRunner.Run([.. Args(gpkg, temp.File("day")), "--realizations", "4", "--median-only"]);
        var night = CliRunner.Run([.. Args(gpkg, temp.File("night")), "--realizations", "4", "--median-only", "--night"]);

        day.ExitCode.Should().Be(0, day.Error);
        night.ExitCode.Should().Be(0, night.Error);
        var dayJson = File.ReadAllText(Path.Combine(temp.File("day"), "summary.json"));
        var nightJson = File.ReadAllText(Path.Combine(temp.File("night"), "summary.json"));
        nightJson.Should().Contain("\"occupancy\": \"night\"");
        Section(dayJson, "casualties_sev1").Should().NotBe(Section(nightJson, "casualties_sev1"));
        Section(dayJson, "displaced").Should().Be(Section(nightJson, "displaced"));
    }

    [Theory]
    [InlineData("--lon", "NaN", "--lon")]
    [InlineData("--depth", "-1", "--depth")]
    [InlineData("--realizations", "0", "--realizations")]
    [InlineData("--model", "nosuchmodel", "nosuchmodel")]
    [InlineData("--mag", "9.5", "--mag")]
    [InlineData("--model", "yu2013-eastern", "total sigma")]
    public void Scenario_ExitsTwoAndWritesNothing_OnBadInput(string option, string value, string mentioned)
    {
        using var temp = new TempFolder();
        var gpkg = Synth(temp);
        var output = temp.File("out");
        var args = Args(gpkg, output).ToList();
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        args.Add("--strict");
        var result = CliRunner.Run([.. args]);

        result.ExitCode.Should().Be(2, result.Out);
        result.Error.Should().Contain(mentioned);
        Directory.Exists(output).Should().BeFalse();
    }

    private static string Synth(TempFolder temp)
    {
        var gpkg = temp.File("d.gpkg");
        var synth = CliRunner.Run("district", "synth", "--buildings", "2000", "--out", gpkg);
        synth.ExitCode.Should().Be(0, synth.Error);
        return gpkg;
    }

    private static string[] Args(string gpkg, string output) => ["--district", gpkg, "scenario", .. Epicentre, "--out", output];

    private static string Section(string json, string key)
    {
        var start = json.IndexOf($"\"{key}\"", StringComparison.Ordinal);
        return json.Substring(start, json.IndexOf('}', start) - start);
    }
}
