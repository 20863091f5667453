using Seismic.Engine.Buildings;
using Seismic.Engine.District;
using Seismic.GeoData.GeoPackage;

namespace Seismic.GeoData.Survey;

/// <summary>
/// The cell values of the survey CSV: the English words (<see cref="DistrictEnumText"/> spellings) and the Chinese
/// words a survey form uses. Structure types are parsed by the engine's <see cref="StructureTypeNames"/> (砖混, 框架, 框剪,
/// 剪力墙, 钢结构 …), the one list of those words.
/// </summary>
internal static class SurveyValueNames
{
    /// <summary>The structure-type choices an error message lists (<see cref="StructureTypeNames.Expected"/>).</summary>
    public const string StructureTypes = StructureTypeNames.Expected;

    private static readonly Dictionary<string, BuildingUse> Uses = new(StringComparer.OrdinalIgnoreCase)
    {
        ["住宅"] = BuildingUse.Residential, ["学校"] = BuildingUse.School, ["幼儿园"] = BuildingUse.School,
        ["医院"] = BuildingUse.Hospital, ["办公"] = BuildingUse.Office, ["商业"] = BuildingUse.Retail,
        ["工业"] = BuildingUse.Industrial, ["厂房"] = BuildingUse.Industrial, ["其他"] = BuildingUse.Other,
        ["其它"] = BuildingUse.Other,
    };

    // GB 50223-2008 §3.0.2: 甲/乙/丙/丁类; 丁 is recorded as standard (see ImportanceCategory).
    private static readonly Dictionary<string, ImportanceCategory> Importances = new(StringComparer.OrdinalIgnoreCase)
    {
        ["special"] = ImportanceCategory.Special, ["key"] = ImportanceCategory.Key, ["standard"] = ImportanceCategory.Standard,
        ["甲类"] = ImportanceCategory.Special, ["甲"] = ImportanceCategory.Special,
        ["乙类"] = ImportanceCategory.Key, ["乙"] = ImportanceCategory.Key,
        ["丙类"] = ImportanceCategory.Standard, ["丙"] = ImportanceCategory.Standard,
        ["丁类"] = ImportanceCategory.Standard, ["丁"] = ImportanceCategory.Standard,
    };

    private static readonly Dictionary<string, BuildingCondition> Conditions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["good"] = BuildingCondition.Good, ["fair"] = BuildingCondition.Fair, ["poor"] = BuildingCondition.Poor,
        ["dangerous"] = BuildingCondition.Dangerous, ["良好"] = BuildingCondition.Good, ["一般"] = BuildingCondition.Fair,
        ["较差"] = BuildingCondition.Poor, ["差"] = BuildingCondition.Poor, ["危险"] = BuildingCondition.Dangerous,
        ["危房"] = BuildingCondition.Dangerous,
    };

    private static readonly Dictionary<string, Irregularity> Irregularities = new(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = Irregularity.None, ["moderate"] = Irregularity.Moderate, ["severe"] = Irregularity.Severe,
        ["无"] = Irregularity.None, ["中等"] = Irregularity.Moderate, ["一般"] = Irregularity.Moderate,
        ["严重"] = Irregularity.Severe,
    };

    // Table 4.1.6 of GB 50011-2010 writes the classes in Roman numerals (Ⅰ0, Ⅰ1, Ⅱ, Ⅲ, Ⅳ); both forms are accepted.
    private static readonly Dictionary<string, SiteClass> Sites = new(StringComparer.OrdinalIgnoreCase)
    {
        ["I0"] = SiteClass.I0, ["I1"] = SiteClass.I1, ["II"] = SiteClass.II, ["III"] = SiteClass.III, ["IV"] = SiteClass.IV,
        ["Ⅰ0"] = SiteClass.I0, ["Ⅰ1"] = SiteClass.I1, ["Ⅱ"] = SiteClass.II, ["Ⅲ"] = SiteClass.III, ["Ⅳ"] = SiteClass.IV,
        ["Ⅰ₀"] = SiteClass.I0, ["Ⅰ₁"] = SiteClass.I1,
    };

    private static readonly Dictionary<string, bool> Flags = new(StringComparer.OrdinalIgnoreCase)
    {
        ["yes"] = true, ["no"] = false, ["y"] = true, ["n"] = false, ["true"] = true, ["false"] = false,
        ["1"] = true, ["0"] = false, ["是"] = true, ["否"] = false, ["有"] = true, ["无"] = false,
    };

    // The English and Chinese structure-type words live in the engine, shared with its reference tables.
    public static bool TryStructure(string text, out StructureType value) => StructureTypeNames.TryParse(text, out value);

    public static bool TryUse(string text, out BuildingUse value) =>
        DistrictEnumText.TryParse(text, out value) || Uses.TryGetValue(text, out value);

    public static bool TryImportance(string text, out ImportanceCategory value) => Importances.TryGetValue(text, out value);

    public static bool TryCondition(string text, out BuildingCondition value) => Conditions.TryGetValue(text, out value);

    public static bool TryIrregularity(string text, out Irregularity value) => Irregularities.TryGetValue(text, out value);

    public static bool TrySite(string text, out SiteClass value) => Sites.TryGetValue(text, out value);

    public static bool TryFlag(string text, out bool value) => Flags.TryGetValue(text, out value);

    /// <summary>The CSV word of a site class (I0 … IV).</summary>
    public static string SiteText(SiteClass site) => site.ToString();

    /// <summary>The CSV word of an importance category.</summary>
    public static string ImportanceText(ImportanceCategory importance) => importance switch
    {
        ImportanceCategory.Special => "special",
        ImportanceCategory.Key => "key",
        _ => "standard",
    };

    /// <summary>The CSV word of a condition.</summary>
    public static string ConditionText(BuildingCondition condition) => condition.ToString().ToLowerInvariant();

    /// <summary>The CSV word of an irregularity.</summary>
    public static string IrregularityText(Irregularity irregularity) => irregularity.ToString().ToLowerInvariant();
}
