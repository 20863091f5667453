using NetTopologySuite.Geometries;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Tests.Fixtures;
using static Seismic.GeoData.Tests.Survey.SurveyCsvReaderTests;

namespace Seismic.GeoData.Tests.Survey;

public class SurveyImporterTests
{
    private static string District(TempFolder temp)
    {
        var path = temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);
        return path;
    }

    [Fact]
    public void Import_UpdatesKnownBuildings_AndAddsNewOnes()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);

        var result = SurveyImporter.Import(gpkg, Data("chinese_headers.csv"), Options);

        result.Errors.Should().BeEmpty();
        result.Imported.Should().Be(2);
        result.NewBuildings.Should().Be(1);
        var survey = SurveyStore.Read(gpkg);
        survey.Should().HaveCount(2).And.OnlyContain(e => e.Surveyed);
        var known = survey.Single(e => e.Record.Id == "B-0001").Record;
        known.OccupantsNight.Should().Be(120, "blank occupants take the district building's value");
        known.FloorAreaM2.Should().BeApproximately(2450.75, 1e-9);
        known.CommunityCode.Should().Be("440105-04-01", "filled by point in polygon");
        known.StreetCode.Should().Be("440105-04");
        var added = survey.Single(e => e.Record.Id == "N-0001").Record;
        added.CommunityCode.Should().Be("440105-04-02");
        var model = DistrictGeoPackage.Read(gpkg);
        model.Buildings.Should().HaveCount(6);
        model.Buildings.Single(b => b.Id == "N-0001").StructureType.Should().Be(StructureType.Masonry);
    }

    [Fact]
    public void Import_LeavesTheGeoPackageUnchanged_WhenAnyRowIsInvalid()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);
        SurveyImporter.Import(gpkg, Data("bom.csv"), Options).Succeeded.Should().BeTrue();
        var before = File.ReadAllBytes(gpkg);
        var csv = temp.File("mixed.csv");
        File.WriteAllText(csv,
            "building_id,lon,lat,structure_type,year_built,storeys\n" +
            "B-0002,113.3061,23.0951,masonry,1978,5\n" +
            "N-9,113.3011,23.0811,steel,2999,3\n");

        var result = SurveyImporter.Import(gpkg, csv, Options);

        result.Succeeded.Should().BeFalse();
        result.Imported.Should().Be(0);
        result.Errors.Should().ContainSingle().Which.ToString().Should().Be("line 3, year_built: 2999 is in the future");
        File.ReadAllBytes(gpkg).Should().Equal(before);
        SurveyStore.Read(gpkg).Select(e => e.Record.Id).Should().Equal("N-0201");
        Directory.GetFiles(temp.Path, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void Import_ReportsDuplicateIdsAndLocationsOutsideTheDistrict()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);
        var csv = temp.File("bad.csv");
        File.WriteAllText(csv,
            "building_id,lon,lat,structure_type,year_built,storeys,street,community\n" +
            "N-1,113.3011,23.0811,steel,2000,3,,\n" +
            "N-1,113.3012,23.0812,steel,2000,3,,\n" +
            "N-2,113.5000,23.0811,steel,2000,3,,\n" +
            "N-3,113.3013,23.0813,steel,2000,3,不存在街道,\n" +
            "N-4,113.3014,23.0814,steel,2000,3,,Nowhere\n");

        var result = SurveyImporter.Import(gpkg, csv, Options);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "line 3, building_id: 'N-1' is already on line 2; building ids must be unique",
            "line 4, lon: location 113.5, 23.0811 is outside the district boundary (海珠区（样例）)",
            "line 5, street: '不存在街道' is not a street of the district (give its code or name, or leave it blank)",
            "line 6, community: 'Nowhere' is not a community of the district (give its code or name, or leave it blank)");
        SurveyStore.HasSurvey(gpkg).Should().BeFalse();
    }

    [Fact]
    public void Import_AcceptsStreetAndCommunityNames()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);
        var csv = temp.File("names.csv");
        File.WriteAllText(csv,
            "编号,经度,纬度,结构类型,建成年份,地上层数,街道,社区\n" +
            "N-7,113.3011,23.0811,钢结构,2000,3,江南中街道,青凤社区\n");

        SurveyImporter.Import(gpkg, csv, Options).Errors.Should().BeEmpty();

        var record = SurveyStore.Read(gpkg).Single().Record;
        record.StreetCode.Should().Be("440105-04");
        record.CommunityCode.Should().Be("440105-04-01");
    }

    [Fact]
    public void Import_ReadsGeoJsonSurveys()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);

        var result = SurveyImporter.Import(gpkg, Data("survey.geojson"), Options);

        result.Errors.Should().BeEmpty();
        result.Imported.Should().Be(2);
        result.NewBuildings.Should().Be(1);
        var survey = SurveyStore.Read(gpkg);
        var added = survey.Single(e => e.Record.Id == "N-0301").Record;
        added.Footprint.Should().BeOfType<Polygon>();
        added.StructureType.Should().Be(StructureType.ShearWall);
        added.SoftStorey.Should().BeTrue();
        added.CommunityCode.Should().Be("440105-04-01");
        added.OccupantsNight.Should().Be(300);
        var school = survey.Single(e => e.Record.Id == "B-0003").Record;
        school.StructureType.Should().Be(StructureType.FrameShearWall);
        school.Use.Should().Be(BuildingUse.School, "a blank use takes the district's");
        school.Importance.Should().Be(ImportanceCategory.Key, "schools are key per GB 50223");
        school.Vs30.Should().BeApproximately(180, 1e-9);
    }

    [Fact]
    public void Import_ReportsGeoJsonProblemsByFeature()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);
        var path = temp.File("bad.geojson");
        File.WriteAllText(path, """
            {"type":"FeatureCollection","features":[
            {"type":"Feature","geometry":{"type":"Point","coordinates":[113.301,23.081]},"properties":{"building_id":"G-1","structure_type":"steel","year_built":2000,"storeys":3,"colour":"red"}},
            {"type":"Feature","geometry":{"type":"Point","coordinates":[113.302,23.082]},"properties":{"building_id":"G-2","structure_type":"steel","year_built":2999,"storeys":3}}]}
            """);

        var result = SurveyImporter.Import(gpkg, path, Options);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "feature 1, colour: unknown property; rename it to a survey column (see README \"The survey CSV\") or pass --allow-unknown-columns to ignore it",
            "feature 2, year_built: 2999 is in the future");
    }

    [Fact]
    public void Import_ListsBadGeometriesWithBadAttributes_AndImportsNothing()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);
        var before = File.ReadAllBytes(gpkg);

        var result = SurveyImporter.Import(gpkg, Data("bad_geometries.geojson"), Options);

        result.Succeeded.Should().BeFalse();
        result.Imported.Should().Be(0);
        result.Errors.Select(e => (e.Line, e.FeatureId, e.Column)).Should().Equal(
            (2, "G-2", "geometry"), (3, null, "geometry"), (4, "G-4", "year_built"));
        var lines = result.Errors.Select(e => e.ToString()).ToList();
        lines[0].Should().StartWith("feature 2 (id G-2), geometry: invalid Polygon: Self-intersection");
        lines[1].Should().StartWith("feature 3, geometry: unreadable geometry: ");
        lines[2].Should().Be("feature 4 (id G-4), year_built: 2999 is in the future");
        lines.Should().OnlyContain(l => !l.Contains('\n', StringComparison.Ordinal), "each error is one line");
        File.ReadAllBytes(gpkg).Should().Equal(before, "the good feature G-1 is not imported either");
        SurveyStore.HasSurvey(gpkg).Should().BeFalse();
    }

    [Fact]
    public void Import_ReplacesASurveyRow_WhenTheIdIsImportedAgain()
    {
        using var temp = new TempFolder();
        var gpkg = District(temp);
        var csv = temp.File("a.csv");
        File.WriteAllText(csv, "building_id,lon,lat,structure_type,year_built,storeys,condition\nB-0002,113.3061,23.0951,masonry,1978,5,fair\n");
        SurveyImporter.Import(gpkg, csv, Options).Succeeded.Should().BeTrue();
        File.WriteAllText(csv, "building_id,lon,lat,structure_type,year_built,storeys,condition\nB-0002,113.3061,23.0951,masonry,1978,5,dangerous\n");

        var again = SurveyImporter.Import(gpkg, csv, Options);

        again.NewBuildings.Should().Be(0);
        SurveyStore.Read(gpkg).Should().ContainSingle().Which.Record.Condition.Should().Be(BuildingCondition.Dangerous);
    }
}
