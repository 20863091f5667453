using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Synthesis;

namespace Seismic.GeoData.Tests.Survey;

public class SurveySynthesizerTests
{
    private static readonly Lazy<DistrictModel> Model = new(() =>
        DistrictSynthesizer.Synthesize(new SynthesisOptions(BuildingCount: 3000, Seed: 5)));

    [Fact]
    public void Generate_IsDeterministic()
    {
        var a = SurveySynthesizer.Generate(Model.Value, 42);
        var b = SurveySynthesizer.Generate(Model.Value, 42);
        var c = SurveySynthesizer.Generate(Model.Value, 43);

        a.Should().HaveCount(Model.Value.Buildings.Count);
        for (var i = 0; i < a.Count; i++)
        {
            a[i].Surveyed.Should().Be(b[i].Surveyed);
            a[i].Record.Should().BeEquivalentTo(b[i].Record, o => o.Excluding(r => r.Footprint));
        }

        a.Select(e => (e.Surveyed, e.Record.SiteClass, e.Record.SurveyDate)).Should()
            .NotEqual(c.Select(e => (e.Surveyed, e.Record.SiteClass, e.Record.SurveyDate)), "another seed gives another survey");
    }

    [Fact]
    public void Generate_GivesPlausibleHaizhuAttributes()
    {
        var survey = SurveySynthesizer.Generate(Model.Value, 42);
        var surveyed = survey.Where(e => e.Surveyed).Select(e => e.Record).ToList();

        var share = (double)surveyed.Count / survey.Count;
        share.Should().BeInRange(0.65, 0.98, "street coverages are 65–98 %");
        survey.Where(e => !e.Surveyed).Should().OnlyContain(e => e.Record.SurveyDate == null && e.Record.Surveyor.Length == 0);
        surveyed.Should().OnlyContain(r => r.SurveyDate >= new DateOnly(2019, 1, 1) && r.SurveyDate <= new DateOnly(2025, 12, 31));
        surveyed.Should().OnlyContain(r => r.Photos.Count > 0 && r.Photos[0] == $"photos/{r.Id}-1.jpg");
        var softSoil = surveyed.Count(r => r.SiteClass is SiteClass.II or SiteClass.III);
        ((double)softSoil / surveyed.Count).Should().BeGreaterThan(0.7, "the delta alluvium is mostly class II and III");
        surveyed.Where(r => r.SiteClass == SiteClass.III && r.Vs30 is not null).Should().OnlyContain(r => r.Vs30 >= 150 && r.Vs30 <= 250);
        survey.Where(e => e.Record.YearBuilt >= 1990).Should().OnlyContain(e => e.Record.DesignIntensity == 7, "GBJ 11-89 set intensity 7 for Guangzhou");
        var oldMasonry = survey.Where(e => e.Record.YearBuilt < 1979 && e.Record.StructureType == StructureType.Masonry).ToList();
        if (oldMasonry.Count > 20)
        {
            oldMasonry.Count(e => e.Record.DesignIntensity is null).Should().BeGreaterThan(oldMasonry.Count * 8 / 10);
        }

        surveyed.Should().Contain(r => r.SoftStorey).And.Contain(r => r.Pounding).And.Contain(r => r.Condition == BuildingCondition.Poor);
    }
}
