using Seismic.Engine.Hazard;
using Seismic.Engine.Hazard.Correlation;

namespace Seismic.Engine.Tests.Hazard.Correlation;

/// <summary>The range b of Jayaram and Baker (2009), Eqs. 17–19, and ρ(h) = exp(−3h/b), Eq. 20.</summary>
public class JayaramBaker2009CorrelationTests
{
    // Expected ranges worked by hand from the equations:
    //   Eq. 17 (case 1), T = 0 (PGA):  8.5 + 17.2 × 0   = 8.5 km
    //   Eq. 17 (case 1), T = 0.5 s:    8.5 + 17.2 × 0.5 = 8.5 + 8.6  = 17.1 km
    //   Eq. 18 (case 2), T = 0 (PGA):  40.7 − 15.0 × 0  = 40.7 km
    //   Eq. 18 (case 2), T = 0.5 s:    40.7 − 15.0 × 0.5 = 40.7 − 7.5 = 33.2 km
    //   Eq. 19 (both),   T = 1 s:      22.0 + 3.7 × 1   = 25.7 km
    //   Eq. 19 (both),   T = 3 s:      22.0 + 3.7 × 3   = 22.0 + 11.1 = 33.1 km
    [Theory]
    [InlineData("PGA", false, 8.5)]
    [InlineData("SA(0.5)", false, 17.1)]
    [InlineData("PGA", true, 40.7)]
    [InlineData("SA(0.5)", true, 33.2)]
    [InlineData("SA(1.0)", false, 25.7)]
    [InlineData("SA(1.0)", true, 25.7)]
    [InlineData("SA(3.0)", false, 33.1)]
    [InlineData("SA(3.0)", true, 33.1)]
    public void RangeKm_FollowsEquations17To19(string imtName, bool clustered, double expectedKm)
    {
        Imt.TryParse(imtName, out var imt).Should().BeTrue();

        new JayaramBaker2009Correlation(clustered).RangeKm(imt).Should().BeApproximately(expectedKm, 1e-12);
    }

    [Fact]
    public void Correlation_IsOneAtZeroSeparation()
    {
        new JayaramBaker2009Correlation().Correlation(0, Imt.Pga).Should().Be(1.0);
    }

    [Fact]
    public void Correlation_FallsToExpMinusThree_AtTheRange()
    {
        // PGA, case 1: b = 8.5 km, so ρ(8500 m) = exp(−3) = 0.049787068367863944.
        new JayaramBaker2009Correlation().Correlation(8500, Imt.Pga).Should().BeApproximately(0.049787068367863944, 1e-15);
    }

    [Theory]
    [InlineData(250.0)]
    [InlineData(1000.0)]
    [InlineData(4321.0)]
    [InlineData(30000.0)]
    public void Correlation_MatchesExponentialOfEquation20(double separationM)
    {
        var model = new JayaramBaker2009Correlation();
        var imt = Imt.Sa(0.2);
        var b = (8.5 + (17.2 * 0.2)) * 1000;

        model.Correlation(separationM, imt).Should().BeApproximately(Math.Exp(-3 * separationM / b), 1e-15);
    }

    [Fact]
    public void Correlation_DecreasesWithSeparation()
    {
        var model = new JayaramBaker2009Correlation();
        var previous = 1.0;
        for (var h = 100.0; h <= 50000; h += 100)
        {
            var rho = model.Correlation(h, Imt.Sa(1.0));
            rho.Should().BeLessThan(previous);
            previous = rho;
        }
    }

    [Fact]
    public void Correlation_Throws_ForPgv()
    {
        var model = new JayaramBaker2009Correlation();

        model.Supports(Imt.Pgv).Should().BeFalse();
        model.Invoking(m => m.Correlation(100, Imt.Pgv)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Correlation_Throws_ForNegativeSeparation()
    {
        new JayaramBaker2009Correlation().Invoking(m => m.Correlation(-1, Imt.Pga))
            .Should().Throw<ArgumentOutOfRangeException>();
    }
}
