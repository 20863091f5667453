using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace Seismic.GeoData.GeoPackage;

/// <summary>
/// The OGC GeoPackage 1.3 core (OGC 12-128r17): file identification, the spatial reference, contents and geometry
/// column tables, and the registration of feature and attribute tables.
/// </summary>
internal static class GeoPackageSchema
{
    /// <summary>'GPKG' in ASCII as a big-endian 32-bit integer (spec requirement 2).</summary>
    public const int ApplicationId = 0x47504B47;

    /// <summary>Version 1.3.0 as MMmmpp (spec requirement 2).</summary>
    public const int UserVersion = 10300;

    /// <summary>WKT of EPSG:4326 as given in the spec's table of mandatory rows (OGC 12-128r17, Annex F / §1.1.2).</summary>
    public const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]]," +
        "AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]]," +
        "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    /// <summary>Name of the geometry column of every feature table.</summary>
    public const string GeometryColumn = "geom";

    private const string CoreDdl = """
        CREATE TABLE gpkg_spatial_ref_sys (
          srs_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL PRIMARY KEY,
          organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL,
          definition TEXT NOT NULL,
          description TEXT);
        CREATE TABLE gpkg_contents (
          table_name TEXT NOT NULL PRIMARY KEY,
          data_type TEXT NOT NULL,
          identifier TEXT UNIQUE,
          description TEXT DEFAULT '',
          last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
          srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (
          table_name TEXT NOT NULL,
          column_name TEXT NOT NULL,
          geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL,
          z TINYINT NOT NULL,
          m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
          CONSTRAINT uk_gc_table_name UNIQUE (table_name),
          CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
          CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        INSERT INTO gpkg_spatial_ref_sys VALUES
          ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
          ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
        """;

    /// <summary>The gpkg_contents.last_change form: ISO 8601 UTC with milliseconds (GeoPackage 1.3 §1.1.3.1.1).</summary>
    public static string Timestamp(DateTime utc) =>
        utc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Sets last_change of every registered table to <paramref name="utc"/>.</summary>
    public static void StampContents(SqliteConnection connection, SqliteTransaction transaction, DateTime utc)
    {
        using var command = Command(connection, transaction, "UPDATE gpkg_contents SET last_change = $t");
        command.Parameters.AddWithValue("$t", Timestamp(utc));
        command.ExecuteNonQuery();
    }

    /// <summary>Sets the file identification and creates the mandatory tables and spatial reference rows.</summary>
    public static void CreateCore(SqliteConnection connection, SqliteTransaction transaction)
    {
        Execute(connection, transaction, CoreDdl);
        using var srs = Command(connection, transaction,
            "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $wkt, " +
            "'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')");
        srs.Parameters.AddWithValue("$wkt", Wgs84Wkt);
        srs.ExecuteNonQuery();
    }

    /// <summary>Creates a feature table (fid, geom, then the given columns) and registers it with its extent.</summary>
    public static void CreateFeatureTable(
        SqliteConnection connection, SqliteTransaction transaction, string table, string description,
        string geometryTypeName, Envelope extent, IReadOnlyList<LayerColumn> columns)
    {
        Execute(connection, transaction,
            $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, " +
            $"\"{GeometryColumn}\" {geometryTypeName}{ColumnList(columns)})");
        using var contents = Command(connection, transaction,
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) " +
            "VALUES ($t, 'features', $t, $d, $x0, $y0, $x1, $y1, 4326)");
        contents.Parameters.AddWithValue("$t", table);
        contents.Parameters.AddWithValue("$d", description);
        contents.Parameters.AddWithValue("$x0", extent.IsNull ? DBNull.Value : extent.MinX);
        contents.Parameters.AddWithValue("$y0", extent.IsNull ? DBNull.Value : extent.MinY);
        contents.Parameters.AddWithValue("$x1", extent.IsNull ? DBNull.Value : extent.MaxX);
        contents.Parameters.AddWithValue("$y1", extent.IsNull ? DBNull.Value : extent.MaxY);
        contents.ExecuteNonQuery();
        using var geometryColumns = Command(connection, transaction,
            "INSERT INTO gpkg_geometry_columns VALUES ($t, $c, $g, 4326, 0, 0)");
        geometryColumns.Parameters.AddWithValue("$t", table);
        geometryColumns.Parameters.AddWithValue("$c", GeometryColumn);
        geometryColumns.Parameters.AddWithValue("$g", geometryTypeName);
        geometryColumns.ExecuteNonQuery();
    }

    /// <summary>Creates a non-spatial attributes table (GeoPackage §2.4) and registers it.</summary>
    public static void CreateAttributesTable(
        SqliteConnection connection, SqliteTransaction transaction, string table, string description,
        IReadOnlyList<LayerColumn> columns)
    {
        Execute(connection, transaction,
            $"CREATE TABLE \"{table}\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL{ColumnList(columns)})");
        using var contents = Command(connection, transaction,
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ($t, 'attributes', $t, $d)");
        contents.Parameters.AddWithValue("$t", table);
        contents.Parameters.AddWithValue("$d", description);
        contents.ExecuteNonQuery();
    }

    /// <summary>
    /// The geometry_type_name for a layer: the common type when all geometries share one (POLYGON, POINT …), GEOMETRY
    /// when they are mixed, or <paramref name="emptyDefault"/> when the layer is empty.
    /// </summary>
    public static string GeometryTypeName(OgcGeometryType? common, bool mixed, string emptyDefault)
    {
        if (mixed)
        {
            return "GEOMETRY";
        }

        return common switch
        {
            null => emptyDefault,
            OgcGeometryType.Point => "POINT",
            OgcGeometryType.LineString => "LINESTRING",
            OgcGeometryType.Polygon => "POLYGON",
            OgcGeometryType.MultiPoint => "MULTIPOINT",
            OgcGeometryType.MultiLineString => "MULTILINESTRING",
            OgcGeometryType.MultiPolygon => "MULTIPOLYGON",
            OgcGeometryType.GeometryCollection => "GEOMETRYCOLLECTION",
            _ => "GEOMETRY",
        };
    }

    /// <summary>An INSERT with one parameter per column ($p0 = geometry when <paramref name="withGeometry"/>).</summary>
    public static SqliteCommand PrepareInsert(
        SqliteConnection connection, SqliteTransaction transaction, string table, bool withGeometry,
        IReadOnlyList<LayerColumn> columns)
    {
        var names = new List<string>();
        if (withGeometry)
        {
            names.Add(GeometryColumn);
        }

        foreach (var column in columns)
        {
            names.Add(column.Name);
        }

        var values = new string[names.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = "$p" + i.ToString(CultureInfo.InvariantCulture);
        }

        var command = Command(connection, transaction,
            $"INSERT INTO \"{table}\" (\"{string.Join("\", \"", names)}\") VALUES ({string.Join(", ", values)})");
        foreach (var value in values)
        {
            command.Parameters.Add(new SqliteParameter(value, null));
        }

        command.Prepare();
        return command;
    }

    /// <summary>Runs SQL that returns nothing.</summary>
    public static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = Command(connection, transaction, sql);
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // Identifiers come from the fixed layer schema in this assembly, values are parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        return command;
    }

    private static string ColumnList(IReadOnlyList<LayerColumn> columns)
    {
        var list = string.Empty;
        foreach (var column in columns)
        {
            list += $", \"{column.Name}\" {column.SqlType}";
        }

        return list;
    }
}
