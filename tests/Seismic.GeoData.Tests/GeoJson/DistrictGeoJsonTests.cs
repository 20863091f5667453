using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using Seismic.Engine.District;
using Seismic.GeoData.GeoJson;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.GeoJson;

public sealed class DistrictGeoJsonTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", "geojson", name);

    [Fact]
    public void ExportThenImport_RoundTripsEveryField()
    {
        var model = SampleDistrict.Create();

        DistrictGeoJson.Export(model, _temp.Path);
        var read = DistrictGeoJson.Import(_temp.Path);

        ModelAssert.Equivalent(model, read, tolerance: 1e-9);
    }

    [Fact]
    public void Export_WritesOneFeatureCollectionPerLayer_WithoutCrsMember()
    {
        DistrictGeoJson.Export(SampleDistrict.Create(), _temp.Path);

        File.Exists(_temp.File("district_info.json")).Should().BeTrue();
        foreach (var layer in DistrictGeoPackage.LayerNames)
        {
            if (layer == "district_info")
            {
                continue;
            }

            using var document = JsonDocument.Parse(File.ReadAllBytes(_temp.File(layer + ".geojson")));
            document.RootElement.GetProperty("type").GetString().Should().Be("FeatureCollection", layer);
            document.RootElement.TryGetProperty("crs", out _).Should().BeFalse("RFC 7946 §4 drops the crs member");
        }

        Directory.GetFiles(_temp.Path).Should().HaveCount(DistrictGeoPackage.LayerNames.Count, "no temporary files remain");
    }

    [Fact]
    public void Export_OrientsRingsByRightHandRule()
    {
        var model = SampleDistrict.Create();
        var clockwise = (Polygon)model.Streets[0].Geometry.Reverse();
        var withHole = DistrictGeometry.Factory.CreatePolygon(
            (LinearRing)SampleDistrict.Rect(113.30, 23.08, 113.31, 23.09).Shell.Reverse(),
            [SampleDistrict.Rect(113.302, 23.082, 113.304, 23.084).Shell]);
        var edited = model with
        {
            Streets = [model.Streets[0] with { Geometry = clockwise }, model.Streets[1]],
            Communities = [model.Communities[0] with { Geometry = withHole }, model.Communities[1], model.Communities[2]],
        };
        Orientation.IsCCW(clockwise.Shell.CoordinateSequence).Should().BeFalse("the test starts from a clockwise shell");

        DistrictGeoJson.Export(edited, _temp.Path);
        var streets = DistrictGeoJson.ReadLayer(_temp.File("streets.geojson"));
        var communities = DistrictGeoJson.ReadLayer(_temp.File("communities.geojson"));

        var street = (Polygon)streets[0].Geometry;
        Orientation.IsCCW(street.Shell.CoordinateSequence).Should().BeTrue("RFC 7946 §3.1.6: exterior rings counter-clockwise");
        street.EqualsTopologically(clockwise).Should().BeTrue();
        var community = (Polygon)communities[0].Geometry;
        Orientation.IsCCW(community.Shell.CoordinateSequence).Should().BeTrue();
        Orientation.IsCCW(community.GetInteriorRingN(0).CoordinateSequence).Should().BeFalse("holes clockwise");
        community.EqualsTopologically(withHole).Should().BeTrue();
    }

    [Fact]
    public void Export_WritesChineseTextUnescaped()
    {
        DistrictGeoJson.Export(SampleDistrict.Create(), _temp.Path);

        var streets = File.ReadAllText(_temp.File("streets.geojson"));
        var info = File.ReadAllText(_temp.File("district_info.json"));

        streets.Should().Contain("\"name\":\"江南中街道\"").And.NotContain("\\u");
        info.Should().Contain("海珠区（样例）").And.NotContain("\\u");
        File.ReadAllText(_temp.File("roads.geojson")).Should().Contain("青凤大街\\\"三巷\\\"", "quotes are still escaped");
    }

    [Fact]
    public void Export_WritesEnumsAsSnakeCase_AndUnknownValuesAsNull()
    {
        DistrictGeoJson.Export(SampleDistrict.Create(), _temp.Path);

        var buildings = DistrictGeoJson.ReadLayer(_temp.File("buildings.geojson"));

        buildings[0].Id.Should().Be("B-0001");
        buildings[0].Properties["structure_type"].Should().Be("rc_frame");
        buildings[2].Properties["year_built"].Should().BeNull();
        buildings[2].Properties["floor_area_m2"].Should().Be(8800L, "whole numbers read back as long");
    }

    [Fact]
    public void Export_LeavesExistingLayerFileUntouched_WhenWritingFails()
    {
        var model = SampleDistrict.Create();
        DistrictGeoJson.Export(model, _temp.Path);
        var before = File.ReadAllBytes(_temp.File("buildings.geojson"));
        var broken = model with { Buildings = new FailingList<Building>(model.Buildings, failAt: 2) };

        var act = () => DistrictGeoJson.Export(broken, _temp.Path);

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllBytes(_temp.File("buildings.geojson")).Should().Equal(before);
        Directory.GetFiles(_temp.Path, "*.tmp").Should().BeEmpty();
    }

    [Fact]
    public void ReadLayer_ReadsUserFile_WithPlainPropertyValues()
    {
        var features = DistrictGeoJson.ReadLayer(Data("user_parks.geojson"));

        var park = features.Should().ContainSingle().Subject;
        park.Id.Should().Be("42");
        park.Number.Should().Be(1);
        park.Geometry.SRID.Should().Be(4326);
        park.RequireString("name").Should().Be("晓港公园");
        park.RequireInt32("area_m2").Should().Be(45000);
        park.RequireInt32("capacity").Should().Be(30000, "a whole-valued decimal is accepted as an integer");
        park.RequireDouble("ratio").Should().BeApproximately(0.75, 1e-15);
        park.RequireDouble("area_m2").Should().BeApproximately(45000, 1e-9);
        park.RequireBoolean("open").Should().BeTrue();
        park.OptionalString("note", "none").Should().Be("none");
        park.OptionalDouble("missing").Should().BeNull();
        ((string)park.Properties["cp"]!).Should().Be("[113.31, 23.087]");
    }

    [Fact]
    public void ReadLayer_NamesFeatureAndReason_WhenPolygonSelfIntersects()
    {
        var path = Data("bowtie.geojson");

        var act = () => DistrictGeoJson.ReadLayer(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path && e.Location == "feature 2 (id bowtie-7)"
                        && e.Message.Contains("Self-intersection", StringComparison.OrdinalIgnoreCase)
                        && e.Message.Contains("113.305"));
    }

    [Fact]
    public void ReadLayer_NamesFeature_WhenCoordinateIsOutOfRange()
    {
        var path = Data("out_of_range.geojson");

        var act = () => DistrictGeoJson.ReadLayer(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path && e.Location == "feature 1" && e.Message.Contains("outside WGS84 range")
                        && e.Message.Contains("113.3"));
    }

    [Fact]
    public void ReadLayer_NamesFileAndLine_WhenJsonIsInvalid()
    {
        var path = Data("truncated.geojson");

        var act = () => DistrictGeoJson.ReadLayer(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path && e.Location != null && e.Location.StartsWith("line ") && e.Message.Contains("invalid JSON"));
    }

    [Fact]
    public void ReadLayer_Throws_WhenFileIsNotGeoJson()
    {
        var path = _temp.File("list.json");
        File.WriteAllText(path, "[1, 2, 3]");

        var act = () => DistrictGeoJson.ReadLayer(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path && e.Message.Contains("FeatureCollection"));
    }

    [Fact]
    public void RequireString_NamesFeatureAndProperty_WhenPropertyIsMissing()
    {
        var features = DistrictGeoJson.ReadLayer(Data("user_parks.geojson"));

        var act = () => features[0].RequireString("code");

        act.Should().Throw<GeoDataException>()
            .Where(e => e.Location == "feature 1 (id 42), property 'code'" && e.Message.Contains("missing"));
    }

    [Fact]
    public void Import_NamesFileFeatureAndProperty_WhenRequiredPropertyIsMissing()
    {
        DistrictGeoJson.Export(SampleDistrict.Create(), _temp.Path);
        var streets = _temp.File("streets.geojson");
        File.Copy(Data("streets_missing_code.geojson"), streets, overwrite: true);

        var act = () => DistrictGeoJson.Import(_temp.Path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == streets && e.Location == "feature 2, property 'code'");
    }

    [Fact]
    public void Import_NamesFile_WhenALayerIsMissing()
    {
        DistrictGeoJson.Export(SampleDistrict.Create(), _temp.Path);
        var roads = _temp.File("roads.geojson");
        File.Delete(roads);

        var act = () => DistrictGeoJson.Import(_temp.Path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == roads && e.Message.Contains("not found"));
    }

    [Fact]
    public void Import_NamesProperty_WhenEnumTextIsUnknown()
    {
        DistrictGeoJson.Export(SampleDistrict.Create(), _temp.Path);
        var buildings = _temp.File("buildings.geojson");
        File.WriteAllText(buildings, File.ReadAllText(buildings).Replace("\"masonry\"", "\"straw\""));

        var act = () => DistrictGeoJson.Import(_temp.Path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == buildings && e.Location == "feature 2 (id B-0002), property 'structure_type'"
                        && e.Message.Contains("straw"));
    }
}
