using Seismic.Engine.Vulnerability;
using Seismic.GeoData.OpenQuake;

namespace Seismic.GeoData.Tests.OpenQuake;

public class NrmlFragilityReaderTests
{
    private const string Head05 = "<?xml version=\"1.0\"?>\n<nrml xmlns=\"http://openquake.org/xmlns/nrml/0.5\">\n";

    [Fact]
    public void Read_Nrml05Discrete_GivesCurvesPerLimitState()
    {
        var model = NrmlFragilityReader.Read(ScratchFolder.Data("scenario_damage", "fragility_discrete_05.xml"));
        model.LimitStates.Should().Equal("LS1", "LS2");
        model.DamageStates.Should().Equal("no_damage", "LS1", "LS2");
        model.FunctionSets.Keys.Should().BeEquivalentTo("RC", "RM");
        var rm = model.FunctionSets["RM"];
        rm.Imt.Should().Be("PGA");
        var ls2 = rm.Curves[1].Should().BeOfType<DiscreteFragilityCurve>().Subject;
        ls2.Poes.Should().Equal(0.0003, 0.05, 0.4, 0.86);
        ls2.ProbabilityOfExceedance(0.4).Should().BeApproximately(0.63, 1e-12);
    }

    [Fact]
    public void Read_Nrml04Discrete_GivesSameCurvesAsItsNrml05Conversion()
    {
        var v04 = NrmlFragilityReader.Read(ScratchFolder.Data("scenario_damage", "fragility_discrete_04.xml"));
        var v05 = NrmlFragilityReader.Read(ScratchFolder.Data("scenario_damage", "fragility_discrete_05.xml"));
        for (var k = 0; k < 2; k++)
        {
            foreach (var iml in new[] { 0.05, 0.15, 0.33, 0.7 })
            {
                v04.FunctionSets["RC"].Curves[k].ProbabilityOfExceedance(iml)
                    .Should().BeApproximately(v05.FunctionSets["RC"].Curves[k].ProbabilityOfExceedance(iml), 1e-15);
            }
        }
    }

    [Fact]
    public void Read_Nrml04Continuous_ConvertsMeanAndStdDevToMedianAndBeta()
    {
        var model = NrmlFragilityReader.Read(ScratchFolder.Data("scenario_damage", "fragility_continuous_04.xml"));
        var curve = model.FunctionSets["RC"].Curves[0].Should().BeOfType<LognormalFragilityCurve>().Subject;
        // mean 0.2, stddev 0.05: β = √ln(1.0625), median = 0.2/√1.0625.
        curve.Beta.Should().BeApproximately(Math.Sqrt(Math.Log(1.0625)), 1e-15);
        curve.Median.Should().BeApproximately(0.2 / Math.Sqrt(1.0625), 1e-15);
        curve.MinIml.Should().Be(0.1);
        curve.MaxIml.Should().Be(9.9);
    }

    [Fact]
    public void Read_Nrml05Continuous_KeepsClippingNoDamageLimitAndSaImt()
    {
        var model = NrmlFragilityReader.Read(ScratchFolder.Data("forms", "fragility_continuous_05.xml"));
        model.LimitStates.Should().Equal("slight", "moderate", "extensive", "complete");
        var complete = (LognormalFragilityCurve)model.FunctionSets["C1L-moderate"].Curves[3];
        complete.NoDamageLimit.Should().Be(0.02);
        complete.MinIml.Should().Be(0.05);
        // The file carries HAZUS C1L moderate-code complete (median 0.77 g, β 0.64) as mean/stddev rounded to 5 decimals.
        complete.Median.Should().BeApproximately(0.77, 5e-4);
        complete.Beta.Should().BeApproximately(0.64, 5e-4);
        model.FunctionSets["W1-sa"].Imt.Should().Be("SA(0.3)");
    }

    [Fact]
    public void Read_RefusesDoctype_WithExternalEntity()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("xxe.xml",
            "<?xml version=\"1.0\"?>\n<!DOCTYPE nrml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n" +
            "<nrml xmlns=\"http://openquake.org/xmlns/nrml/0.5\"><fragilityModel><limitStates>&xxe;</limitStates></fragilityModel></nrml>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.File == path && e.Message.Contains("DTD"));
    }

    [Fact]
    public void Read_ReportsLine_WhenXmlIsMalformed()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("bad.xml", Head05 + "<fragilityModel>\n<limitStates>LS1</limitStates>\n<fragilityFunction id=\"RC\" format=\"discrete\">\n</fragilityModel>\n</nrml>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 6" && e.Message.Contains("malformed XML"));
    }

    [Fact]
    public void Read_ReportsTaxonomyAndLimitState_WhenLimitStatesAreNotMonotonic()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("crossing.xml", Head05 +
            "<fragilityModel><limitStates>slight complete</limitStates>\n" +
            "<fragilityFunction id=\"URM\" format=\"continuous\" shape=\"logncdf\">\n" +
            "<imls imt=\"PGA\" minIML=\"0.01\" maxIML=\"3\"/>\n" +
            "<params ls=\"slight\" mean=\"0.5\" stddev=\"0.2\"/>\n<params ls=\"complete\" mean=\"0.3\" stddev=\"0.1\"/>\n" +
            "</fragilityFunction></fragilityModel></nrml>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>()
            .Where(e => e.Location == "line 4, <fragilityFunction>" && e.Message.Contains("URM") && e.Message.Contains("not monotonic") && e.Message.Contains("complete"));
    }

    [Fact]
    public void Read_ReportsElement_WhenProbabilityIsNaN()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("nan.xml", Head05 +
            "<fragilityModel><limitStates>LS1</limitStates>\n<fragilityFunction id=\"RC\" format=\"discrete\">\n" +
            "<imls imt=\"PGA\">0.1 0.2</imls>\n<poes ls=\"LS1\">0.1 NaN</poes>\n</fragilityFunction></fragilityModel></nrml>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 6, <poes>" && e.Message.Contains("NaN"));
    }

    [Fact]
    public void Read_ReportsElement_WhenMeanIsNegative()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("neg.xml", Head05 +
            "<fragilityModel><limitStates>LS1</limitStates>\n<fragilityFunction id=\"RC\" format=\"continuous\">\n" +
            "<imls imt=\"PGA\"/>\n<params ls=\"LS1\" mean=\"-0.3\" stddev=\"0.1\"/>\n</fragilityFunction></fragilityModel></nrml>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 6, <params>" && e.Message.Contains("> 0"));
    }

    [Fact]
    public void Read_ReportsDuplicateTaxonomy()
    {
        using var dir = new ScratchFolder();
        const string function = "<fragilityFunction id=\"RC\" format=\"discrete\"><imls imt=\"PGA\">0.1</imls><poes ls=\"LS1\">0.5</poes></fragilityFunction>\n";
        var path = dir.Write("dup.xml", Head05 + "<fragilityModel><limitStates>LS1</limitStates>\n" + function + function + "</fragilityModel></nrml>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Location == "line 5, <fragilityFunction>" && e.Message.Contains("duplicate") && e.Message.Contains("RC"));
    }

    [Fact]
    public void Read_ReportsUndeclaredLimitState()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("ls.xml", Head05 +
            "<fragilityModel><limitStates>LS1</limitStates>\n<fragilityFunction id=\"RC\" format=\"discrete\"><imls imt=\"PGA\">0.1</imls>\n<poes ls=\"LS9\">0.5</poes></fragilityFunction></fragilityModel></nrml>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>().Where(e => e.Message.Contains("'LS9'") && e.Location == "line 5, <poes>");
    }

    [Fact]
    public void Read_RefusesRootOutsideNrml()
    {
        using var dir = new ScratchFolder();
        var path = dir.Write("other.xml", "<?xml version=\"1.0\"?><model/>");
        var act = () => NrmlFragilityReader.Read(path);
        act.Should().Throw<GeoDataException>().WithMessage("*root must be <nrml*");
    }
}
