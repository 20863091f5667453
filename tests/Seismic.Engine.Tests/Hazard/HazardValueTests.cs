using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard;

namespace Seismic.Engine.Tests.Hazard;

/// <summary>IMT names, the Mw/Ms conversion (Cheng et al. 2017), GB 50011 site-class Vs30 and the model registry.</summary>
public class HazardValueTests
{
    [Theory]
    [InlineData("PGA", "PGA")]
    [InlineData("pgv", "PGV")]
    [InlineData("SA(0.2)", "SA(0.2)")]
    [InlineData("sa(1)", "SA(1.0)")]
    [InlineData("SA(10.0)", "SA(10.0)")]
    public void Imt_ParsesAndPrintsOpenQuakeSpelling(string text, string expected)
    {
        Imt.TryParse(text, out var imt).Should().BeTrue();
        imt.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("SA")]
    [InlineData("SA()")]
    [InlineData("SA(-1)")]
    [InlineData("SA(abc)")]
    [InlineData("PGD")]
    [InlineData(null)]
    public void Imt_RejectsMalformedNames(string? text) => Imt.TryParse(text, out _).Should().BeFalse();

    [Theory]
    [InlineData(5.0, 5.1279)]
    [InlineData(6.0, 6.2907)]
    [InlineData(7.0, 7.3594)]
    [InlineData(8.0, 8.1406)]
    public void MwToMs_FollowsTheBilinearRelation(double mw, double ms) =>
        MagnitudeConversion.MwToMs(mw).Should().BeApproximately(ms, 1e-4);

    [Fact]
    public void MsToMw_InvertsMwToMs_AndStaysMonotonic()
    {
        foreach (var mw in new[] { 4.0, 5.5, 6.5, 6.7, 7.5, 8.5 })
        {
            MagnitudeConversion.MsToMw(MagnitudeConversion.MwToMs(mw)).Should().BeApproximately(mw, 1e-12);
        }

        var previous = double.NegativeInfinity;
        for (var ms = 4.0; ms <= 8.5; ms += 0.01)
        {
            var mw = MagnitudeConversion.MsToMw(ms);
            mw.Should().BeGreaterThanOrEqualTo(previous);
            previous = mw;
        }
    }

    [Theory]
    [InlineData(SiteClass.I0, 800.0, 10000.0)]
    [InlineData(SiteClass.I1, 500.0, 800.0)]
    [InlineData(SiteClass.II, 250.0, 500.0)]
    [InlineData(SiteClass.III, 150.0, 250.0)]
    [InlineData(SiteClass.IV, 0.0, 150.0)]
    public void SiteClassVs30_LiesInTheClassVelocityBand(SiteClass siteClass, double low, double high)
    {
        var vs30 = SiteClassVs30.RepresentativeVs30(siteClass);

        vs30.Should().BeGreaterThanOrEqualTo(low).And.BeLessThanOrEqualTo(high);
    }

    [Theory]
    [InlineData("bssa14", "bssa14")]
    [InlineData("YU2013-Eastern", "yu2013-eastern")]
    [InlineData("cy14-wenchuan", "cy14-wenchuan")]
    public void GroundMotionModels_FindsModelsByName(string name, string expected)
    {
        GroundMotionModels.TryGet(name, out var model).Should().BeTrue();
        model!.Name.Should().Be(expected);
    }

    [Fact]
    public void GroundMotionModels_DoesNotFindUnknownNames() =>
        GroundMotionModels.TryGet("ask14", out _).Should().BeFalse();
}
