using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Survey;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.Survey;

public class SurveyStoreTests
{
    private static SurveyEntry Full(Building b) => new(SurveyRecord.FromBuilding(b, 7) with
    {
        Importance = ImportanceCategory.Special,
        SiteClass = SiteClass.IV,
        Vs30 = 123.5,
        Condition = BuildingCondition.Dangerous,
        VerticalIrregularity = Irregularity.Severe,
        SoftStorey = true,
        PlanIrregularity = true,
        ShortColumns = true,
        Pounding = true,
        FallingHazards = true,
        Surveyor = "梁国华",
        SurveyDate = new DateOnly(2024, 2, 29),
        Photos = ["photos/a.jpg", "photos/b.jpg"],
    }, true);

    [Fact]
    public void WriteDistrict_ThenRead_RoundTripsEveryField()
    {
        using var temp = new TempFolder();
        var model = SampleDistrict.Create();
        var gpkg = temp.File("d.gpkg");
        var entries = new[] { Full(model.Buildings[0]), new SurveyEntry(SurveyRecord.FromBuilding(model.Buildings[2]), false) };

        SurveyStore.WriteDistrict(model, entries, gpkg);

        var read = SurveyStore.Read(gpkg);
        read.Should().HaveCount(2);
        read[0].Surveyed.Should().BeTrue();
        read[1].Surveyed.Should().BeFalse();
        var a = read[0].Record;
        var e = entries[0].Record;
        a.Should().BeEquivalentTo(e, o => o.Excluding(r => r.Footprint).Excluding(r => r.Photos));
        a.Photos.Should().Equal(e.Photos);
        a.Footprint.EqualsExact(e.Footprint, 1e-12).Should().BeTrue();
        read[1].Record.Footprint.Should().BeOfType<Point>();
        read[1].Record.SiteClass.Should().BeNull();
        read[1].Record.SurveyDate.Should().BeNull();
        DistrictGeoPackage.Read(gpkg).Buildings.Should().HaveCount(model.Buildings.Count, "the district layers are written too");
    }

    [Fact]
    public void Write_RegistersTheSurveyLayer_InGeoPackageContentsAndGeometryColumns()
    {
        using var temp = new TempFolder();
        var model = SampleDistrict.Create();
        var gpkg = temp.File("d.gpkg");
        DistrictGeoPackage.Write(model, gpkg);
        SurveyStore.HasSurvey(gpkg).Should().BeFalse();
        SurveyStore.Read(gpkg).Should().BeEmpty();

        SurveyStore.Write(gpkg, [Full(model.Buildings[0]), Full(model.Buildings[1])]);

        SurveyStore.HasSurvey(gpkg).Should().BeTrue();
        using var connection = new SqliteConnection($"Data Source={gpkg};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT c.data_type, c.srs_id, g.column_name, g.geometry_type_name, c.min_x FROM gpkg_contents c " +
                              "JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.table_name = 'survey'";
        using var row = command.ExecuteReader();
        row.Read().Should().BeTrue();
        row.GetString(0).Should().Be("features");
        row.GetInt32(1).Should().Be(4326);
        row.GetString(2).Should().Be("geom");
        row.GetString(3).Should().Be("GEOMETRY");
        row.GetDouble(4).Should().BeApproximately(113.3050001, 1e-9);
    }

    [Fact]
    public void Write_ReplacesTheWholeLayer()
    {
        using var temp = new TempFolder();
        var model = SampleDistrict.Create();
        var gpkg = temp.File("d.gpkg");
        SurveyStore.WriteDistrict(model, [Full(model.Buildings[0]), Full(model.Buildings[1])], gpkg);

        SurveyStore.Write(gpkg, [Full(model.Buildings[3])]);

        SurveyStore.Read(gpkg).Select(e => e.Record.Id).Should().Equal("B-0004");
    }

    [Fact]
    public void Read_KeepsTableOrder_ForALayerReadInParallelRanges()
    {
        using var temp = new TempFolder();
        var model = SampleDistrict.Create();
        var gpkg = temp.File("d.gpkg");
        var template = SurveyRecord.FromBuilding(model.Buildings[0]);
        var entries = new SurveyEntry[25_000];
        for (var i = 0; i < entries.Length; i++)
        {
            var id = "P-" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
            entries[i] = new SurveyEntry(template with { Id = id, Storeys = 1 + (i % 30) }, i % 3 != 0);
        }

        SurveyStore.WriteDistrict(model, entries, gpkg);
        var read = SurveyStore.Read(gpkg);

        read.Should().HaveCount(entries.Length);
        read.Select(e => e.Record.Id).Should().Equal(entries.Select(e => e.Record.Id));
        read.Select(e => (e.Record.Storeys, e.Surveyed)).Should().Equal(entries.Select(e => (e.Record.Storeys, e.Surveyed)));
    }
}
