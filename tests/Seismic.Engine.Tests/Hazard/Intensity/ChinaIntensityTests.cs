using Seismic.Engine.Hazard.Intensity;

namespace Seismic.Engine.Tests.Hazard.Intensity;

/// <summary>GB/T 17742-2020 Appendix A instrumental intensity from PGA and PGV.</summary>
public class ChinaIntensityTests
{
    // Rows of the project's reference table shared/reference/china/gbt17742_2020_intensity_pga_pgv_DERIVED.csv
    // (values derived by inverting the Appendix A formulas, three significant figures):
    // intensity, PGA centre / lower (I−0.5) / upper (I+0.5) m/s², PGV centre / lower / upper m/s.
    [Theory]
    [InlineData(1, 0.0172, 0.012, 0.0248, 0.00119, 0.000813, 0.00175)]
    [InlineData(4, 0.152, 0.106, 0.219, 0.0119, 0.00813, 0.0175)]
    [InlineData(6, 0.651, 0.453, 0.937, 0.0554, 0.0377, 0.0813)]
    [InlineData(7, 1.35, 0.937, 1.94, 0.119, 0.0813, 0.175)]
    [InlineData(9, 5.76, 4, 8.28, 0.554, 0.377, 0.813)]
    [InlineData(12, 50.9, 35.4, 73.2, 5.54, 3.77, 8.13)]
    public void FromPgaAndFromPgv_ReproduceReferenceTableRanges(
        int intensity, double pgaCentre, double pgaLower, double pgaUpper, double pgvCentre, double pgvLower, double pgvUpper)
    {
        // Three significant figures move log10 by at most 0.0022, i.e. ≤ 0.007 intensity units.
        ChinaIntensity.FromPga(pgaCentre).Should().BeApproximately(intensity, 0.01);
        ChinaIntensity.FromPga(pgaLower).Should().BeApproximately(intensity - 0.5, 0.01);
        ChinaIntensity.FromPga(pgaUpper).Should().BeApproximately(intensity + 0.5, 0.01);
        ChinaIntensity.FromPgv(pgvCentre).Should().BeApproximately(intensity, 0.01);
        ChinaIntensity.FromPgv(pgvLower).Should().BeApproximately(intensity - 0.5, 0.01);
        ChinaIntensity.FromPgv(pgvUpper).Should().BeApproximately(intensity + 0.5, 0.01);
    }

    [Fact]
    public void FromPgaPgv_UsesVelocityIntensity_WhenBothAreAtLeastSix()
    {
        // I_A(1.35) = 7.00, I_V(0.257) = 3·log10(0.257) + 9.77 = 8.00: the result is I_V, not the mean 7.5.
        ChinaIntensity.FromPgaPgv(1.35, 0.257).Should().BeApproximately(8.0, 1e-9);
    }

    [Fact]
    public void FromPgaPgv_UsesMean_WhenOneIsBelowSix()
    {
        // I_A(0.315) = 5.000, I_V(0.119) = 6.997: mean 5.998 → 6.0 (I_V alone would give 7.0).
        ChinaIntensity.FromPgaPgv(0.315, 0.119).Should().BeApproximately(6.0, 1e-9);
    }

    [Theory]
    [InlineData(5.34, 5.3)]
    [InlineData(5.36, 5.4)]
    [InlineData(8.04, 8.0)]
    public void FromPgaPgv_RoundsToOneDecimal(double target, double expected)
    {
        // Inputs chosen by inverting the formulas so that I_A = I_V = target.
        var pga = Math.Pow(10, (target - 6.59) / 3.17);
        var pgv = Math.Pow(10, (target - 9.77) / 3.00);

        ChinaIntensity.FromPgaPgv(pga, pgv).Should().BeApproximately(expected, 1e-9);
    }

    [Theory]
    [InlineData(100.0, 20.0, 12.0)]
    [InlineData(0.001, 0.0001, 1.0)]
    [InlineData(0.0, 0.0, 1.0)]
    public void FromPgaPgv_ClampsToScale(double pga, double pgv, double expected) =>
        ChinaIntensity.FromPgaPgv(pga, pgv).Should().Be(expected);

    [Fact]
    public void FromPgaPgv_PropagatesNaN() =>
        double.IsNaN(ChinaIntensity.FromPgaPgv(double.NaN, 0.1)).Should().BeTrue();

    [Fact]
    public void Compute_MatchesScalarForm_AndRejectsMismatchedSpans()
    {
        double[] pga = [0.315, 1.35, 100.0];
        double[] pgv = [0.119, 0.257, 20.0];
        var intensity = new double[3];

        ChinaIntensity.Compute(pga, pgv, intensity);

        for (var i = 0; i < 3; i++)
        {
            intensity[i].Should().Be(ChinaIntensity.FromPgaPgv(pga[i], pgv[i]));
        }

        var act = () => ChinaIntensity.Compute(pga, pgv, new double[2]);
        act.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(7, "VII")]
    [InlineData(9, "IX")]
    [InlineData(12, "XII")]
    public void RomanNumeral_WritesScaleDegrees(int degree, string expected) =>
        ChinaIntensity.RomanNumeral(degree).Should().Be(expected);

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void RomanNumeral_RejectsDegreesOutsideScale(int degree) =>
        FluentActions.Invoking(() => ChinaIntensity.RomanNumeral(degree)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(7.2, "VII (7.2)")]
    [InlineData(6.5, "VII (6.5)")]
    [InlineData(6.4, "VI (6.4)")]
    [InlineData(12.0, "XII (12.0)")]
    public void Label_GivesDegreeNumeralAndValue(double intensity, string expected) =>
        ChinaIntensity.Label(intensity).Should().Be(expected);
}
