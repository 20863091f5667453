using System.Text.Json;
using Microsoft.Data.Sqlite;
using Seismic.Engine.Buildings;
using Seismic.Engine.Vulnerability.Scoring;
using Seismic.GeoData.Scoring;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Scoring;

public class DistrictScorerTests
{
    private static IReadOnlyList<SurveyEntry> Entries()
    {
        var model = SampleDistrict.Create();
        var survey = new[]
        {
            new SurveyEntry(SurveyRecord.FromBuilding(model.Buildings[1]) with { SoftStorey = true, Condition = BuildingCondition.Poor, SiteClass = SiteClass.III }, true),
        };
        return DistrictScorer.Complete(model.Buildings, survey);
    }

    [Fact]
    public void Complete_FallsBackToDistrictAttributes_ForBuildingsWithoutSurvey()
    {
        var entries = Entries();

        entries.Should().HaveCount(5);
        entries.Select(e => e.Surveyed).Should().Equal(false, true, false, false, false);
        entries[1].Record.SoftStorey.Should().BeTrue();
        entries[0].Record.DesignIntensity.Should().Be(7, "built 1995, after GBJ 11-89");
    }

    [Fact]
    public void Load_CompletesAPartialSurveyWithTheDistrictBuildings()
    {
        using var temp = new TempFolder();
        var model = SampleDistrict.Create();
        var gpkg = temp.File("d.gpkg");
        Seismic.GeoData.GeoPackage.DistrictGeoPackage.Write(model, gpkg);
        DistrictScorer.Load(gpkg).Should().HaveCount(5).And.OnlyContain(e => !e.Surveyed);

        SurveyStore.Write(gpkg, [new SurveyEntry(SurveyRecord.FromBuilding(model.Buildings[3]) with { Pounding = true }, true)]);
        var entries = DistrictScorer.Load(gpkg);

        entries.Select(e => e.Record.Id).Should().Equal("B-0001", "B-0002", "B-0003", "B-0004", "B-0005");
        entries.Select(e => e.Surveyed).Should().Equal(false, false, false, true, false);
        entries[3].Record.Pounding.Should().BeTrue();
    }

    [Theory]
    [InlineData(0.10)]
    [InlineData(0.35)]
    public void Score_AgreesWithTheSingleBuildingScorer(double pga)
    {
        var entries = Entries();
        var scorer = new BuildingScorer();

        var scores = DistrictScorer.Score(entries, pga, scorer);

        for (var i = 0; i < entries.Count; i++)
        {
            var r = entries[i].Record;
            var one = scorer.Score(r, pga);
            scores.Outputs.RvsScore[i].Should().BeApproximately(one.Rvs.FinalScore, 1e-9);
            scores.Outputs.Collapse[i].Should().BeApproximately(one.Damage.Collapse, 1e-9);
            scores.Outputs.ResilienceDesign[i].Should().BeApproximately(one.Design.Index, 1e-9);
            scores.Grade[i].Should().Be(one.Design.Grade);
            scores.HazusType[i].Should().Be(one.Taxonomy.HazusType.Code);
            scores.GemTaxonomy[i].Should().Be(one.Taxonomy.GemTaxonomy);
            scores.Appraisal[i].Should().Be(one.Appraisal.Category);
            scores.DetailedEvaluation[i].Should().Be(one.Rvs.DetailedEvaluationRequired);
            var perOccupant = scorer.Casualties.PerOccupant(one.Fragility.HazusType, one.Damage);
            scores.CasualtiesNight[i].Should().BeApproximately(perOccupant.Total * r.OccupantsNight, 1e-9);
            scores.FatalitiesDay[i].Should().BeApproximately(perOccupant.Severity4 * r.OccupantsDay, 1e-12);
        }
    }

    [Fact]
    public void Score_RanksBuildingsWithAFloorAreaForRetrofit()
    {
        var entries = Entries();

        var scores = DistrictScorer.Score(entries, 0.1);

        var ranked = entries.Where(e => e.Record.FloorAreaM2 > 0).Count();
        scores.Retrofit.Rows.Should().HaveCount(ranked);
        scores.RetrofitRank.Count(r => r > 0).Should().Be(ranked);
        scores.RetrofitRank[1].Should().Be(0, "B-0002 has no floor area");
        scores.RetrofitRank.Where(r => r > 0).Should().BeEquivalentTo(Enumerable.Range(1, ranked));
    }

    [Fact]
    public void Score_RanksExactlyAsTheEngineRetrofitPriority()
    {
        var model = GeoData.Synthesis.DistrictSynthesizer.Synthesize(new GeoData.Synthesis.SynthesisOptions(BuildingCount: 1500, Seed: 9));
        var entries = DistrictScorer.Complete(model.Buildings, SurveySynthesizer.Generate(model, 9));
        var scorer = new BuildingScorer();

        var fast = DistrictScorer.Score(entries, 0.1, scorer).Retrofit;
        var reference = RetrofitPriority.Rank(entries.Select(e => e.Record).ToList(), scorer);

        fast.Rows.Should().HaveCount(reference.Rows.Count);
        fast.Unranked.Should().Equal(reference.Unranked);
        for (var i = 0; i < reference.Rows.Count; i++)
        {
            fast.Rows[i].BuildingId.Should().Be(reference.Rows[i].BuildingId);
            fast.Rows[i].AvoidedPerMillionCny.Should().BeApproximately(reference.Rows[i].AvoidedPerMillionCny, 1e-12);
            fast.Rows[i].CumulativeShare.Should().BeApproximately(reference.Rows[i].CumulativeShare, 1e-12);
        }
    }

    [Theory]
    [InlineData(6, 0.05)]
    [InlineData(7, 0.10)]
    [InlineData(7.5, 0.15)]
    [InlineData(8, 0.20)]
    [InlineData(8.5, 0.30)]
    [InlineData(9, 0.40)]
    public void IntensityPga_FollowsGb50011Table322(double intensity, double pga)
    {
        IntensityPga.TryGetPgaG(intensity, out var g).Should().BeTrue();
        g.Should().BeApproximately(pga, 1e-12);
    }

    [Fact]
    public void IntensityPga_RejectsIntensitiesOutsideTheTable()
    {
        IntensityPga.TryGetPgaG(10, out _).Should().BeFalse();
        IntensityPga.TryGetPgaG(6.5, out _).Should().BeFalse();
    }

    [Fact]
    public void Write_ProducesCsvGeoJsonAndGeoPackageWithTheScoreColumns()
    {
        using var temp = new TempFolder();
        var scores = DistrictScorer.Score(Entries(), 0.2);

        ScoreLayerWriter.Write(scores, temp.File("s.csv"));
        ScoreLayerWriter.Write(scores, temp.File("s.geojson"));
        ScoreLayerWriter.Write(scores, temp.File("s.gpkg"));

        var lines = File.ReadAllLines(temp.File("s.csv"));
        lines.Should().HaveCount(6);
        lines[0].Split(',').Should().Equal([.. ScoreLayerWriter.Columns, "lon", "lat"]);
        lines[2].Should().StartWith("B-0002,yes,");
        using var json = JsonDocument.Parse(File.ReadAllBytes(temp.File("s.geojson")));
        var features = json.RootElement.GetProperty("features");
        features.GetArrayLength().Should().Be(5);
        var properties = features[0].GetProperty("properties");
        properties.EnumerateObject().Select(p => p.Name).Should().Equal(ScoreLayerWriter.Columns);
        properties.GetProperty("p_collapse").GetDouble().Should().BeApproximately(scores.Outputs.Collapse[0], 1e-6);
        using var connection = new SqliteConnection($"Data Source={temp.File("s.gpkg")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), (SELECT count(*) FROM gpkg_geometry_columns WHERE table_name = 'scores') FROM scores";
        using var row = command.ExecuteReader();
        row.Read();
        row.GetInt32(0).Should().Be(5);
        row.GetInt32(1).Should().Be(1);
    }

    [Fact]
    public void Write_RejectsUnknownExtensions()
    {
        using var temp = new TempFolder();
        var act = () => ScoreLayerWriter.Write(DistrictScorer.Score(Entries(), 0.1), temp.File("s.xlsx"));
        act.Should().Throw<GeoDataException>().WithMessage("*use .csv, .geojson or .gpkg*");
    }
}
