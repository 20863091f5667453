using System.Xml.Linq;
using Seismic.Engine.Vulnerability;
using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Tests.OpenQuake;

public class NrmlFragilityWriterTests
{
    // Continuous curves pass through mean/stddev and back (exp, sqrt, log): equal to 1e-12 relative, not bit-exact.
    private const double MomentTolerance = 1e-12;

    [Theory]
    [InlineData("fragility_continuous_04.xml")]
    [InlineData("fragility_discrete_04.xml")]
    [InlineData("fragility_discrete_05.xml")]
    public void Write_ThenRead_GivesTheSameModel(string file)
    {
        using var scratch = new ScratchFolder();
        var original = NrmlFragilityReader.Read(ScratchFolder.Data("scenario_damage", file));
        var written = scratch.PathOf("out.xml");

        NrmlFragilityWriter.Write(written, original);
        var again = NrmlFragilityReader.Read(written);

        AssertSameModel(again, original);
    }

    [Fact]
    public void Write_ContinuousCurve_GivesArithmeticMomentsOfTheCapacity()
    {
        using var scratch = new ScratchFolder();
        var curve = new LognormalFragilityCurve(0.3, 0.6, 0.05, 3.0, 0.02);
        var model = new FragilityModel("m", ["LS1"], new Dictionary<string, FragilityFunctionSet>
        {
            ["C1L"] = new("C1L", "SA(0.4)", [curve]),
        });
        var written = scratch.PathOf("out.xml");

        NrmlFragilityWriter.Write(written, model);

        XNamespace ns = NrmlFragilityWriter.Namespace;
        var doc = XDocument.Load(written);
        var parameters = doc.Descendants(ns + "params").Single();
        var mean = double.Parse(parameters.Attribute("mean")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var stddev = double.Parse(parameters.Attribute("stddev")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        // Moments of a lognormal with median 0.3 and beta 0.6, computed from MathNet's distribution.
        var reference = new MathNet.Numerics.Distributions.LogNormal(Math.Log(0.3), 0.6);
        mean.Should().BeApproximately(reference.Mean, 1e-12 * reference.Mean);
        stddev.Should().BeApproximately(reference.StdDev, 1e-12 * reference.StdDev);
        var again = NrmlFragilityReader.Read(written);
        AssertSameModel(again, model);
    }

    [Fact]
    public void Write_MixedCurveKinds_IsRefused()
    {
        using var scratch = new ScratchFolder();
        var model = new FragilityModel("m", ["LS1", "LS2"], new Dictionary<string, FragilityFunctionSet>
        {
            ["RC"] = new("RC", "PGA", [new LognormalFragilityCurve(0.2, 0.5), new DiscreteFragilityCurve([0.1, 0.5], [0.1, 0.9])]),
        });

        var write = () => NrmlFragilityWriter.Write(scratch.PathOf("out.xml"), model);

        write.Should().Throw<ArgumentException>().WithMessage("*RC*");
        File.Exists(scratch.PathOf("out.xml")).Should().BeFalse();
    }

    private static void AssertSameModel(FragilityModel actual, FragilityModel expected)
    {
        actual.Id.Should().Be(expected.Id);
        actual.LimitStates.Should().Equal(expected.LimitStates);
        actual.FunctionSets.Keys.Should().BeEquivalentTo(expected.FunctionSets.Keys);
        foreach (var (taxonomy, set) in expected.FunctionSets)
        {
            var other = actual.FunctionSets[taxonomy];
            other.Imt.Should().Be(set.Imt);
            other.Curves.Should().HaveCount(set.Curves.Count);
            for (var i = 0; i < set.Curves.Count; i++)
            {
                switch (set.Curves[i])
                {
                    case LognormalFragilityCurve lognormal:
                        var read = other.Curves[i].Should().BeOfType<LognormalFragilityCurve>().Subject;
                        read.Median.Should().BeApproximately(lognormal.Median, MomentTolerance * lognormal.Median);
                        read.Beta.Should().BeApproximately(lognormal.Beta, MomentTolerance * lognormal.Beta);
                        read.MinIml.Should().Be(lognormal.MinIml);
                        read.MaxIml.Should().Be(lognormal.MaxIml);
                        read.NoDamageLimit.Should().Be(lognormal.NoDamageLimit);
                        break;
                    case DiscreteFragilityCurve discrete:
                        var readDiscrete = other.Curves[i].Should().BeOfType<DiscreteFragilityCurve>().Subject;
                        readDiscrete.Imls.Should().Equal(discrete.Imls);
                        readDiscrete.Poes.Should().Equal(discrete.Poes);
                        readDiscrete.NoDamageLimit.Should().Be(discrete.NoDamageLimit);
                        break;
                    default:
                        throw new InvalidOperationException("unexpected curve type " + set.Curves[i].GetType().Name);
                }
            }
        }
    }
}
