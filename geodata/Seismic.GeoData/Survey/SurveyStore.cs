using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.Buildings;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;
using L = Seismic.GeoData.GeoPackage.DistrictLayers;

namespace Seismic.GeoData.Survey;

/// <summary>
/// The <c>survey</c> layer of a district GeoPackage: a feature table (registered in gpkg_contents and
/// gpkg_geometry_columns like the district layers, so QGIS opens it) with one row per building and a column per
/// <see cref="SurveyRecord"/> field. Every change is made on a copy of the file in one SQLite transaction and the
/// copy replaces the original only after the commit, so a failure leaves the district file byte-for-byte unchanged.
/// </summary>
public static partial class SurveyStore
{
    /// <summary>Name of the survey table.</summary>
    public const string TableName = SurveyLayer.Table;

    /// <summary>True when the GeoPackage holds a survey table.</summary>
    /// <param name="path">District GeoPackage.</param>
    public static bool HasSurvey(string path)
    {
        using var connection = Open(path, SqliteOpenMode.ReadOnly);
        return TableExists(connection, null, SurveyLayer.Table);
    }

    /// <summary>Reads the survey layer, in table order; empty when the file has none.</summary>
    /// <param name="path">District GeoPackage.</param>
    /// <returns>One entry per row.</returns>
    /// <exception cref="GeoDataException">The file is missing or a row is malformed (the message names the row and column).</exception>
    public static IReadOnlyList<SurveyEntry> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            return TableExists(connection, null, SurveyLayer.Table) ? ReadAll(path, connection) : [];
        }
        catch (SqliteException e)
        {
            throw new GeoDataException(path, $"table {SurveyLayer.Table}", $"cannot read the survey layer: {e.Message}", e);
        }
    }

    /// <summary>The ids of the district's buildings layer, in table order (no geometry is read).</summary>
    /// <param name="path">District GeoPackage.</param>
    public static IReadOnlyList<string> BuildingIds(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT id FROM \"{L.Buildings}\" ORDER BY fid";
            using var reader = command.ExecuteReader();
            var ids = new List<string>();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
        catch (SqliteException e)
        {
            throw new GeoDataException(path, $"table {L.Buildings}", $"cannot read the building ids: {e.Message}", e);
        }
    }

    /// <summary>Writes a district and its survey layer to a new GeoPackage in one atomic step.</summary>
    /// <param name="model">The district.</param>
    /// <param name="survey">One entry per building (or fewer).</param>
    /// <param name="path">Destination; replaced only when everything was written.</param>
    /// <param name="progress">Progress of the district layers.</param>
    /// <param name="lastChange">
    /// Time stamped on every layer in gpkg_contents; null stamps the current time. A generated district passes a fixed
    /// time so that the same seed gives the same file byte for byte.
    /// </param>
    public static void WriteDistrict(
        DistrictModel model, IReadOnlyList<SurveyEntry> survey, string path, IProgress<OperationProgress>? progress = null,
        DateTime? lastChange = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, temp =>
        {
            var stamp = lastChange ?? DateTime.UtcNow;
            DistrictGeoPackage.Write(model, temp, progress, stamp);
            progress?.Report(new OperationProgress("writing " + SurveyLayer.Table, 0, survey.Count));
            Change(temp, (connection, transaction) => Replace(connection, transaction, survey, replaceAll: true, stamp));
            progress?.Report(new OperationProgress("writing " + SurveyLayer.Table, survey.Count, survey.Count));
        });
    }

    /// <summary>Replaces the whole survey layer of an existing district GeoPackage (all-or-nothing).</summary>
    /// <param name="path">District GeoPackage.</param>
    /// <param name="survey">The new layer.</param>
    public static void Write(string path, IReadOnlyList<SurveyEntry> survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        Modify(path, (connection, transaction) => Replace(connection, transaction, survey, replaceAll: true, DateTime.UtcNow));
    }

    /// <summary>
    /// Adds or replaces survey rows by building id and adds new buildings to the buildings layer, all in one
    /// transaction on a copy that replaces the file only after the commit.
    /// </summary>
    /// <param name="path">District GeoPackage.</param>
    /// <param name="survey">Rows to add or replace (by building id).</param>
    /// <param name="newBuildings">Buildings to append to the buildings layer.</param>
    public static void Upsert(string path, IReadOnlyList<SurveyEntry> survey, IReadOnlyList<Building> newBuildings)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(newBuildings);
        Modify(path, (connection, transaction) =>
        {
            var now = DateTime.UtcNow;
            Replace(connection, transaction, survey, replaceAll: false, now);
            AppendBuildings(connection, transaction, newBuildings, now);
        });
    }

    private static void Modify(string path, Action<SqliteConnection, SqliteTransaction> change)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        AtomicFile.Write(path, temp =>
        {
            File.Copy(path, temp);
            Change(temp, change);
        });
    }

    private static void Change(string file, Action<SqliteConnection, SqliteTransaction> change)
    {
        using var connection = Open(file, SqliteOpenMode.ReadWrite);
        GeoPackageSchema.Execute(connection, null, "PRAGMA journal_mode = MEMORY;");
        using var transaction = connection.BeginTransaction();
        change(connection, transaction);
        transaction.Commit();
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static bool TableExists(SqliteConnection connection, SqliteTransaction? transaction, string table)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $t";
        command.Parameters.AddWithValue("$t", table);
        return (long)command.ExecuteScalar()! > 0;
    }

    private static void Replace(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<SurveyEntry> survey, bool replaceAll, DateTime stamp)
    {
        var extent = new Envelope();
        foreach (var entry in survey)
        {
            extent.ExpandToInclude(entry.Record.Footprint.EnvelopeInternal);
        }

        var exists = TableExists(connection, transaction, SurveyLayer.Table);
        if (exists && replaceAll)
        {
            GeoPackageSchema.Execute(connection, transaction, $"DELETE FROM \"{SurveyLayer.Table}\"");
        }

        if (!exists)
        {
            GeoPackageSchema.CreateFeatureTable(connection, transaction, SurveyLayer.Table, SurveyLayer.Description, "GEOMETRY", extent, SurveyLayer.Columns);
        }

        // Both paths end with the layer's extent and last_change set, the latter to the caller's stamp.
        GrowExtent(connection, transaction, SurveyLayer.Table, extent, replace: replaceAll || !exists, stamp);

        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;
        delete.CommandText = $"DELETE FROM \"{SurveyLayer.Table}\" WHERE building_id = $id";
        var idParameter = delete.Parameters.Add(new SqliteParameter("$id", string.Empty));
        using var insert = GeoPackageSchema.PrepareInsert(connection, transaction, SurveyLayer.Table, true, SurveyLayer.Columns);
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        var p = insert.Parameters;
        foreach (var entry in survey)
        {
            var r = entry.Record;
            if (!replaceAll)
            {
                idParameter.Value = r.Id;
                delete.ExecuteNonQuery();
            }

            p[0].Value = writer.Write(InStorageSrid(r.Footprint));
            p[1].Value = r.Id;
            p[2].Value = entry.Surveyed;
            p[3].Value = r.Address;
            p[4].Value = r.StreetCode;
            p[5].Value = r.CommunityCode;
            p[6].Value = DistrictEnumText.ToText(r.StructureType);
            p[7].Value = Db(r.YearBuilt);
            p[8].Value = r.Storeys;
            p[9].Value = r.BasementStoreys;
            p[10].Value = Db(r.HeightM);
            p[11].Value = Db(r.FloorAreaM2);
            p[12].Value = DistrictEnumText.ToText(r.Use);
            p[13].Value = SurveyValueNames.ImportanceText(r.Importance);
            p[14].Value = r.OccupantsDay;
            p[15].Value = r.OccupantsNight;
            p[16].Value = Db(r.DesignIntensity);
            p[17].Value = r.SiteClass is { } site ? SurveyValueNames.SiteText(site) : DBNull.Value;
            p[18].Value = Db(r.Vs30);
            p[19].Value = SurveyValueNames.ConditionText(r.Condition);
            p[20].Value = SurveyValueNames.IrregularityText(r.VerticalIrregularity);
            p[21].Value = r.SoftStorey;
            p[22].Value = r.PlanIrregularity;
            p[23].Value = r.ShortColumns;
            p[24].Value = r.Pounding;
            p[25].Value = r.FallingHazards;
            p[26].Value = r.Surveyor;
            p[27].Value = r.SurveyDate is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;
            p[28].Value = string.Join(';', r.Photos);
            insert.ExecuteNonQuery();
        }
    }

    private static void AppendBuildings(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<Building> buildings, DateTime stamp)
    {
        if (buildings.Count == 0)
        {
            return;
        }

        var extent = new Envelope();
        foreach (var b in buildings)
        {
            extent.ExpandToInclude(b.Footprint.EnvelopeInternal);
        }

        GrowExtent(connection, transaction, L.Buildings, extent, replace: false, stamp);
        // A table declared POLYGON cannot take a point; the district writer declares buildings GEOMETRY when mixed.
        GeoPackageSchema.Execute(connection, transaction,
            $"UPDATE gpkg_geometry_columns SET geometry_type_name = 'GEOMETRY' WHERE table_name = '{L.Buildings}'");
        using var insert = GeoPackageSchema.PrepareInsert(connection, transaction, L.Buildings, true, L.BuildingColumns);
        var writer = new GeoPackageGeoWriter { HandleOrdinates = Ordinates.XY };
        var p = insert.Parameters;
        foreach (var b in buildings)
        {
            p[0].Value = writer.Write(InStorageSrid(b.Footprint));
            DistrictGeoPackage.BindBuilding(b, p);
            insert.ExecuteNonQuery();
        }
    }

    private static void GrowExtent(SqliteConnection connection, SqliteTransaction transaction, string table, Envelope extent, bool replace, DateTime stamp)
    {
        if (extent.IsNull)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = replace
            ? "UPDATE gpkg_contents SET min_x = $x0, min_y = $y0, max_x = $x1, max_y = $y1, last_change = $now WHERE table_name = $t"
            : "UPDATE gpkg_contents SET min_x = min(coalesce(min_x, $x0), $x0), min_y = min(coalesce(min_y, $y0), $y0), " +
              "max_x = max(coalesce(max_x, $x1), $x1), max_y = max(coalesce(max_y, $y1), $y1), last_change = $now WHERE table_name = $t";
        command.Parameters.AddWithValue("$x0", extent.MinX);
        command.Parameters.AddWithValue("$y0", extent.MinY);
        command.Parameters.AddWithValue("$x1", extent.MaxX);
        command.Parameters.AddWithValue("$y1", extent.MaxY);
        command.Parameters.AddWithValue("$t", table);
        command.Parameters.AddWithValue("$now", GeoPackageSchema.Timestamp(stamp));
        command.ExecuteNonQuery();
    }

    private static object Db<T>(T? value)
        where T : struct => value.HasValue ? value.Value : DBNull.Value;

    private static Geometry InStorageSrid(Geometry g) =>
        g.SRID == DistrictGeometry.Wgs84Srid ? g : DistrictGeometry.Factory.CreateGeometry(g);
}
