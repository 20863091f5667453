using Seismic.Engine.Hazard;
using Seismic.Engine.Hazard.Correlation;

namespace Seismic.Engine.Tests.Hazard.Correlation;

/// <summary>Fields ln Y = ln median + τη + φε with BSSA14's τ and φ, and the median-only mode.</summary>
public class GroundMotionFieldSimulatorTests
{
    private const int Sites = 10;
    private const double SpacingM = 1000;
    private const int Realizations = 20000;

    [Fact]
    public void MedianOnly_ReturnsTheMedian()
    {
        var (lnMedian, _, _) = Bssa14Field(Imt.Pga);
        var simulator = GroundMotionFieldSimulator.MedianOnly(Sites);
        var lnY = new double[Sites];

        for (var r = 0UL; r < 3; r++)
        {
            simulator.Generate(r, lnMedian, [], [], lnY).Should().Be(0);
            lnY.Should().Equal(lnMedian);
        }

        simulator.IsMedianOnly.Should().BeTrue();
    }

    [Fact]
    public void Generate_IsBitIdentical_ForSameSeedAndRealization()
    {
        var (lnMedian, tau, phi) = Bssa14Field(Imt.Sa(0.2));
        var a = Simulator(Imt.Sa(0.2), seed: 77);
        var b = Simulator(Imt.Sa(0.2), seed: 77);
        var first = new double[Sites];
        var second = new double[Sites];

        a.Generate(12345, lnMedian, tau, phi, first);
        b.Generate(12345, lnMedian, tau, phi, second);

        first.Select(BitConverter.DoubleToInt64Bits).Should().Equal(second.Select(BitConverter.DoubleToInt64Bits));
        first.Should().NotEqual(lnMedian);
    }

    [Fact]
    public void Generate_HasVarianceTauSquaredPlusPhiSquared_AndTheIntendedCovariance()
    {
        var (lnMedian, tau, phi) = Bssa14Field(Imt.Pga);
        var simulator = Simulator(Imt.Pga, seed: 14);
        var lnY = new double[Sites];
        var sum = new double[Sites];
        var squares = new double[Sites];
        var cross = 0.0;
        for (var r = 0UL; r < Realizations; r++)
        {
            simulator.Generate(r, lnMedian, tau, phi, lnY);
            for (var i = 0; i < Sites; i++)
            {
                var d = lnY[i] - lnMedian[i];
                sum[i] += d;
                squares[i] += d * d;
            }

            cross += (lnY[0] - lnMedian[0]) * (lnY[1] - lnMedian[1]);
        }

        const double n = Realizations;
        for (var i = 0; i < Sites; i++)
        {
            var variance = (tau[i] * tau[i]) + (phi[i] * phi[i]);
            var mean = sum[i] / n;

            // Standard errors: mean σ/√n; sample variance σ²·√(2/n). Tolerances: 4 standard errors.
            mean.Should().BeApproximately(0, 4 * Math.Sqrt(variance / n), "mean residual at site {0}", i);
            ((squares[i] - (n * mean * mean)) / (n - 1)).Should().BeApproximately(
                variance, 4 * variance * Math.Sqrt(2 / n), "variance at site {0}", i);
        }

        // Sites 0 and 1 share η fully and ε with ρ(1 km) = exp(−3/8.5): cov = τ₀τ₁ + φ₀φ₁ρ. The standard error of a
        // sample covariance of bivariate normals is √((σ₀²σ₁² + cov²)/n); tolerance 4 standard errors.
        var rho = Math.Exp(-3 * SpacingM / 8500);
        var expectedCov = (tau[0] * tau[1]) + (phi[0] * phi[1] * rho);
        var s0 = (tau[0] * tau[0]) + (phi[0] * phi[0]);
        var s1 = (tau[1] * tau[1]) + (phi[1] * phi[1]);
        (cross / n).Should().BeApproximately(expectedCov, 4 * Math.Sqrt(((s0 * s1) + (expectedCov * expectedCov)) / n));
    }

    [Fact]
    public void Generate_Throws_WhenTauIsNaN()
    {
        var (lnMedian, tau, phi) = Bssa14Field(Imt.Pga);
        tau[3] = double.NaN;
        var simulator = Simulator(Imt.Pga, seed: 1);

        simulator.Invoking(s => s.Generate(0, lnMedian, tau, phi, new double[Sites])).Should().Throw<ArgumentException>();
    }

    private static GroundMotionFieldSimulator Simulator(Imt imt, ulong seed)
    {
        var x = new double[Sites];
        for (var i = 0; i < Sites; i++)
        {
            x[i] = i * SpacingM;
        }

        return new GroundMotionFieldSimulator(
            new CorrelatedResidualSampler(x, new double[Sites], new JayaramBaker2009Correlation(), imt, seed));
    }

    private static (double[] LnMedian, double[] Tau, double[] Phi) Bssa14Field(Imt imt)
    {
        GroundMotionModels.TryGet("bssa14", out var model).Should().BeTrue();
        model!.ProvidesSigmaComponents.Should().BeTrue();

        // An M6.5 strike-slip event; sites 5–14 km away (Rjb) on a line, Vs30 300–480 m/s.
        var vs30 = new double[Sites];
        var rjb = new double[Sites];
        for (var i = 0; i < Sites; i++)
        {
            vs30[i] = 300 + (20 * i);
            rjb[i] = 5 + (i * SpacingM / 1000);
        }

        var sites = new SiteArrays(Sites) { Vs30 = vs30, Rjb = rjb, Rrup = rjb };
        var lnMedian = new double[Sites];
        var sigma = new double[Sites];
        var tau = new double[Sites];
        var phi = new double[Sites];
        model.Evaluate(new RuptureParameters(6.5, RakeDeg: 0), imt, sites, lnMedian, sigma, tau, phi);
        return (lnMedian, tau, phi);
    }
}
