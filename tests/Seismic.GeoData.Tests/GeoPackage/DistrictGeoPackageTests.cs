using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using Seismic.GeoData.Tests.Fixtures;

namespace Seismic.GeoData.Tests.GeoPackage;

public sealed class DistrictGeoPackageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void WriteThenRead_RoundTripsEveryFieldAndExactGeometry()
    {
        var model = SampleDistrict.Create();
        var path = _temp.File("district.gpkg");

        DistrictGeoPackage.Write(model, path);
        var read = DistrictGeoPackage.Read(path);

        ModelAssert.Equivalent(model, read, tolerance: 0);
    }

    [Fact]
    public void Read_UsesDistrictFactory()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);

        var read = DistrictGeoPackage.Read(path);

        read.Buildings[0].Footprint.SRID.Should().Be(4326);
        read.Buildings[0].Footprint.Factory.SRID.Should().Be(4326);
        read.Buildings[0].Footprint.Factory.PrecisionModel.Should().Be(DistrictGeometry.Factory.PrecisionModel);
    }

    [Fact]
    public void Write_MarksFileAsGeoPackage13()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);

        using var db = Open(path);

        Scalar(db, "PRAGMA application_id").Should().Be(0x47504B47L);
        Scalar(db, "PRAGMA user_version").Should().Be(10300L);
        Scalar(db, "PRAGMA integrity_check").Should().Be("ok");
    }

    [Fact]
    public void Write_RegistersMandatorySpatialReferenceRows()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);

        using var db = Open(path);

        Scalar(db, "SELECT organization FROM gpkg_spatial_ref_sys WHERE srs_id = -1").Should().Be("NONE");
        Scalar(db, "SELECT organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 0").Should().Be(0L);
        Scalar(db, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 0").Should().Be("undefined");
        Scalar(db, "SELECT organization || ':' || organization_coordsys_id FROM gpkg_spatial_ref_sys WHERE srs_id = 4326")
            .Should().Be("EPSG:4326");
        var wkt = (string)Scalar(db, "SELECT definition FROM gpkg_spatial_ref_sys WHERE srs_id = 4326")!;
        wkt.Should().StartWith("GEOGCS[\"WGS 84\"").And.Contain("298.257223563").And.EndWith("AUTHORITY[\"EPSG\",\"4326\"]]");
    }

    [Fact]
    public void Write_RegistersEveryLayerInContents_WithExtent()
    {
        var model = SampleDistrict.Create();
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(model, path);

        using var db = Open(path);

        foreach (var layer in DistrictGeoPackage.LayerNames)
        {
            var expectedType = layer == "district_info" ? "attributes" : "features";
            Scalar(db, $"SELECT data_type FROM gpkg_contents WHERE table_name = '{layer}'").Should().Be(expectedType, layer);
        }

        var buildings = new Envelope();
        foreach (var b in model.Buildings)
        {
            buildings.ExpandToInclude(b.Footprint.EnvelopeInternal);
        }

        using var command = db.CreateCommand();
        command.CommandText = "SELECT min_x, min_y, max_x, max_y, srs_id FROM gpkg_contents WHERE table_name = 'buildings'";
        using var row = command.ExecuteReader();
        row.Read().Should().BeTrue();
        row.GetDouble(0).Should().Be(buildings.MinX);
        row.GetDouble(1).Should().Be(buildings.MinY);
        row.GetDouble(2).Should().Be(buildings.MaxX);
        row.GetDouble(3).Should().Be(buildings.MaxY);
        row.GetInt64(4).Should().Be(4326);
    }

    [Theory]
    [InlineData("boundary", "POLYGON")]
    [InlineData("streets", "GEOMETRY")] // a Polygon and a MultiPolygon
    [InlineData("communities", "POLYGON")]
    [InlineData("roads", "LINESTRING")]
    [InlineData("buildings", "GEOMETRY")] // footprints and one Point
    [InlineData("shelters", "GEOMETRY")]
    [InlineData("shelter_entrances", "POINT")]
    [InlineData("assembly_points", "POINT")]
    public void Write_DeclaresGeometryType_OfEachLayer(string table, string type)
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);

        using var db = Open(path);

        Scalar(db, $"SELECT geometry_type_name || ',' || column_name || ',' || srs_id || ',' || z || ',' || m " +
                   $"FROM gpkg_geometry_columns WHERE table_name = '{table}'").Should().Be($"{type},geom,4326,0,0");
    }

    [Fact]
    public void Write_StoresTwoDimensionalBlobs_AsDeclaredByZAndM()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);

        using var db = Open(path);
        var blob = (byte[])Scalar(db, "SELECT geom FROM buildings WHERE id = 'B-0001'")!;

        // GeoPackage binary header (OGC 12-128r17 §2.1.3.1.1): "GP", version 0, flags, srs_id; flags bit 0 = little
        // endian, bits 1-3 = envelope indicator (1 = [minx, maxx, miny, maxy]), bit 4 = empty.
        blob[0].Should().Be((byte)'G');
        blob[1].Should().Be((byte)'P');
        blob[2].Should().Be(0);
        var flags = blob[3];
        ((flags >> 1) & 7).Should().Be(1, "an XY envelope, as z and m are prohibited");
        ((flags >> 4) & 1).Should().Be(0, "not empty");
        BitConverter.ToInt32(blob, 4).Should().Be(4326);
        var wkb = 8 + 32;
        blob[wkb].Should().Be(1, "little-endian WKB");
        BitConverter.ToUInt32(blob, wkb + 1).Should().Be(3u, "a 2D Polygon (ISO WKB type 3, not 3003 XYZM)");
        BitConverter.ToDouble(blob, 8).Should().Be(113.3050001, "the envelope starts with minx");
    }

    [Fact]
    public void Write_StoresEnumsAsSnakeCaseText_AndColumnsInSnakeCase()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);

        using var db = Open(path);

        Scalar(db, "SELECT structure_type FROM buildings WHERE id = 'B-0001'").Should().Be("rc_frame");
        Scalar(db, "SELECT structure_type FROM buildings WHERE id = 'B-0003'").Should().Be("frame_shear_wall");
        Scalar(db, "SELECT occupants_night FROM buildings WHERE id = 'B-0001'").Should().Be(120L);
        Scalar(db, "SELECT year_built FROM buildings WHERE id = 'B-0003'").Should().Be(DBNull.Value);
        Scalar(db, "SELECT category FROM shelters WHERE id = 'S-01'").Should().Be("class_i");
        Scalar(db, "SELECT category FROM shelters WHERE id = 'S-02'").Should().Be("immediate");
        Scalar(db, "SELECT count(*) FROM shelter_entrances WHERE shelter_id = 'S-01'").Should().Be(2L);
        Scalar(db, "SELECT class || '/' || structure FROM roads WHERE id = 3").Should().Be("motorway/tunnel");
        Scalar(db, "SELECT name FROM district_info").Should().Be("海珠区（样例）");
        Scalar(db, "SELECT schema_version FROM district_info").Should().Be(1L);
    }

    [Fact]
    public void Read_Throws_WhenFileIsNotSqlite()
    {
        var path = _temp.File("not-a-database.gpkg");
        File.WriteAllText(path, "building_id,lon,lat\nB-1,113.3,23.1\n");

        var act = () => DistrictGeoPackage.Read(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path && e.Message.StartsWith(path) && e.Message.Contains("not an SQLite database"));
    }

    [Fact]
    public void Read_Throws_WhenFileIsMissing()
    {
        var path = _temp.File("absent.gpkg");

        var act = () => DistrictGeoPackage.Read(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path && e.Message.Contains("not found"));
        File.Exists(path).Should().BeFalse("reading must not create the file");
    }

    [Fact]
    public void Read_NamesMissingTable_WhenGeoPackageComesFromAnotherTool()
    {
        var path = _temp.File("parcels.gpkg");
        using (var db = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            db.Open();
            Execute(db, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;" +
                        "CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT NOT NULL);" +
                        "CREATE TABLE parcels (fid INTEGER PRIMARY KEY, geom BLOB, owner TEXT);" +
                        "INSERT INTO gpkg_contents VALUES ('parcels', 'features');");
        }

        var act = () => DistrictGeoPackage.Read(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path && e.Message.Contains("district_info") && e.Location == "table district_info");
    }

    [Fact]
    public void Read_NamesTable_WhenALayerLacksItsColumns()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);
        using (var db = Open(path, SqliteOpenMode.ReadWrite))
        {
            Execute(db, "DROP TABLE roads; CREATE TABLE roads (fid INTEGER PRIMARY KEY, geom BLOB, highway TEXT);");
        }

        var act = () => DistrictGeoPackage.Read(path);

        act.Should().Throw<GeoDataException>().Where(e => e.File == path && e.Location == "table roads");
    }

    [Fact]
    public void Read_NamesTableAndRow_WhenGeometryBlobIsCorrupt()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);
        using (var db = Open(path, SqliteOpenMode.ReadWrite))
        {
            Execute(db, "UPDATE buildings SET geom = X'47500003E6100000010300' WHERE fid = 2");
        }

        var act = () => DistrictGeoPackage.Read(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.File == path && e.Location == "table buildings, row fid 2" && e.Message.Contains("geometry blob"));
    }

    [Fact]
    public void Read_NamesColumn_WhenEnumTextIsUnknown()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);
        using (var db = Open(path, SqliteOpenMode.ReadWrite))
        {
            Execute(db, "UPDATE buildings SET structure_type = 'bamboo' WHERE fid = 3");
        }

        var act = () => DistrictGeoPackage.Read(path);

        act.Should().Throw<GeoDataException>()
            .Where(e => e.Location == "table buildings, row fid 3, column structure_type"
                        && e.Message.Contains("bamboo") && e.Message.Contains("rc_frame"));
    }

    [Fact]
    public void Read_IgnoresTablesItDoesNotKnow()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);
        using (var db = Open(path, SqliteOpenMode.ReadWrite))
        {
            Execute(db, "CREATE TABLE scenario_damage (fid INTEGER PRIMARY KEY, building_id TEXT, p_collapse REAL);");
        }

        var read = DistrictGeoPackage.Read(path);

        read.Buildings.Should().HaveCount(5);
    }

    [Fact]
    public void Write_LeavesExistingFileUntouched_WhenWritingFails()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);
        var before = File.ReadAllBytes(path);
        var model = SampleDistrict.Create();
        var broken = model with { Buildings = new FailingList<Building>(model.Buildings, failAt: 3) };

        var act = () => DistrictGeoPackage.Write(broken, path);

        act.Should().Throw<InvalidOperationException>();
        File.ReadAllBytes(path).Should().Equal(before);
        Directory.GetFiles(_temp.Path).Should().ContainSingle("no temporary file or journal is left behind");
    }

    [Fact]
    public void Write_ReplacesExistingFile_WithFreshContent()
    {
        var path = _temp.File("district.gpkg");
        var model = SampleDistrict.Create();
        DistrictGeoPackage.Write(model, path);
        var smaller = model with { Buildings = [model.Buildings[0]], Roads = [] };

        DistrictGeoPackage.Write(smaller, path);
        var read = DistrictGeoPackage.Read(path);

        read.Buildings.Should().ContainSingle().Which.Id.Should().Be("B-0001");
        read.Roads.Should().BeEmpty();
    }

    [Fact]
    public void Write_ReportsProgressForEveryLayer()
    {
        var stages = new List<OperationProgress>();
        var progress = new SynchronousProgress<OperationProgress>(stages.Add);

        DistrictGeoPackage.Write(SampleDistrict.Create(), _temp.File("district.gpkg"), progress);

        foreach (var layer in DistrictGeoPackage.LayerNames)
        {
            stages.Should().Contain(p => p.Stage == "writing " + layer);
        }

        stages.Should().Contain(new OperationProgress("writing buildings", 5, 5));
    }

    [Fact]
    public void Read_ReportsProgressForEveryLayer()
    {
        var path = _temp.File("district.gpkg");
        DistrictGeoPackage.Write(SampleDistrict.Create(), path);
        var stages = new List<OperationProgress>();

        DistrictGeoPackage.Read(path, new SynchronousProgress<OperationProgress>(stages.Add));

        foreach (var layer in DistrictGeoPackage.LayerNames)
        {
            stages.Should().Contain(p => p.Stage == "reading " + layer);
        }

        stages.Should().Contain(new OperationProgress("reading buildings", 5, 5));
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode = SqliteOpenMode.ReadOnly)
    {
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        db.Open();
        return db;
    }

    private static object? Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
