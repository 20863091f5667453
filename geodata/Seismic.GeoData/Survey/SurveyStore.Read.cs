using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;

namespace Seismic.GeoData.Survey;

public static partial class SurveyStore
{
    // A district-sized layer is read in fid ranges on parallel read-only connections: row decoding (text, enums,
    // geometry blobs) is CPU-bound and dominates `seismic score`.
    private const int ParallelReadThreshold = 20_000;

    private static List<SurveyEntry> ReadAll(string path, SqliteConnection connection)
    {
        long min, max, count;
        using (var stats = connection.CreateCommand())
        {
            stats.CommandText = $"SELECT coalesce(min(fid), 0), coalesce(max(fid), 0), count(*) FROM \"{SurveyLayer.Table}\"";
            using var r = stats.ExecuteReader();
            r.Read();
            (min, max, count) = (r.GetInt64(0), r.GetInt64(1), r.GetInt64(2));
        }

        var parts = (int)Math.Min(Math.Max(1, Environment.ProcessorCount), 4);
        if (count < ParallelReadThreshold || parts == 1)
        {
            return ReadRows(path, connection, long.MinValue, long.MaxValue);
        }

        var bounds = new long[parts + 1];
        bounds[0] = min - 1;
        for (var i = 1; i < parts; i++)
        {
            bounds[i] = min - 1 + ((max - min + 1) * i / parts);
        }

        bounds[parts] = max;
        var results = new List<SurveyEntry>[parts];
        Parallel.For(0, parts, part =>
        {
            using var own = Open(path, SqliteOpenMode.ReadOnly);
            results[part] = ReadRows(path, own, bounds[part], bounds[part + 1]);
        });
        var list = new List<SurveyEntry>((int)count);
        foreach (var part in results)
        {
            list.AddRange(part);
        }

        return list;
    }

    private static List<SurveyEntry> ReadRows(string path, SqliteConnection connection, long afterFid, long lastFid)
    {
        using var command = connection.CreateCommand();
        var names = new List<string> { "fid", GeoPackageSchema.GeometryColumn };
        foreach (var c in SurveyLayer.Columns)
        {
            names.Add(c.Name);
        }

#pragma warning disable CA2100 // Identifiers come from the fixed survey layer schema.
        command.CommandText = $"SELECT \"{string.Join("\", \"", names)}\" FROM \"{SurveyLayer.Table}\" WHERE fid > $a AND fid <= $b ORDER BY fid";
#pragma warning restore CA2100
        command.Parameters.AddWithValue("$a", afterFid);
        command.Parameters.AddWithValue("$b", lastFid);
        using var reader = command.ExecuteReader();
        var row = new Row(path, SurveyLayer.Table, SurveyLayer.Columns, reader, true);
        var geo = new GeoPackageBlobReader();
        var list = new List<SurveyEntry>();
        while (reader.Read())
        {
            var fid = reader.GetInt64(0);
            if (reader.IsDBNull(1))
            {
                throw row.Error(fid, "geom", "the geometry is NULL");
            }

            Geometry g;
            try
            {
                g = geo.Read(reader.GetFieldValue<byte[]>(1));
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or ParseException or IndexOutOfRangeException or FormatException)
            {
                throw row.Error(fid, "geom", $"bad geometry blob: {e.Message}");
            }

            g.SRID = DistrictGeometry.Wgs84Srid;
            var siteText = row.Text(18);
            SiteClass? site = siteText.Length == 0 ? null : row.Enum<SiteClass>(18);
            var dateText = row.Text(28);
            DateOnly? date = null;
            if (dateText.Length > 0)
            {
                date = DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d
                    : throw row.Error(fid, "survey_date", $"'{dateText}' is not a date YYYY-MM-DD");
            }

            var photos = row.Text(29);
            var record = new SurveyRecord(
                row.Text(2), g, row.Text(4), row.Text(5), row.Text(6), row.Enum<StructureType>(7), row.NullableInt32(8),
                row.Int32(9), row.Int32(10), row.NullableDouble(11), row.NullableDouble(12), row.Enum<BuildingUse>(13),
                row.Enum<ImportanceCategory>(14), row.Int32(15), row.Int32(16), row.NullableInt32(17), site,
                row.NullableDouble(19), row.Enum<BuildingCondition>(20), row.Enum<Irregularity>(21), row.Boolean(22),
                row.Boolean(23), row.Boolean(24), row.Boolean(25), row.Boolean(26), row.Text(27), date,
                photos.Length == 0 ? [] : photos.Split(';'));
            list.Add(new SurveyEntry(record, row.Boolean(3)));
        }

        return list;
    }
}
