using Seismic.Engine.Hazard.Correlation;

namespace Seismic.Engine.Tests.Hazard.Correlation;

/// <summary>The platform-independent exp and ln against the platform's, and the generator against reference vectors.</summary>
public class DeterministicMathTests
{
    // A few units in the last place: the polynomials round at each step.
    private const double RelativeTolerance = 1e-15;

    [Fact]
    public void Exp_AgreesWithPlatformExp()
    {
        var random = new Random(11);
        for (var k = 0; k < 20000; k++)
        {
            var x = (random.NextDouble() * 1400) - 700;
            var expected = Math.Exp(x);
            DeterministicMath.Exp(x).Should().BeApproximately(expected, expected * RelativeTolerance, "x = {0:R}", x);
        }
    }

    [Fact]
    public void Exp_IsExactAtZero_AndSaturates()
    {
        DeterministicMath.Exp(0).Should().Be(1.0);
        DeterministicMath.Exp(-800).Should().Be(0.0);
        DeterministicMath.Exp(800).Should().Be(double.PositiveInfinity);
        DeterministicMath.Exp(-740).Should().BeApproximately(Math.Exp(-740), Math.Exp(-740) * 1e-3);
    }

    [Fact]
    public void Log_AgreesWithPlatformLog()
    {
        var random = new Random(12);
        for (var k = 0; k < 20000; k++)
        {
            var x = Math.Exp((random.NextDouble() * 1400) - 700);
            var expected = Math.Log(x);
            DeterministicMath.Log(x).Should().BeApproximately(expected, Math.Max(Math.Abs(expected) * RelativeTolerance, 1e-300), "x = {0:R}", x);
        }

        // Near 1 the result is small, so compare absolutely at the spacing of doubles near 1.
        for (var k = 0; k < 2000; k++)
        {
            var x = 0.5 + random.NextDouble();
            DeterministicMath.Log(x).Should().BeApproximately(Math.Log(x), 4.5e-16, "x = {0:R}", x);
        }
    }

    [Fact]
    public void Log_HandlesOneZeroNegativeAndSubnormal()
    {
        DeterministicMath.Log(1).Should().Be(0.0);
        DeterministicMath.Log(0).Should().Be(double.NegativeInfinity);
        double.IsNaN(DeterministicMath.Log(-1)).Should().BeTrue();
        DeterministicMath.Log(double.Epsilon).Should().BeApproximately(Math.Log(double.Epsilon), 1e-12);
    }

    [Fact]
    public void Xoshiro256StarStar_MatchesReferenceOutputs()
    {
        // The reference implementation of Blackman and Vigna (xoshiro256starstar.c) from state {1, 2, 3, 4}.
        var g = Xoshiro256StarStar.FromState(1, 2, 3, 4);

        new[] { g.NextUInt64(), g.NextUInt64(), g.NextUInt64(), g.NextUInt64() }
            .Should().Equal(11520UL, 0UL, 1509978240UL, 1215971899390074240UL);
    }

    [Fact]
    public void SplitMix64_MatchesReferenceOutputs()
    {
        // SplitMix64 (Steele, Lea and Flood 2014; Vigna's splitmix64.c) from seed 1234567.
        var state = 1234567UL;

        new[]
        {
            Xoshiro256StarStar.SplitMix64(ref state), Xoshiro256StarStar.SplitMix64(ref state),
            Xoshiro256StarStar.SplitMix64(ref state), Xoshiro256StarStar.SplitMix64(ref state),
            Xoshiro256StarStar.SplitMix64(ref state),
        }.Should().Equal(
            6457827717110365317UL, 3203168211198807973UL, 9817491932198370423UL, 4593380528125082431UL,
            16408922859458223821UL);
    }

    [Fact]
    public void NextDouble_StaysInUnitInterval_WithMeanOneHalf()
    {
        var g = Xoshiro256StarStar.ForStream(5, 0);
        const int n = 100000;
        var sum = 0.0;
        for (var k = 0; k < n; k++)
        {
            var u = g.NextDouble();
            u.Should().BeInRange(0, 1);
            sum += u;
        }

        // Standard error of the mean of U(0, 1): √(1/12 / n) ≈ 0.00091; tolerance 4 standard errors.
        (sum / n).Should().BeApproximately(0.5, 4 * Math.Sqrt(1.0 / 12 / n));
    }
}
