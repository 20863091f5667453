using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using L = Seismic.GeoData.GeoPackage.DistrictLayers;

namespace Seismic.GeoData.GeoPackage;

public static partial class DistrictGeoPackage
{
    /// <summary>
    /// Reads a district GeoPackage written by <see cref="Write"/>. Tables other than the district layers are ignored.
    /// </summary>
    /// <param name="path">The .gpkg file.</param>
    /// <param name="progress">Receives one report per layer and every 10 000 rows.</param>
    /// <returns>The model; geometries use <see cref="DistrictGeometry.Factory"/> (SRID 4326).</returns>
    /// <exception cref="GeoDataException">The file is missing, not SQLite, lacks a district table or column, or holds a
    /// bad geometry blob or value; the message names the file, table, row and column.</exception>
    public static DistrictModel Read(string path, IProgress<OperationProgress>? progress = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new GeoDataException(path, null, "file not found");
        }

        if (!HasSqliteHeader(path))
        {
            throw new GeoDataException(path, null, "not a GeoPackage (the file is not an SQLite database)");
        }

        try
        {
            using var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadOnly));
            connection.Open();
            var reader = new Reader(path, connection, progress);
            reader.RequireTables();
            return reader.ReadAll();
        }
        catch (SqliteException e)
        {
            throw new GeoDataException(path, null, $"cannot read the GeoPackage: {e.Message}", e);
        }
    }

    // SQLite database header, "SQLite format 3\0" (sqlite.org/fileformat.html §1.3).
    private static bool HasSqliteHeader(string path)
    {
        Span<byte> header = stackalloc byte[16];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(header, 16, throwOnEndOfStream: false) == 16
            && header.SequenceEqual("SQLite format 3\0"u8);
    }

    private sealed class Reader(string path, SqliteConnection connection, IProgress<OperationProgress>? progress)
    {
        private readonly GeoPackageBlobReader _geoReader = new();

        public void RequireTables()
        {
            var present = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')";
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    present.Add(rows.GetString(0));
                }
            }

            foreach (var table in L.All)
            {
                if (!present.Contains(table))
                {
                    throw new GeoDataException(path, $"table {table}",
                        $"missing table '{table}': not a district GeoPackage (expected tables: {string.Join(", ", L.All)})");
                }
            }
        }

        public DistrictModel ReadAll()
        {
            var info = ReadInfo();
            var boundaries = Rows(L.Boundary, L.BoundaryColumns, static (r, g, _) => new DistrictBoundary(r.Text(2), g));
            if (boundaries.Count != 1)
            {
                throw new GeoDataException(path, $"table {L.Boundary}",
                    $"expected exactly one boundary row, found {boundaries.Count}");
            }

            var streets = Rows(L.Streets, L.StreetColumns,
                static (r, g, _) => new Street(r.Text(2), r.Text(3), r.Text(4), g));
            var communities = Rows(L.Communities, L.CommunityColumns,
                static (r, g, _) => new Community(r.Text(2), r.Text(3), r.Text(4), r.Text(5), g));
            var roads = Rows(L.Roads, L.RoadColumns, static (r, g, fid) => new Road(
                r.Int64(2), g as LineString ?? throw r.Error(fid, "geom", $"expected a LineString, found {g.GeometryType}"),
                r.Enum<RoadClass>(3), r.Text(4), r.Double(5), r.Boolean(6), r.Enum<RoadStructure>(7), r.Int32(8),
                r.Boolean(9)));
            var buildings = Rows(L.Buildings, L.BuildingColumns, static (r, g, _) => new Building(
                r.Text(2), g, r.Enum<StructureType>(3), r.NullableInt32(4), r.NullableInt32(5), r.Int32(6),
                r.NullableDouble(7), r.NullableDouble(8), r.Enum<BuildingUse>(9), r.Int32(10), r.Int32(11), r.Text(12),
                r.Text(13), r.Text(14), r.Text(15)));
            var entrances = ReadEntrances();
            var shelters = Rows(L.Shelters, L.ShelterColumns, (r, g, _) =>
            {
                var id = r.Text(2);
                IReadOnlyList<Point> gates = entrances.Remove(id, out var list) ? Sorted(list) : [];
                return new Shelter(id, r.Text(3), r.Text(4), g, r.Enum<ShelterCategory>(5), r.Text(6), r.Double(7),
                    r.Int32(8), r.Text(9), gates);
            });
            foreach (var orphan in entrances)
            {
                throw new GeoDataException(path, $"table {L.ShelterEntrances}, shelter_id '{orphan.Key}'",
                    "entrance of a shelter that is not in the shelters table");
            }

            var assembly = Rows(L.AssemblyPoints, L.AssemblyPointColumns, static (r, g, fid) => new AssemblyPoint(
                r.Text(2), r.Text(3),
                g as Point ?? throw r.Error(fid, "geom", $"expected a Point, found {g.GeometryType}"), r.Text(4)));
            return new DistrictModel(info, boundaries[0], streets, communities, roads, buildings, shelters, assembly);
        }

        private static Point[] Sorted(List<(long Seq, Point Point)> list)
        {
            list.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
            var points = new Point[list.Count];
            for (var i = 0; i < points.Length; i++)
            {
                points[i] = list[i].Point;
            }

            return points;
        }

        private DistrictInfo ReadInfo()
        {
            progress?.Report(new OperationProgress("reading " + L.Info, 0, 1));
            using var command = Select(L.Info, false, L.InfoColumns);
            using var rows = command.ExecuteReader();
            if (!rows.Read())
            {
                throw new GeoDataException(path, $"table {L.Info}", "the table is empty; it must hold one row");
            }

            // Column 0 is fid; the district columns follow in declaration order.
            var row = new Row(path, L.Info, L.InfoColumns, rows, false);
            var fid = rows.GetInt64(0);
            var version = row.Int32(7);
            if (version > L.SchemaVersion)
            {
                throw row.Error(fid, "schema_version",
                    $"written by a newer version of the layout ({version} > {L.SchemaVersion}); update the toolkit");
            }

            return new DistrictInfo(row.Text(1), row.Text(2), row.Text(3), row.Text(4), row.Text(5), row.NullableInt64(6));
        }

        private Dictionary<string, List<(long Seq, Point Point)>> ReadEntrances()
        {
            var byShelter = new Dictionary<string, List<(long, Point)>>(StringComparer.Ordinal);
            Rows(L.ShelterEntrances, L.EntranceColumns, (r, g, fid) =>
            {
                var point = g as Point ?? throw r.Error(fid, "geom", $"expected a Point, found {g.GeometryType}");
                var id = r.Text(2);
                if (!byShelter.TryGetValue(id, out var list))
                {
                    byShelter[id] = list = [];
                }

                list.Add((r.Int64(3), point));
                return point;
            });
            return byShelter;
        }

        private List<T> Rows<T>(string table, LayerColumn[] columns, Func<Row, Geometry, long, T> create)
        {
            var stage = "reading " + table;
            var total = Count(table);
            progress?.Report(new OperationProgress(stage, 0, total));
            var list = new List<T>((int)Math.Min(total, int.MaxValue));
            using var command = Select(table, true, columns);
            using var rows = command.ExecuteReader();
            var row = new Row(path, table, columns, rows, true);
            while (rows.Read())
            {
                var fid = rows.GetInt64(0);
                list.Add(create(row, ReadGeometry(table, fid, rows), fid));
                if (list.Count % ProgressStep == 0)
                {
                    progress?.Report(new OperationProgress(stage, list.Count, total));
                }
            }

            progress?.Report(new OperationProgress(stage, list.Count, total));
            return list;
        }

        private Geometry ReadGeometry(string table, long fid, SqliteDataReader rows)
        {
            if (rows.IsDBNull(1))
            {
                throw new GeoDataException(path, RowLocation(table, fid), "the geometry is NULL");
            }

            try
            {
                return _geoReader.Read(rows.GetFieldValue<byte[]>(1));
            }
            catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException
                                          or IOException or ParseException or IndexOutOfRangeException
                                          or NotSupportedException)
            {
                throw new GeoDataException(path, RowLocation(table, fid), $"bad geometry blob: {e.Message}", e);
            }
        }

        private long Count(string table)
        {
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the fixed layer list.
            command.CommandText = $"SELECT count(*) FROM \"{table}\"";
#pragma warning restore CA2100
            return (long)command.ExecuteScalar()!;
        }

        private SqliteCommand Select(string table, bool withGeometry, LayerColumn[] columns)
        {
            var sql = new StringBuilder("SELECT fid");
            if (withGeometry)
            {
                sql.Append(", \"").Append(GeoPackageSchema.GeometryColumn).Append('"');
            }

            foreach (var column in columns)
            {
                sql.Append(", \"").Append(column.Name).Append('"');
            }

            sql.Append(" FROM \"").Append(table).Append("\" ORDER BY fid");
            var command = connection.CreateCommand();
#pragma warning disable CA2100 // Identifiers come from the fixed layer schema.
            command.CommandText = sql.ToString();
#pragma warning restore CA2100
            try
            {
                command.Prepare();
            }
            catch (SqliteException e)
            {
                command.Dispose();
                throw new GeoDataException(path, $"table {table}",
                    $"the table does not have the district columns ({e.Message})", e);
            }

            return command;
        }

        internal static string RowLocation(string table, long fid) =>
            string.Create(CultureInfo.InvariantCulture, $"table {table}, row fid {fid}");
    }
}
