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
    public void Scenario_SaysHowManyBuildingsHaveAnUnknownStructureType()
    {
        using var temp = new TempFolder();
        var gpkg = Synth(temp);
        var known = CliRunner.Run([.. Args(gpkg, temp.File("known")), "--realizations", "2"]);
        EvacuateCommandTests.Execute(gpkg, "UPDATE survey SET structure_type = 'other' WHERE fid <= 150");

        var unknown = CliRunner.Run([.. Args(gpkg, temp.File("unknown")), "--realizations", "2"]);

        known.ExitCode.Should().Be(0, known.Error);
        known.Out.Should().NotContain("structure type unknown");
        unknown.ExitCode.Should().Be(0, unknown.Error);
        unknown.Out.Should().Contain("structure type unknown for 150 of 2,000 buildings (8%): taken as unreinforced masonry (URM)");
        var score = CliRunner.Run("--district", gpkg, "score", "--out", temp.File("scores.csv"));
        score.ExitCode.Should().Be(0, score.Error);
        score.Out.Should().Contain("structure type unknown for 150 of 2,000 buildings");
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

    [Fact]
    public void Scenario_OnGivenFields_WritesEveryOutput_AndListsTheHighestIntensityCommunities()
    {
        using var temp = new TempFolder();
        var gpkg = Synth(temp);
        var (gmf, _) = GivenFields(temp, gpkg, "gmf-data_1.csv", "sitemesh_1.csv", "event_id,site_id,gmv_PGA,gmv_PGV", 0);
        var output = temp.File("given");

        var result = CliRunner.Run("--district", gpkg, "scenario", "--gmf", gmf, "--night", "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        foreach (var name in new[] { "buildings.csv", "scenario.gpkg", "community.csv", "street.csv", "summary.json", "ground-motion.png", "damage.png" })
        {
            new FileInfo(Path.Combine(output, name)).Length.Should().BeGreaterThan(0, name);
        }

        result.Out.Should().Contain("gmf-data_1.csv").And.Contain("highest-intensity communities");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        json.RootElement.GetProperty("ground_motion").GetString().Should().Be("given");
        json.RootElement.GetProperty("realizations").GetInt32().Should().Be(2);
        json.RootElement.GetProperty("highest_intensity_communities").GetArrayLength().Should().BePositive();
        File.ReadAllLines(Path.Combine(output, "community.csv"))[0].Should().Contain("intensity_mean");
    }

    [Theory]
    [InlineData("missing-pga", "gmv_PGA")]
    [InlineData("far-sites", "GMF sites do not match")]
    [InlineData("with-magnitude", "--mag")]
    [InlineData("no-epicentre", "--lon")]
    [InlineData("sites-without-gmf", "--sites")]
    public void Scenario_OnGivenFields_ExitsTwoAndWritesNothing_OnBadInput(string problem, string mentioned)
    {
        using var temp = new TempFolder();
        var gpkg = Synth(temp);
        var output = temp.File("out");
        var header = problem == "missing-pga" ? "event_id,site_id,gmv_PGV" : "event_id,site_id,gmv_PGA";
        var (gmf, sites) = GivenFields(temp, gpkg, "gmf.csv", "sites.csv", header, problem == "far-sites" ? 0.1 : 0);
        string[] args = problem switch
        {
            "with-magnitude" => ["--district", gpkg, "scenario", "--gmf", gmf, "--sites", sites, "--mag", "6", "--out", output],
            "no-epicentre" => ["--district", gpkg, "scenario", "--depth", "10", "--mag", "6", "--out", output],
            "sites-without-gmf" => ["--district", gpkg, "scenario", .. Epicentre, "--sites", sites, "--out", output],
            _ => ["--district", gpkg, "scenario", "--gmf", gmf, "--sites", sites, "--out", output],
        };

        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2, result.Out);
        result.Error.Should().Contain(mentioned);
        result.Error.Trim().Split('\n').Should().ContainSingle();
        Directory.Exists(output).Should().BeFalse();
    }

    // A 0.004° site mesh over the district's buildings (every building within ≈ 300 m of a site), two events of
    // 0.25 g and 0.15 g (PGV 20 and 12 cm/s), written in OpenQuake's export form with its metadata line; the sites
    // are moved north by shiftDeg.
    private static (string Gmf, string Sites) GivenFields(TempFolder temp, string gpkg, string gmfName, string sitesName, string header, double shiftDeg)
    {
        var district = Seismic.GeoData.Scenario.ScenarioDistrict.Load(gpkg);
        var (west, south, east, north) = (double.MaxValue, double.MaxValue, double.MinValue, double.MinValue);
        foreach (var e in district.Entries)
        {
            var c = e.Record.Footprint.Centroid;
            (west, south, east, north) = (Math.Min(west, c.X), Math.Min(south, c.Y), Math.Max(east, c.X), Math.Max(north, c.Y));
        }

        const double step = 0.004;
        var sites = new System.Text.StringBuilder("site_id,lon,lat\n");
        var gmf = new System.Text.StringBuilder("#,,,,\"generated_by='OpenQuake engine 3.16.0'\"\n" + header + "\n");
        var count = 0;
        for (var lat = south - step / 2; lat <= north + step; lat += step)
        {
            for (var lon = west - step / 2; lon <= east + step; lon += step)
            {
                sites.Append(System.FormattableString.Invariant($"{count},{lon:0.######},{lat + shiftDeg:0.######}\n"));
                count++;
            }
        }

        for (var e = 0; e < 2; e++)
        {
            for (var s = 0; s < count; s++)
            {
                gmf.Append(System.FormattableString.Invariant($"{e},{s},{(e == 0 ? 0.25 : 0.15)}"));
                gmf.Append(header.EndsWith("gmv_PGV", StringComparison.Ordinal) && header.Contains("gmv_PGA", StringComparison.Ordinal) ? (e == 0 ? ",20\n" : ",12\n") : "\n");
            }
        }

        File.WriteAllText(temp.File(gmfName), gmf.ToString());
        File.WriteAllText(temp.File(sitesName), sites.ToString());
        return (temp.File(gmfName), temp.File(sitesName));
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
