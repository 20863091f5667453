using Seismic.Engine.Risk.Scenario;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Scenario;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Scenario;

public sealed class ScenarioGmfReaderTests
{
    private static readonly string Data = Path.Combine(AppContext.BaseDirectory, "data", "gmf");

    [Fact]
    public void Read_TakesAnOpenQuakeExport_WithItsMetadataLine_AndTheSiteMeshBesideIt()
    {
        using var temp = new TempFolder();
        var district = District(temp);

        var ground = ScenarioGmfReader.Read(File("gmf-data_7.csv"), null, district);

        ground.Events.Should().Be(3);
        ground.Grid.CellCount.Should().Be(5, "site 5 holds no building");
        ground.SourceSite.Should().Equal(0, 1, 2, 3, 4);
        var field = new double[5];
        ground.Field(2, field);
        Math.Exp(field[ground.Grid.BuildingCell[2]]).Should().BeApproximately(0.48, 1e-12, "building B-0003 stands on site 2");

        // Median over the events 0.21, 0.11, 0.35 at site 0; intensity from the median PGA and PGV (GB/T 17742-2020).
        Math.Exp(ground.LnMedianPga[ground.Grid.BuildingCell[0]]).Should().BeApproximately(0.21, 1e-12);
    }

    [Theory]
    [InlineData("gmf-constant.csv", "sitemesh_7.csv")]
    [InlineData("gmf-custom.csv", "sites-custom.csv")]
    public void Read_AcceptsTheOlderAndCustomSiteIdSpellings(string gmf, string sites)
    {
        using var temp = new TempFolder();

        var ground = ScenarioGmfReader.Read(File(gmf), File(sites), District(temp));

        ground.Events.Should().Be(2);
        ground.Grid.CellCount.Should().Be(5);
    }

    [Fact]
    public void Run_OnAConstantPgaFile_EqualsTheScalarDamagePathAtThatPga()
    {
        using var temp = new TempFolder();
        var district = District(temp);
        var ground = ScenarioGmfReader.Read(File("gmf-constant.csv"), File("sitemesh_7.csv"), district);
        var definition = ScenarioDefinition.ForGivenFields("gmf-constant.csv", ground.Events);

        var result = ScenarioRunner.Run(definition, district.Inputs, ground);

        var inputs = district.Inputs;
        for (var b = 0; b < inputs.Count; b++)
        {
            var curves = inputs.Classes[inputs.FragilityClass[b]].Curves;
            var p = curves.Evaluate(0.3);

            // 2e-7: the fixed-point sums (2⁻²⁴) and the vectorised normal CDF (1e-7).
            result.Buildings.Moderate[b].Should().BeApproximately(p.Moderate, 2e-7);
            result.Buildings.Extensive[b].Should().BeApproximately(p.Extensive, 2e-7);
            result.Buildings.Collapse[b].Should().BeApproximately(p.Collapse, 2e-7);
            result.Buildings.MedianPgaG[b].Should().BeApproximately(0.3, 1e-15);
        }
    }

    [Fact]
    public void Write_RecordsGivenFields_WithoutARupture()
    {
        using var temp = new TempFolder();
        var district = District(temp);
        var ground = ScenarioGmfReader.Read(File("gmf-data_7.csv"), null, district);
        var result = ScenarioRunner.Run(ScenarioDefinition.ForGivenFields("gmf-data_7.csv", ground.Events), district.Inputs, ground);
        var folder = temp.File("out");

        ScenarioOutputWriter.Write(result, district, folder);

        using var json = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(Path.Combine(folder, "summary.json")));
        var root = json.RootElement;
        root.GetProperty("ground_motion").GetString().Should().Be("given");
        root.GetProperty("gmf").GetString().Should().Be("gmf-data_7.csv");
        root.GetProperty("realizations").GetInt32().Should().Be(3);
        root.GetProperty("magnitude").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        System.IO.File.ReadAllLines(Path.Combine(folder, "buildings.csv")).Should().HaveCount(6);
    }

    [Theory]
    [InlineData("gmf-no-pga.csv", "sitemesh_7.csv", "gmf-no-pga.csv: line 1: missing column 'gmv_PGA'")]
    [InlineData("gmf-bad-value.csv", "sitemesh_7.csv", "gmf-bad-value.csv: line 4, column gmv_PGA: 'high' is not a finite number")]
    [InlineData("gmf-missing-site.csv", "sitemesh_7.csv", "gmf-missing-site.csv: event 1 (first row at line 7): no row for site 3")]
    [InlineData("gmf-unknown-site.csv", "sitemesh_7.csv", "gmf-unknown-site.csv: line 4, column site_id: GMF sites do not match: site 9 is not in the sites file")]
    [InlineData("gmf-constant.csv", "sites-far.csv", "GMF sites do not match the district: 4 of 5 buildings are farther than 500 m")]
    public void Read_ReportsFileLineAndField_OnBadInput(string gmf, string sites, string expected)
    {
        using var temp = new TempFolder();
        var district = District(temp);

        var act = () => ScenarioGmfReader.Read(File(gmf), File(sites), district);

        var error = act.Should().Throw<GeoDataException>().Which;
        error.Message.Should().Contain(expected);
        error.Message.Should().NotContain("\n");
    }

    [Fact]
    public void Read_ReportsTheFarthestBuilding_WhenSitesDoNotMatch()
    {
        using var temp = new TempFolder();

        var act = () => ScenarioGmfReader.Read(File("gmf-constant.csv"), File("sites-far.csv"), District(temp));

        // Buildings B-0001…B-0004 lie 0.04° of latitude (≈ 4.4 km) north of their sites.
        var message = act.Should().Throw<GeoDataException>().Which.Message;
        var farthest = double.Parse(message[(message.IndexOf("farthest ", StringComparison.Ordinal) + 9)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        farthest.Should().BeInRange(4_300, 4_500);
    }

    [Fact]
    public void Read_AcceptsABuildingFartherAway_WhenTheToleranceIsRaised()
    {
        using var temp = new TempFolder();

        var ground = ScenarioGmfReader.Read(File("gmf-constant.csv"), File("sites-far.csv"), District(temp), maxDistanceM: 5_000);

        ground.Events.Should().Be(2);
    }

    [Fact]
    public void Read_AsksForTheSitesFile_WhenNoSiteMeshLiesBesideTheGmf()
    {
        using var temp = new TempFolder();

        var act = () => ScenarioGmfReader.Read(File("gmf-constant.csv"), null, District(temp));

        act.Should().Throw<GeoDataException>().WithMessage("*--sites*");
    }

    private static string File(string name) => Path.Combine(Data, name);

    private static ScenarioDistrict District(TempFolder temp)
    {
        var gpkg = temp.File("d.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), gpkg);
        return ScenarioDistrict.Load(gpkg);
    }
}
