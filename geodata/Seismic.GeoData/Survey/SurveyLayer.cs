using Seismic.GeoData.GeoPackage;

namespace Seismic.GeoData.Survey;

/// <summary>The <c>survey</c> feature table of a district GeoPackage: its name and columns (one per SurveyRecord field).</summary>
internal static class SurveyLayer
{
    public const string Table = "survey";

    public const string Description = "Building survey (建(构)筑物抗震性能普查): one row per building, surveyed = 0 for buildings not yet surveyed";

    public static readonly LayerColumn[] Columns =
    [
        new("building_id", "TEXT NOT NULL UNIQUE"), new("surveyed", "BOOLEAN NOT NULL"), new("address", "TEXT NOT NULL"),
        new("street_code", "TEXT NOT NULL"), new("community_code", "TEXT NOT NULL"), new("structure_type", "TEXT NOT NULL"),
        new("year_built", "INTEGER"), new("storeys", "INTEGER NOT NULL"), new("basement_storeys", "INTEGER NOT NULL"),
        new("height_m", "REAL"), new("floor_area_m2", "REAL"), new("use", "TEXT NOT NULL"), new("importance", "TEXT NOT NULL"),
        new("occupants_day", "INTEGER NOT NULL"), new("occupants_night", "INTEGER NOT NULL"), new("design_intensity", "INTEGER"),
        new("site_class", "TEXT"), new("vs30", "REAL"), new("condition", "TEXT NOT NULL"),
        new("vertical_irregularity", "TEXT NOT NULL"), new("soft_storey", "BOOLEAN NOT NULL"),
        new("plan_irregularity", "BOOLEAN NOT NULL"), new("short_columns", "BOOLEAN NOT NULL"),
        new("pounding", "BOOLEAN NOT NULL"), new("falling_hazards", "BOOLEAN NOT NULL"), new("surveyor", "TEXT NOT NULL"),
        new("survey_date", "DATE"), new("photos", "TEXT NOT NULL"),
    ];
}
