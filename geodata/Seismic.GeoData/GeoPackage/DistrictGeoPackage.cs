using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using Seismic.Engine.Common;
using Seismic.Engine.District;
using L = Seismic.GeoData.GeoPackage.DistrictLayers;

namespace Seismic.GeoData.GeoPackage;

/// <summary>
/// Stores a <see cref="DistrictModel"/> as an OGC GeoPackage 1.3 (opens in QGIS): one feature table per layer in
/// WGS84 (EPSG:4326) plus the <c>district_info</c> attributes table. Geometry blobs follow the GeoPackage binary
/// format (OGC 12-128r17 §2.1.3).
/// </summary>
public static partial class DistrictGeoPackage
{
    private const int ProgressStep = 10_000;

    /// <summary>The tables a district GeoPackage holds, in writing order.</summary>
    public static IReadOnlyList<string> LayerNames => L.All;

    /// <summary>
    /// Writes the model to a fresh GeoPackage at <paramref name="path"/>, through a temporary file, so a failure leaves
    /// an existing file untouched. One transaction with prepared inserts.
    /// </summary>
    /// <param name="model">The district; geometries in WGS84.</param>
    /// <param name="path">Destination .gpkg path; replaced when it exists.</param>
    /// <param name="progress">Receives one report per layer and every 10 000 rows.</param>
    /// <param name="lastChange">
    /// Time stamped on every layer in gpkg_contents (UTC); null stamps the current time. A generated district passes
    /// a fixed time so that the same seed gives the same file byte for byte.
    /// </param>
    public static void Write(DistrictModel model, string path, IProgress<OperationProgress>? progress = null, DateTime? lastChange = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFile.Write(path, temp =>
        {
            using var connection = new SqliteConnection(ConnectionString(temp, SqliteOpenMode.ReadWriteCreate));
            connection.Open();

            // The rollback journal stays in memory: the file is a temporary that AtomicFile discards on any failure.
            GeoPackageSchema.Execute(connection, null,
                $"PRAGMA application_id = {GeoPackageSchema.ApplicationId}; " +
                $"PRAGMA user_version = {GeoPackageSchema.UserVersion}; PRAGMA journal_mode = MEMORY;");
            using var transaction = connection.BeginTransaction();
            var writer = new Writer(connection, transaction, progress);
            GeoPackageSchema.CreateCore(connection, transaction);
            writer.WriteAll(model);
            GeoPackageSchema.StampContents(connection, transaction, lastChange ?? DateTime.UtcNow);
            transaction.Commit();
        });
    }

    /// <summary>
    /// Binds a building's attributes to an insert prepared with <see cref="L.BuildingColumns"/> (parameter 0 is the
    /// geometry); the one mapping of the buildings table, shared with the survey import that appends buildings.
    /// </summary>
    internal static void BindBuilding(Building b, SqliteParameterCollection p)
    {
        p[1].Value = b.Id;
        p[2].Value = DistrictEnumText.ToText(b.StructureType);
        p[3].Value = Db(b.YearBuilt);
        p[4].Value = Db(b.Storeys);
        p[5].Value = b.BasementStoreys;
        p[6].Value = Db(b.HeightM);
        p[7].Value = Db(b.FloorAreaM2);
        p[8].Value = DistrictEnumText.ToText(b.Use);
        p[9].Value = b.OccupantsDay;
        p[10].Value = b.OccupantsNight;
        p[11].Value = b.StreetCode;
        p[12].Value = b.CommunityCode;
        p[13].Value = b.Address;
        p[14].Value = b.SourceType;
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();

    private static object Db<T>(T? value)
        where T : struct => value.HasValue ? value.Value : DBNull.Value;

    private sealed class Writer(SqliteConnection connection, SqliteTransaction transaction, IProgress<OperationProgress>? progress)
    {
        // XY only: gpkg_geometry_columns declares z = 0 and m = 0 (prohibited), and the writer's default would emit
        // XYZM envelopes and WKB type codes (e.g. 3003 instead of 3 for a polygon).
        private readonly GeoPackageGeoWriter _geoWriter = new() { HandleOrdinates = Ordinates.XY };

        public void WriteAll(DistrictModel model)
        {
            WriteInfo(model.Info);
            Features(L.Boundary, "District outline", "GEOMETRY", L.BoundaryColumns, [model.Boundary],
                static b => b.Geometry, static (b, p) => p[1].Value = b.Name);
            Features(L.Streets, "Sub-district streets (街道)", "GEOMETRY", L.StreetColumns, model.Streets,
                static s => s.Geometry, static (s, p) =>
                {
                    p[1].Value = s.Code;
                    p[2].Value = s.Name;
                    p[3].Value = s.NameEn;
                });
            Features(L.Communities, "Communities (社区)", "GEOMETRY", L.CommunityColumns, model.Communities,
                static c => c.Geometry, static (c, p) =>
                {
                    p[1].Value = c.Code;
                    p[2].Value = c.Name;
                    p[3].Value = c.NameEn;
                    p[4].Value = c.StreetCode;
                });
            Features(L.Roads, "Road and path segments", "LINESTRING", L.RoadColumns, model.Roads,
                static r => r.Geometry, static (r, p) =>
                {
                    p[1].Value = r.Id;
                    p[2].Value = DistrictEnumText.ToText(r.Class);
                    p[3].Value = r.Name;
                    p[4].Value = r.WidthM;
                    p[5].Value = r.OneWay;
                    p[6].Value = DistrictEnumText.ToText(r.Structure);
                    p[7].Value = r.Layer;
                    p[8].Value = r.PedestrianAccess;
                });
            Features(L.Buildings, "Buildings with structural and occupancy attributes", "GEOMETRY", L.BuildingColumns,
                model.Buildings, static b => b.Footprint, BindBuilding);
            Features(L.Shelters, "Emergency shelters (应急避难场所) and candidate open spaces", "GEOMETRY",
                L.ShelterColumns, model.Shelters, static s => s.Geometry, static (s, p) =>
                {
                    p[1].Value = s.Id;
                    p[2].Value = s.Name;
                    p[3].Value = s.NameEn;
                    p[4].Value = DistrictEnumText.ToText(s.Category);
                    p[5].Value = s.SiteType;
                    p[6].Value = s.UsableAreaM2;
                    p[7].Value = s.CapacityPersons;
                    p[8].Value = s.Address;
                });
            Features(L.ShelterEntrances, "Shelter entrances (gates), by shelter_id", "POINT", L.EntranceColumns,
                Entrances(model.Shelters), static e => e.Point, static (e, p) =>
                {
                    p[1].Value = e.ShelterId;
                    p[2].Value = e.Seq;
                });
            Features(L.AssemblyPoints, "Assembly points (集合点)", "POINT", L.AssemblyPointColumns, model.AssemblyPoints,
                static a => a.Location, static (a, p) =>
                {
                    p[1].Value = a.Id;
                    p[2].Value = a.Name;
                    p[3].Value = a.CommunityCode;
                });
        }

        private static List<Entrance> Entrances(IReadOnlyList<Shelter> shelters)
        {
            var list = new List<Entrance>();
            for (var i = 0; i < shelters.Count; i++)
            {
                var shelter = shelters[i];
                for (var j = 0; j < shelter.Entrances.Count; j++)
                {
                    list.Add(new Entrance(shelter.Id, j, shelter.Entrances[j]));
                }
            }

            return list;
        }

        private void WriteInfo(DistrictInfo info)
        {
            progress?.Report(new OperationProgress("writing " + L.Info, 0, 1));
            GeoPackageSchema.CreateAttributesTable(connection, transaction, L.Info, "Identity and provenance of the district",
                L.InfoColumns);
            using var insert = GeoPackageSchema.PrepareInsert(connection, transaction, L.Info, false, L.InfoColumns);
            var p = insert.Parameters;
            p[0].Value = info.Name;
            p[1].Value = info.NameEn;
            p[2].Value = info.Code;
            p[3].Value = info.Source;
            p[4].Value = info.Provenance;
            p[5].Value = Db(info.Seed);
            p[6].Value = L.SchemaVersion;
            insert.ExecuteNonQuery();
        }

        private void Features<T>(
            string table, string description, string emptyType, LayerColumn[] columns, IReadOnlyList<T> items,
            Func<T, Geometry> geometry, Action<T, SqliteParameterCollection> bind)
        {
            var stage = "writing " + table;
            progress?.Report(new OperationProgress(stage, 0, items.Count));
            var extent = new Envelope();
            OgcGeometryType? common = null;
            var mixed = false;
            for (var i = 0; i < items.Count; i++)
            {
                var g = geometry(items[i]) ?? throw new ArgumentException($"{table}[{i}] has no geometry.", nameof(items));
                extent.ExpandToInclude(g.EnvelopeInternal);
                common ??= g.OgcGeometryType;
                mixed |= common != g.OgcGeometryType;
            }

            GeoPackageSchema.CreateFeatureTable(connection, transaction, table, description,
                GeoPackageSchema.GeometryTypeName(common, mixed, emptyType), extent, columns);
            using var insert = GeoPackageSchema.PrepareInsert(connection, transaction, table, true, columns);
            var parameters = insert.Parameters;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                parameters[0].Value = _geoWriter.Write(InStorageSrid(geometry(item)));
                bind(item, parameters);
                insert.ExecuteNonQuery();
                if ((i + 1) % ProgressStep == 0)
                {
                    progress?.Report(new OperationProgress(stage, i + 1, items.Count));
                }
            }

            progress?.Report(new OperationProgress(stage, items.Count, items.Count));
        }

        // The blob header carries the SRID; a geometry built by another factory is copied so the blob says 4326.
        private static Geometry InStorageSrid(Geometry g) =>
            g.SRID == DistrictGeometry.Wgs84Srid ? g : DistrictGeometry.Factory.CreateGeometry(g);
    }

    private sealed record Entrance(string ShelterId, int Seq, Point Point);
}
