using System.Globalization;
using Seismic.Engine.District;

namespace Seismic.Engine.Buildings;

/// <summary>
/// Builds GEM Building Taxonomy strings from the attributes the survey can justify: material and lateral-load-
/// resisting system (with the code-design level), height, date of construction and occupancy.
/// </summary>
/// <remarks>
/// Attribute codes follow the GEM Building Taxonomy v2.0 (Brzev et al. 2013, GEM Technical Report 2013-02; glossary
/// at nexus.globalquakemodel.org/gem-building-taxonomy) as extended in v3.x for the GEM global exposure model
/// (docs.openquake.org/global_risk_model/metadata: "building classes follow the GEM Taxonomy v3.2 convention"):
/// material CR / S / MUR / MCF / W / MAT99; system LFM / LWAL / LDUAL / L99; code design level CDN (none), CDL, CDM,
/// CDH appended to the system with '+'; height H:n (exact storeys above ground) or H99; date YEX:yyyy (exact year)
/// or Y99; occupancy RES, EDU2 (schools), COM4 (hospitals and clinics), COM3 (offices), COM1 (retail), IND, OC99.
/// Attributes are joined with '/' in that order; direction, roof, floor and foundation are not observed and are
/// left out, as the taxonomy allows.
/// </remarks>
public static class GemTaxonomy
{
    /// <summary>Builds the string, e.g. ("CR", "LFM", Moderate, 5, 1995, Residential) → "CR/LFM+CDM/H:5/YEX:1995/RES".</summary>
    /// <param name="material">GEM material code.</param>
    /// <param name="llrs">GEM lateral-load-resisting-system code.</param>
    /// <param name="codeLevel">Design level, appended as CDH/CDM/CDL/CDN.</param>
    /// <param name="storeys">Storeys above ground; 0 or less = unknown (H99).</param>
    /// <param name="yearBuilt">Year of construction, null = unknown (Y99).</param>
    /// <param name="use">Main use.</param>
    /// <returns>The taxonomy string.</returns>
    public static string Build(string material, string llrs, CodeLevel codeLevel, int storeys, int? yearBuilt, BuildingUse use)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(material);
        ArgumentException.ThrowIfNullOrWhiteSpace(llrs);
        var design = codeLevel switch
        {
            CodeLevel.High => "CDH",
            CodeLevel.Moderate => "CDM",
            CodeLevel.Low => "CDL",
            _ => "CDN",
        };
        var height = storeys > 0 ? "H:" + storeys.ToString(CultureInfo.InvariantCulture) : "H99";
        var date = yearBuilt is { } y ? "YEX:" + y.ToString(CultureInfo.InvariantCulture) : "Y99";
        return $"{material}/{llrs}+{design}/{height}/{date}/{Occupancy(use)}";
    }

    /// <summary>The GEM occupancy code of a use.</summary>
    /// <param name="use">Main use.</param>
    public static string Occupancy(BuildingUse use) => use switch
    {
        BuildingUse.Residential => "RES",
        BuildingUse.School => "EDU2",
        BuildingUse.Hospital => "COM4",
        BuildingUse.Office => "COM3",
        BuildingUse.Retail => "COM1",
        BuildingUse.Industrial => "IND",
        _ => "OC99",
    };
}
