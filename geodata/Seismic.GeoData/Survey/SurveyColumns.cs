using System.Collections.Frozen;

namespace Seismic.GeoData.Survey;

/// <summary>
/// The survey CSV columns (MISSION.md "The survey CSV"; README "The survey CSV"): the English names, the Chinese
/// header aliases a survey spreadsheet uses, and which are required. Header matching ignores case, surrounding spaces
/// and a trailing unit in brackets ("建成年份（年）", "height_m (m)").
/// </summary>
public static class SurveyColumns
{
    /// <summary>Building identifier (编号), required.</summary>
    public const string BuildingId = "building_id";
    /// <summary>Longitude WGS84 (经度); lon/lat or footprint_wkt is required.</summary>
    public const string Lon = "lon";
    /// <summary>Latitude WGS84 (纬度).</summary>
    public const string Lat = "lat";
    /// <summary>Footprint as WKT, WGS84.</summary>
    public const string FootprintWkt = "footprint_wkt";
    /// <summary>Structure type (结构类型), required.</summary>
    public const string StructureType = "structure_type";
    /// <summary>Year built (建成年份), required.</summary>
    public const string YearBuilt = "year_built";
    /// <summary>Storeys above ground (地上层数), required.</summary>
    public const string Storeys = "storeys";
    /// <summary>Address (地址).</summary>
    public const string Address = "address";
    /// <summary>Street code or name (街道).</summary>
    public const string Street = "street";
    /// <summary>Community code or name (社区).</summary>
    public const string Community = "community";
    /// <summary>Storeys below ground (地下层数), default 0.</summary>
    public const string BasementStoreys = "basement_storeys";
    /// <summary>Height in metres (建筑高度).</summary>
    public const string HeightM = "height_m";
    /// <summary>Gross floor area in m² (建筑面积).</summary>
    public const string FloorAreaM2 = "floor_area_m2";
    /// <summary>Main use (用途).</summary>
    public const string Use = "use";
    /// <summary>Fortification category (设防类别).</summary>
    public const string Importance = "importance";
    /// <summary>Occupants on a weekday afternoon (白天人数).</summary>
    public const string OccupantsDay = "occupants_day";
    /// <summary>Occupants at night (夜间人数).</summary>
    public const string OccupantsNight = "occupants_night";
    /// <summary>Design intensity (设防烈度).</summary>
    public const string DesignIntensity = "design_intensity";
    /// <summary>Site class (场地类别).</summary>
    public const string SiteClass = "site_class";
    /// <summary>Vs30 in m/s.</summary>
    public const string Vs30 = "vs30";
    /// <summary>Condition (结构现状).</summary>
    public const string Condition = "condition";
    /// <summary>Vertical irregularity (竖向不规则).</summary>
    public const string VerticalIrregularity = "vertical_irregularity";
    /// <summary>Soft storey (薄弱层).</summary>
    public const string SoftStorey = "soft_storey";
    /// <summary>Plan irregularity (平面不规则).</summary>
    public const string PlanIrregularity = "plan_irregularity";
    /// <summary>Short columns (短柱).</summary>
    public const string ShortColumns = "short_columns";
    /// <summary>Pounding risk (碰撞风险).</summary>
    public const string Pounding = "pounding";
    /// <summary>Falling hazards (坠落物).</summary>
    public const string FallingHazards = "falling_hazards";
    /// <summary>Surveyor (调查人).</summary>
    public const string Surveyor = "surveyor";
    /// <summary>Survey date YYYY-MM-DD (调查日期).</summary>
    public const string SurveyDate = "survey_date";
    /// <summary>Photo paths separated by ';' (照片).</summary>
    public const string Photos = "photos";

    /// <summary>Every column in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        BuildingId, Lon, Lat, FootprintWkt, StructureType, YearBuilt, Storeys, Address, Street, Community,
        BasementStoreys, HeightM, FloorAreaM2, Use, Importance, OccupantsDay, OccupantsNight, DesignIntensity,
        SiteClass, Vs30, Condition, VerticalIrregularity, SoftStorey, PlanIrregularity, ShortColumns, Pounding,
        FallingHazards, Surveyor, SurveyDate, Photos,
    ];

    /// <summary>The Chinese header of each column (the first one listed is the one the toolkit writes).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ChineseAliases { get; } =
        new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            [BuildingId] = ["编号", "建筑编号", "建筑物编号"],
            [Lon] = ["经度"],
            [Lat] = ["纬度"],
            [FootprintWkt] = ["轮廓WKT", "轮廓"],
            [StructureType] = ["结构类型", "结构形式"],
            [YearBuilt] = ["建成年份", "建造年份", "建成年代"],
            [Storeys] = ["地上层数", "层数"],
            [Address] = ["地址"],
            [Street] = ["街道"],
            [Community] = ["社区"],
            [BasementStoreys] = ["地下层数"],
            [HeightM] = ["建筑高度", "高度"],
            [FloorAreaM2] = ["建筑面积", "面积"],
            [Use] = ["用途"],
            [Importance] = ["设防类别", "抗震设防类别"],
            [OccupantsDay] = ["白天人数", "日间人数"],
            [OccupantsNight] = ["夜间人数"],
            [DesignIntensity] = ["设防烈度", "抗震设防烈度"],
            [SiteClass] = ["场地类别"],
            [Vs30] = ["等效剪切波速"],
            [Condition] = ["结构现状", "现状"],
            [VerticalIrregularity] = ["竖向不规则"],
            [SoftStorey] = ["薄弱层", "软弱层"],
            [PlanIrregularity] = ["平面不规则"],
            [ShortColumns] = ["短柱"],
            [Pounding] = ["碰撞风险", "防震缝不足"],
            [FallingHazards] = ["坠落物", "附属物坠落"],
            [Surveyor] = ["调查人", "调查员"],
            [SurveyDate] = ["调查日期"],
            [Photos] = ["照片"],
        };

    private static readonly FrozenDictionary<string, string> ByHeader = BuildHeaders();

    /// <summary>The column a header names (English or Chinese), or null when unknown.</summary>
    /// <param name="header">Header cell text.</param>
    public static string? Resolve(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var key = Normalise(header);
        return ByHeader.TryGetValue(key, out var column) ? column : null;
    }

    /// <summary>"building_id (编号)" for messages.</summary>
    /// <param name="column">A column of <see cref="All"/>.</param>
    public static string Describe(string column) =>
        ChineseAliases.TryGetValue(column, out var zh) ? $"{column} ({zh[0]})" : column;

    private static string Normalise(string header)
    {
        var text = header.Trim().Trim('\uFEFF').Trim();
        // A unit in brackets after the name: "建筑面积（m²）", "height_m (m)".
        var bracket = text.IndexOfAny(['(', '（', '[']);
        if (bracket > 0)
        {
            text = text[..bracket].TrimEnd();
        }

        return text.Replace(' ', '_').ToLowerInvariant();
    }

    private static FrozenDictionary<string, string> BuildHeaders()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in All)
        {
            map[column] = column;
        }

        foreach (var (column, aliases) in ChineseAliases)
        {
            foreach (var alias in aliases)
            {
                map[Normalise(alias)] = column;
            }
        }

        map["id"] = BuildingId;
        map["longitude"] = Lon;
        map["latitude"] = Lat;
        map["wkt"] = FootprintWkt;
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
