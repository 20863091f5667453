using System.Globalization;
using System.Text.Json;

namespace Seismic.Cli.Tests;

/// <summary>
/// <c>seismic gmpe</c>: text and JSON output, and exit code 2 for bad input. Golden medians are rows of OpenQuake's
/// verification tables (BSSA2014/BSSA_2014_MEAN.csv, YU2013/yu_2013_mean_eastern.csv), at their tolerances.
/// </summary>
public class GmpeCommandTests
{
    [Fact]
    public void Gmpe_WritesJsonWithTheContractKeys()
    {
        // BSSA_2014_MEAN.csv: Mw 6, rake 0, Rjb 20 km, Vs30 400 m/s → PGA 0.135537 g, total sigma 0.6051.
        var result = CliRunner.Run("gmpe", "--model", "bssa14", "--mag", "6", "--rake", "0", "--rjb", "20", "--vs30", "400", "--imt", "PGA", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("median").GetDouble().Should().BeApproximately(0.135537, 0.135537 * 0.02);
        root.GetProperty("sigma_total").GetDouble().Should().BeApproximately(0.6051, 0.6051 * 0.01);
        root.GetProperty("sigma_between").GetDouble().Should().BeApproximately(0.348, 1e-9);
        root.GetProperty("sigma_within").GetDouble().Should().BeApproximately(0.495, 1e-9);
        root.GetProperty("unit").GetString().Should().Be("g");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Gmpe_WritesPgvInCentimetresPerSecond_AsText()
    {
        // BSSA_2014_MEAN.csv: Mw 7, Rjb 50 km, Vs30 400 m/s → PGV 8.86678 cm/s.
        var result = CliRunner.Run("gmpe", "--model", "bssa14", "--mag", "7", "--rake", "0", "--rjb", "50", "--vs30", "400", "--imt", "PGV");

        result.ExitCode.Should().Be(0, result.Error);
        var median = Field(result.Out, "median");
        double.Parse(median.Split(' ')[0], CultureInfo.InvariantCulture).Should().BeApproximately(8.86678, 8.86678 * 0.02);
        median.Should().EndWith("cm/s");
        Field(result.Out, "sigma_between").Should().Be("0.3460");
    }

    [Fact]
    public void Gmpe_Yu2013_TakesMsAndAzimuth_AndHasNoSigmaComponents()
    {
        // yu_2013_mean_eastern.csv: Ms 6, azimuth 90°, Repi 30 km → PGA 0.06052113 g (table made with g = 9.8).
        var result = CliRunner.Run("gmpe", "--model", "yu2013-eastern", "--mag", "6", "--repi", "30", "--azimuth", "90", "--imt", "PGA", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("median").GetDouble().Should().BeApproximately(0.06052113, 0.06052113 * 0.004);
        json.RootElement.GetProperty("sigma_total").GetDouble().Should().BeApproximately(0.5428, 1e-9);
        json.RootElement.GetProperty("sigma_between").ValueKind.Should().Be(JsonValueKind.Null);
        json.RootElement.GetProperty("sigma_within").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Gmpe_Cy14Wenchuan_MatchesOpenQuakeRow()
    {
        // CY14_Wenchuan_MEAN.csv: Mw 7, dip 45, rake 90, Ztor 5, Rrup 20, Rjb 10, Rx 15, Vs30 600 measured, Z1 200 m → SA(1.0) 0.218317909 g.
        var result = CliRunner.Run(
            "gmpe", "--model", "cy14-wenchuan", "--mag", "7", "--rake", "90", "--dip", "45", "--ztor", "5", "--rrup", "20",
            "--rjb", "10", "--rx", "15", "--vs30", "600", "--vs30-measured", "--z1", "200", "--imt", "SA(1.0)", "--json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("median").GetDouble().Should().BeApproximately(0.218317909, 0.218317909 * 0.01);
        json.RootElement.GetProperty("sigma_between").ValueKind.Should().Be(JsonValueKind.Number);
    }

    [Fact]
    public void Gmpe_ExitsTwo_WhenCy14HasNoRuptureDistance()
    {
        var result = CliRunner.Run("gmpe", "--model", "cy14-wenchuan", "--mag", "7", "--rjb", "10", "--imt", "PGA");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--rrup");
    }

    [Fact]
    public void Gmpe_SiteClassSetsVs30FromGb50011Table()
    {
        var byClass = CliRunner.Run("gmpe", "--model", "bssa14", "--mag", "6", "--rjb", "20", "--site-class", "II", "--imt", "PGA", "--json");
        var byVs30 = CliRunner.Run("gmpe", "--model", "bssa14", "--mag", "6", "--rjb", "20", "--vs30", "375", "--imt", "PGA", "--json");

        byClass.ExitCode.Should().Be(0, byClass.Error);
        byClass.Out.Should().Be(byVs30.Out);
    }

    [Fact]
    public void Gmpe_WarnsOnStderr_WhenMagnitudeIsOutOfRange()
    {
        var result = CliRunner.Run("gmpe", "--model", "bssa14", "--mag", "9.2", "--rjb", "20", "--imt", "PGA");

        result.ExitCode.Should().Be(0);
        result.Error.Should().Contain("warning").And.Contain("9.2").And.Contain("3.0–8.5");
        result.Out.Should().Contain("median");
    }

    [Theory]
    [InlineData("--model", "ask14")]
    [InlineData("--dip", "0")]
    [InlineData("--imt", "SA(0.123)")]
    [InlineData("--imt", "PGD")]
    [InlineData("--rjb", "-5")]
    [InlineData("--rjb", "NaN")]
    [InlineData("--vs30", "0")]
    [InlineData("--rake", "200")]
    [InlineData("--site-class", "V")]
    public void Gmpe_ExitsTwo_NamingTheOption_OnBadInput(string option, string value)
    {
        var args = new Dictionary<string, string> { ["--model"] = "bssa14", ["--mag"] = "6", ["--rjb"] = "20", ["--imt"] = "PGA" };
        args[option] = value;

        var result = CliRunner.Run(["gmpe", .. args.SelectMany(a => new[] { a.Key, a.Value })]);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(option).And.Contain(value);
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Gmpe_ExitsTwo_ForPgvFromAModelWithoutIt()
    {
        var result = CliRunner.Run("gmpe", "--model", "yu2013-eastern", "--mag", "6", "--repi", "20", "--imt", "SA(0.2)");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("yu2013-eastern has no coefficients for SA(0.2)");
    }

    [Fact]
    public void Gmpe_ExitsTwo_WithStrict_WhenMagnitudeIsOutOfRange()
    {
        var result = CliRunner.Run("gmpe", "--model", "bssa14", "--mag", "7.5", "--rake", "-90", "--rjb", "20", "--imt", "PGA", "--strict");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("3.0–7.0", "normal faults are valid to M 7 only").And.Contain("7.5");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public void Gmpe_ExitsTwo_WithoutADistance()
    {
        var result = CliRunner.Run("gmpe", "--model", "bssa14", "--mag", "6", "--imt", "PGA");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--rjb");
    }

    private static string Field(string text, string name)
    {
        var line = text.Split('\n').Single(l => l.StartsWith(name + " ", StringComparison.Ordinal));
        return line[name.Length..].Trim();
    }
}
