using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;
using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Tests.OpenQuake;

public class ScenarioDamageRunnerTests
{
    // Ground motion of OpenQuake's qa_tests_data/scenario_damage/gmfs.csv, re-written in data/openquake/scenario_damage/gmf.csv.
    private static readonly double[][] Gmf =
    [
        [0.305128, 0.267031, 0.159434, 0.236164, 0.288503, 0.244808, 0.161571, 0.239573, 0.479164, 0.386302],
        [0.604032, 0.334878, 0.392602, 0.367635, 0.344613, 0.280357, 0.443609, 0.241845, 0.506982, 0.459758],
        [0.171110, 0.309129, 0.157692, 0.334187, 0.174441, 0.291826, 0.161156, 0.282250, 0.227539, 0.290025],
    ];

    private static ScenarioDamageRequest Request(ScratchFolder dir, string exposure, string fragility, double km = 20) => new(
        ScratchFolder.Data("scenario_damage", exposure),
        ScratchFolder.Data("scenario_damage", fragility),
        ScratchFolder.Data("scenario_damage", "gmf.csv"),
        ScratchFolder.Data("scenario_damage", "sites.csv"),
        dir.PathOf("out.csv"),
        km);

    private static void ShouldMatchSignificantDigits(double actual, double expected, int digits, string what)
    {
        // Agreement to n significant digits: |a − e| ≤ 0.5 · 10^(⌊log10|e|⌋ − n + 1).
        var tolerance = 0.5 * Math.Pow(10, Math.Floor(Math.Log10(Math.Abs(expected))) - digits + 1);
        actual.Should().BeApproximately(expected, tolerance, what);
    }

    [Fact]
    public void Run_ReproducesOpenQuakeQaCase1_To6SignificantDigits()
    {
        // openquake/qa_tests_data/scenario_damage/case_1/expected/dmg_dist_per_asset.xml (mean, stddev per damage state).
        var expected = new Dictionary<string, double[]>
        {
            ["a1"] = [6.73252E+02, 6.61953E+02, 1.39693E+03, 4.10783E+02, 9.29815E+02, 7.40532E+02],
            ["a3"] = [5.05400E+01, 7.07990E+01, 3.59777E+02, 1.62489E+02, 5.89683E+02, 2.21159E+02],
            ["a2"] = [9.98633E+02, 4.91484E+02, 7.20007E+02, 2.49635E+02, 2.81360E+02, 2.50646E+02],
        };
        using var dir = new ScratchFolder();

        var result = ScenarioDamageRunner.Run(Request(dir, "exposure_model.xml", "fragility_discrete_05.xml"));

        result.DamageStates.Should().Equal("no_damage", "LS1", "LS2");
        result.EventCount.Should().Be(10);
        result.Unassigned.Should().BeEmpty();
        var rows = ReadOutput(dir.PathOf("out.csv"));
        rows.Should().HaveCount(9);
        foreach (var (asset, values) in expected)
        {
            for (var d = 0; d < 3; d++)
            {
                var row = rows[(asset, result.DamageStates[d])];
                // OpenQuake printed 6 significant digits (truncated, not always rounded): allow one unit in the 6th digit.
                row.Mean.Should().BeApproximately(values[2 * d], Math.Abs(values[2 * d]) * 1e-5, "6 significant digits");
                row.StdDev.Should().BeApproximately(values[2 * d + 1], Math.Abs(values[2 * d + 1]) * 1e-5, "6 significant digits");
            }
        }
    }

    [Fact]
    public void Run_ReproducesOpenQuakeQaCase3_Nrml04Discrete()
    {
        // openquake/qa_tests_data/scenario_damage/case_3/expected/dmg_dist_per_asset.xml, 8 significant digits.
        double[] expected = [9.9863273E+02, 4.9148433E+02, 7.2000719E+02, 2.4963548E+02, 2.8136008E+02, 2.5064592E+02];
        using var dir = new ScratchFolder();

        var result = ScenarioDamageRunner.Run(Request(dir, "exposure_case_3.xml", "fragility_discrete_04.xml"));

        for (var d = 0; d < 3; d++)
        {
            ShouldMatchSignificantDigits(result.Statistics.Mean(0, d), expected[2 * d], 8, $"mean {d}");
            ShouldMatchSignificantDigits(result.Statistics.StdDev(0, d), expected[2 * d + 1], 8, $"stddev {d}");
        }
    }

    [Fact]
    public void Run_ContinuousNrml04_MatchesIndependentLognormalComputation()
    {
        // Not an OpenQuake output: OpenQuake's case_2 expected file was made from ground motion no longer published,
        // so this recomputes the statistics here with MathNet's LogNormal from the NRML mean/stddev.
        using var dir = new ScratchFolder();
        var result = ScenarioDamageRunner.Run(Request(dir, "exposure_model.xml", "fragility_continuous_04.xml"));

        (string Id, int Site, double Number, (double Mean, double Sd)[] Ls)[] assets =
        [
            ("a1", 0, 3000, [(0.25, 0.08), (0.40, 0.12)]),
            ("a2", 2, 2000, [(0.2, 0.05), (0.35, 0.10)]),
            ("a3", 1, 1000, [(0.25, 0.08), (0.40, 0.12)]),
        ];
        var rows = ReadOutput(dir.PathOf("out.csv"));
        foreach (var (id, site, number, ls) in assets)
        {
            var perState = new double[3][];
            for (var d = 0; d < 3; d++)
            {
                perState[d] = new double[10];
            }

            for (var e = 0; e < 10; e++)
            {
                var x = Math.Clamp(Gmf[site][e], 0.1, 9.9);
                var p = ls.Select(l =>
                {
                    var sigma = Math.Sqrt(Math.Log(1 + l.Sd * l.Sd / (l.Mean * l.Mean)));
                    var median = l.Mean / Math.Sqrt(1 + l.Sd * l.Sd / (l.Mean * l.Mean));
                    return LogNormal.CDF(Math.Log(median), sigma, x);
                }).ToArray();
                double[] fractions = [1 - p[0], p[0] - p[1], p[1]];
                for (var d = 0; d < 3; d++)
                {
                    perState[d][e] = number * (fractions[d] < 1e-7 ? 0 : fractions[d]);
                }
            }

            for (var d = 0; d < 3; d++)
            {
                var row = rows[(id, result.DamageStates[d])];
                ShouldMatchSignificantDigits(row.Mean, perState[d].Mean(), 6, $"{id} mean {d}");
                ShouldMatchSignificantDigits(row.StdDev, perState[d].StandardDeviation(), 6, $"{id} stddev {d}");
            }
        }
    }

    [Fact]
    public void Run_WritesHeaderAndNoDamageFirst_InInvariantCulture()
    {
        using var dir = new ScratchFolder();
        ScenarioDamageRunner.Run(Request(dir, "exposure_case_3.xml", "fragility_discrete_04.xml"));
        var lines = File.ReadAllLines(dir.PathOf("out.csv"));
        lines[0].Should().Be("asset_id,damage_state,mean,stddev");
        lines.Skip(1).Select(l => l.Split(',')[1]).Should().Equal("no_damage", "LS1", "LS2");
        double.Parse(lines[1].Split(',')[2], CultureInfo.InvariantCulture).Should().BeApproximately(998.63273, 1e-4);
    }

    [Fact]
    public void Run_ReportsAssetsWithoutSite_AndLeavesThemOutOfTheCsv()
    {
        using var dir = new ScratchFolder();
        // "far" is about 15 km from the nearest site, beyond the 5 km association distance; a1 sits on site 0.
        var exposure = dir.Write("exposure.csv", "id,lon,lat,taxonomy,number\na1,15.48,38.09,RM,3000\nfar,15.70,38.09,RC,10\n");
        var request = Request(dir, "exposure_model.xml", "fragility_discrete_05.xml", km: 5) with { ExposurePath = exposure };

        var result = ScenarioDamageRunner.Run(request);

        var unassigned = result.Unassigned.Should().ContainSingle().Subject;
        unassigned.AssetId.Should().Be("far");
        unassigned.NearestSiteKm.Should().BeGreaterThan(5);
        double.IsNaN(result.Statistics.Mean(1, 0)).Should().BeTrue();
        File.ReadAllLines(dir.PathOf("out.csv")).Should().HaveCount(4).And.NotContain(l => l.StartsWith("far,", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_NamesMissingTaxonomies_AndWritesNothing()
    {
        using var dir = new ScratchFolder();
        var exposure = dir.Write("exposure.csv", "id,lon,lat,taxonomy,number\na1,15.48,38.09,RM,3000\nb1,15.48,38.09,URM-pre,4\nb2,15.48,38.09,W1,4\n");
        var request = Request(dir, "exposure_model.xml", "fragility_discrete_05.xml") with { ExposurePath = exposure };

        var act = () => ScenarioDamageRunner.Run(request);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == request.FragilityPath && e.Message.Contains("'URM-pre' (asset b1)") && e.Message.Contains("'W1' (asset b2)"));
        File.Exists(dir.PathOf("out.csv")).Should().BeFalse();
    }

    [Fact]
    public void Run_NamesMissingImtColumn()
    {
        using var dir = new ScratchFolder();
        var request = new ScenarioDamageRequest(
            ScratchFolder.Data("forms", "exposure_bare.csv"),
            ScratchFolder.Data("forms", "fragility_continuous_05.xml"),
            dir.Write("gmf.csv", "sid,eid,gmv_PGA\n10,0,0.2\n11,0,0.3\n"),
            ScratchFolder.Data("forms", "sites.csv"),
            dir.PathOf("out.csv"));
        var act = () => ScenarioDamageRunner.Run(request);
        act.Should().Throw<GeoDataException>().Where(e => e.File == request.GmfPath && e.Message.Contains("gmv_SA(0.3)") && e.Message.Contains("W1-sa"));
        File.Exists(dir.PathOf("out.csv")).Should().BeFalse();
    }

    [Fact]
    public void Run_HandlesSaCurves_CsvExposureForm_AndClipping()
    {
        using var dir = new ScratchFolder();
        var request = new ScenarioDamageRequest(
            ScratchFolder.Data("forms", "exposure_with_csv.xml"),
            ScratchFolder.Data("forms", "fragility_continuous_05.xml"),
            ScratchFolder.Data("forms", "gmf.csv"),
            ScratchFolder.Data("forms", "sites.csv"),
            dir.PathOf("out.csv"));

        var result = ScenarioDamageRunner.Run(request);

        result.DamageStates.Should().Equal("no_damage", "slight", "moderate", "extensive", "complete");
        for (var a = 0; a < 2; a++)
        {
            var total = 0.0;
            for (var d = 0; d < 5; d++)
            {
                total += result.Statistics.Mean(a, d);
            }

            total.Should().BeApproximately(result.Assets[a].Number, 1e-6);
        }

        // hz-002 (W1-sa) at SA(0.3) = 0.25, 0.02, 0.55 g: the complete state from the NRML mean 2.0 / stddev 1.3.
        var sigma = Math.Sqrt(Math.Log(1 + 1.3 * 1.3 / 4));
        var median = 2.0 / Math.Sqrt(1 + 1.3 * 1.3 / 4);
        double[] complete = [0.25, 0.02, 0.55];
        var expected = complete.Select(x => 3.5 * LogNormal.CDF(Math.Log(median), sigma, x)).Select(v => v < 3.5e-7 ? 0 : v).Mean();
        result.Statistics.Mean(1, 4).Should().BeApproximately(expected, 1e-6);
    }

    private static Dictionary<(string Asset, string State), (double Mean, double StdDev)> ReadOutput(string path)
    {
        var rows = new Dictionary<(string, string), (double, double)>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split(',');
            rows.Add((f[0], f[1]), (double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
