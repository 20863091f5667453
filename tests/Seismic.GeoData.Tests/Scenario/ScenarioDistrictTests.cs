using Microsoft.Data.Sqlite;
using Seismic.Engine.Buildings;
using Seismic.Engine.Hazard;
using Seismic.Engine.Risk.Scenario;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Scenario;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Scenario;

public sealed class ScenarioDistrictTests
{
    [Fact]
    public void Load_TakesVs30FromSurveyOrSiteClass_AndCountsResidentsOfDwellingsOnly()
    {
        using var temp = new TempFolder();
        var gpkg = Write(temp);

        var district = ScenarioDistrict.Load(gpkg);
        var inputs = district.Inputs;

        inputs.Count.Should().Be(5);
        inputs.Vs30.Should().Equal(180.0, SiteClassVs30.RepresentativeVs30(SiteClass.III), 375.0, 375.0, 375.0);
        inputs.Residents.Should().Equal(120.0, 60.0, 0.0, 0.0, 0.0);
        inputs.OccupantsDay.Should().Equal(40.0, 15.0, 900.0, 2500.0, 1.0);
        inputs.CommunityNames.Should().Equal(ScenarioDistrict.Unassigned, "440105-04-01", "440105-04-02", "440105-05-01");
        inputs.Community.Should().Equal(1, 2, 3, 3, 0);
        inputs.StreetNames.Should().Equal(ScenarioDistrict.Unassigned, "440105-04", "440105-05");
    }

    [Fact]
    public void Write_CreatesCsvAndGeoPackageLayer_WithOneRowPerBuilding()
    {
        using var temp = new TempFolder();
        var district = ScenarioDistrict.Load(Write(temp));
        var (x, y) = district.ToMetric(113.30, 23.10);
        var definition = new ScenarioDefinition(
            new RuptureParameters(6.0, HypocentreDepthKm: 10, EpicentreLonDeg: 113.30, EpicentreLatDeg: 23.10), x, y,
            Realizations: 3, MedianOnly: true);
        var result = ScenarioRunner.Run(definition, district.Inputs);
        var folder = temp.File("out");

        ScenarioOutputWriter.Write(result, district, folder);

        File.ReadAllLines(Path.Combine(folder, "buildings.csv")).Should().HaveCount(6);
        File.ReadAllLines(Path.Combine(folder, "community.csv")).Should().HaveCount(5);
        File.ReadAllLines(Path.Combine(folder, "street.csv")).Should().HaveCount(4);
        File.ReadAllText(Path.Combine(folder, "summary.json")).Should().Contain("\"realizations\": 3");
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "scenario.gpkg")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = $"SELECT COUNT(*), SUM(p_extensive) FROM {ScenarioOutputWriter.TableName}";
        using var reader = count.ExecuteReader();
        reader.Read().Should().BeTrue();
        reader.GetInt64(0).Should().Be(5);
        var sum = 0.0;
        foreach (var p in result.Buildings.Extensive)
        {
            sum += p;
        }

        reader.GetDouble(1).Should().BeApproximately(sum, 1e-12);
    }

    [Fact]
    public void Write_UsesSnakeCaseKeys_AndAddsIntensityPerArea()
    {
        using var temp = new TempFolder();
        var district = ScenarioDistrict.Load(Write(temp));
        var (x, y) = district.ToMetric(113.30, 23.10);
        var definition = new ScenarioDefinition(
            new RuptureParameters(6.0, HypocentreDepthKm: 10, EpicentreLonDeg: 113.30, EpicentreLatDeg: 23.10), x, y,
            Realizations: 2, MedianOnly: true);
        var result = ScenarioRunner.Run(definition, district.Inputs);
        var folder = temp.File("out");

        ScenarioOutputWriter.Write(result, district, folder);

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "summary.json")));
        var keys = new List<string>();
        Keys(json.RootElement, keys);
        keys.Should().Contain(["depth_km", "moderate_displaced_share", "site_cells", "ground_motion", "highest_intensity_communities"]);
        keys.Should().OnlyContain(k => System.Text.RegularExpressions.Regex.IsMatch(k, "^[a-z0-9_]+$"), "every JSON output uses snake_case");
        json.RootElement.GetProperty("ground_motion").GetString().Should().Be("simulated");
        json.RootElement.GetProperty("district").GetProperty("intensity").GetProperty("mean").GetDouble()
            .Should().BeApproximately(result.District.Intensity.Mean, 1e-12);
        var top = json.RootElement.GetProperty("highest_intensity_communities")[0];
        top.GetProperty("community").GetString().Should().Be(result.HighestIntensityCommunities(1)[0].Name);

        var lines = File.ReadAllLines(Path.Combine(folder, "community.csv"));
        var header = lines[0].Split(',');
        var column = Array.IndexOf(header, "intensity_mean");
        column.Should().BePositive();
        header.Should().Contain(["intensity_p5", "intensity_p50", "intensity_p95"]);
        for (var c = 0; c < result.Communities.Count; c++)
        {
            double.Parse(lines[c + 1].Split(',')[column], System.Globalization.CultureInfo.InvariantCulture)
                .Should().BeApproximately(result.Communities[c].Intensity.Mean, 1e-12);
        }

        File.ReadAllLines(Path.Combine(folder, "street.csv"))[0].Should().Contain("intensity_mean");
    }

    private static void Keys(System.Text.Json.JsonElement element, List<string> keys)
    {
        if (element.ValueKind == System.Text.Json.JsonValueKind.Object)
        {
            foreach (var p in element.EnumerateObject())
            {
                keys.Add(p.Name);
                Keys(p.Value, keys);
            }
        }
        else if (element.ValueKind == System.Text.Json.JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Keys(item, keys);
            }
        }
    }

    private static string Write(TempFolder temp)
    {
        var model = SampleDistrict.Create();
        var gpkg = temp.File("d.gpkg");
        DistrictGeoPackage.Write(model, gpkg);
        SurveyStore.Write(gpkg,
        [
            new SurveyEntry(SurveyRecord.FromBuilding(model.Buildings[0]) with { Vs30 = 180 }, true),
            new SurveyEntry(SurveyRecord.FromBuilding(model.Buildings[1]) with { SiteClass = SiteClass.III }, true),
        ]);
        return gpkg;
    }
}
