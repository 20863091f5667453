namespace Seismic.GeoData.GeoPackage;

/// <summary>
/// The layer and column names of a stored district, shared by the GeoPackage tables and the GeoJSON files: snake_case
/// after the record fields of Seismic.Engine.District, enums as <see cref="DistrictEnumText"/> text.
/// </summary>
internal static class DistrictLayers
{
    public const string Info = "district_info";
    public const string Boundary = "boundary";
    public const string Streets = "streets";
    public const string Communities = "communities";
    public const string Roads = "roads";
    public const string Buildings = "buildings";
    public const string Shelters = "shelters";
    public const string ShelterEntrances = "shelter_entrances";
    public const string AssemblyPoints = "assembly_points";

    /// <summary>Version of this layer layout, stored in district_info.schema_version.</summary>
    public const int SchemaVersion = 1;

    public static readonly IReadOnlyList<string> All =
        [Info, Boundary, Streets, Communities, Roads, Buildings, Shelters, ShelterEntrances, AssemblyPoints];

    public static readonly LayerColumn[] InfoColumns =
    [
        new("name", "TEXT NOT NULL"), new("name_en", "TEXT NOT NULL"), new("code", "TEXT NOT NULL"),
        new("source", "TEXT NOT NULL"), new("provenance", "TEXT NOT NULL"), new("seed", "INTEGER"),
        new("schema_version", "INTEGER NOT NULL"),
    ];

    public static readonly LayerColumn[] BoundaryColumns = [new("name", "TEXT NOT NULL")];

    public static readonly LayerColumn[] StreetColumns =
        [new("code", "TEXT NOT NULL"), new("name", "TEXT NOT NULL"), new("name_en", "TEXT NOT NULL")];

    public static readonly LayerColumn[] CommunityColumns =
    [
        new("code", "TEXT NOT NULL"), new("name", "TEXT NOT NULL"), new("name_en", "TEXT NOT NULL"),
        new("street_code", "TEXT NOT NULL"),
    ];

    public static readonly LayerColumn[] RoadColumns =
    [
        new("id", "INTEGER NOT NULL"), new("class", "TEXT NOT NULL"), new("name", "TEXT NOT NULL"),
        new("width_m", "REAL NOT NULL"), new("one_way", "BOOLEAN NOT NULL"), new("structure", "TEXT NOT NULL"),
        new("layer", "INTEGER NOT NULL"), new("pedestrian_access", "BOOLEAN NOT NULL"),
    ];

    public static readonly LayerColumn[] BuildingColumns =
    [
        new("id", "TEXT NOT NULL"), new("structure_type", "TEXT NOT NULL"), new("year_built", "INTEGER"),
        new("storeys", "INTEGER"), new("basement_storeys", "INTEGER NOT NULL"), new("height_m", "REAL"),
        new("floor_area_m2", "REAL"), new("use", "TEXT NOT NULL"), new("occupants_day", "INTEGER NOT NULL"),
        new("occupants_night", "INTEGER NOT NULL"), new("street_code", "TEXT NOT NULL"),
        new("community_code", "TEXT NOT NULL"), new("address", "TEXT NOT NULL"), new("source_type", "TEXT NOT NULL"),
    ];

    public static readonly LayerColumn[] ShelterColumns =
    [
        new("id", "TEXT NOT NULL"), new("name", "TEXT NOT NULL"), new("name_en", "TEXT NOT NULL"),
        new("category", "TEXT NOT NULL"), new("site_type", "TEXT NOT NULL"), new("usable_area_m2", "REAL NOT NULL"),
        new("capacity_persons", "INTEGER NOT NULL"), new("address", "TEXT NOT NULL"),
    ];

    /// <summary>Entrances keep their order within a shelter through <c>seq</c> (0-based).</summary>
    public static readonly LayerColumn[] EntranceColumns =
        [new("shelter_id", "TEXT NOT NULL"), new("seq", "INTEGER NOT NULL")];

    public static readonly LayerColumn[] AssemblyPointColumns =
        [new("id", "TEXT NOT NULL"), new("name", "TEXT NOT NULL"), new("community_code", "TEXT NOT NULL")];
}
