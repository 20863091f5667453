using Seismic.GeoData.Survey;
using Seismic.GeoData.Tests.Fixtures;
using static Seismic.GeoData.Tests.Survey.SurveyCsvReaderTests;

namespace Seismic.GeoData.Tests.Survey;

public class SurveyGeoJsonReaderTests
{
    private const string GoodFeature =
        """{"type":"Feature","id":"OK-1","geometry":{"type":"Point","coordinates":[113.308,23.082]},"properties":{"structure_type":"steel","year_built":2000,"storeys":3}}""";

    private static SurveyReadResult ReadWithSecondFeature(TempFolder temp, string geometryMember)
    {
        var path = temp.File("survey.geojson");
        File.WriteAllText(path,
            "{\"type\":\"FeatureCollection\",\"features\":[" + GoodFeature + ",\n"
            + "{\"type\":\"Feature\",\"id\":\"BAD-2\"" + geometryMember
            + ",\"properties\":{\"structure_type\":\"steel\",\"year_built\":2000,\"storeys\":0}}]}");
        return SurveyGeoJsonReader.Read(path, Options);
    }

    [Theory]
    [InlineData("", "the feature has no geometry")]
    [InlineData(",\"geometry\":null", "the feature has no geometry")]
    [InlineData(",\"geometry\":{\"type\":\"Point\",\"coordinates\":\"113.3,23.08\"}", "unreadable geometry: ")]
    [InlineData(",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[]}", "the geometry is empty")]
    [InlineData(",\"geometry\":{\"type\":\"Point\",\"coordinates\":[23.08,213.3]}", "coordinate (23.08, 213.3) is outside WGS84 range")]
    [InlineData(",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[113.308,23.082],[113.3083,23.0823],[113.3083,23.082],[113.308,23.0823],[113.308,23.082]]]}", "invalid Polygon: Self-intersection")]
    [InlineData(",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[113.308,23.082],[113.309,23.083]]}", "expected a Polygon, MultiPolygon or Point footprint, found LineString")]
    public void Read_ListsABadGeometryWithTheFeaturesOtherProblems_AndGoesOn(string geometryMember, string problem)
    {
        using var temp = new TempFolder();

        var result = ReadWithSecondFeature(temp, geometryMember);

        result.Rows.Select(r => r.Record.Id).Should().Equal("OK-1");
        result.Errors.Should().HaveCount(2);
        result.Errors[0].ToString().Should().StartWith("feature 2 (id BAD-2), geometry: " + problem);
        result.Errors[1].ToString().Should().Be("feature 2 (id BAD-2), storeys: 0 is outside 1…200",
            "the properties of a feature whose geometry is refused are still checked, and lon/lat are not asked for");
    }

    [Fact]
    public void Read_ListsEveryBadFeature_NotOnlyTheFirst()
    {
        using var temp = new TempFolder();
        var path = temp.File("survey.geojson");
        var bad = """{"type":"Feature","geometry":{"type":"Polygon","coordinates":[]},"properties":{"building_id":"E","structure_type":"steel","year_built":2000,"storeys":3}}""";
        File.WriteAllText(path, "{\"type\":\"FeatureCollection\",\"features\":[" + bad + "," + GoodFeature + "," + bad + "," + bad + "]}");

        var result = SurveyGeoJsonReader.Read(path, Options);

        result.Errors.Select(e => e.ToString()).Should().Equal(
            "feature 1, geometry: the geometry is empty",
            "feature 3, geometry: the geometry is empty",
            "feature 4, geometry: the geometry is empty");
        result.Rows.Should().ContainSingle();
    }

    [Fact]
    public void Read_StillStops_WhenTheFileIsNotGeoJson()
    {
        using var temp = new TempFolder();
        var path = temp.File("survey.geojson");
        File.WriteAllText(path, """{"type":"FeatureCollection","features":[{"type":"Polygon","coordinates":[]}]}""");

        var act = () => SurveyGeoJsonReader.Read(path, Options);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path && e.Location == "feature 1");
    }
}
