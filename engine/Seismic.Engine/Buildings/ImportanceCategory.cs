namespace Seismic.Engine.Buildings;

/// <summary>
/// Seismic fortification category of a building (抗震设防类别) per GB 50223-2008.
/// </summary>
/// <remarks>
/// GB 50223 has four categories: 甲 (special), 乙 (key), 丙 (standard) and 丁 (minor: storage sheds and the like,
/// where nobody stays). 丁 is recorded as <see cref="Standard"/>: the scores here weigh people at risk, and minor
/// buildings gain nothing from a lower weight than standard ones. Schools, kindergartens and hospitals are key
/// (GB 50223-2008 §6.0.8 and §4.0.3).
/// </remarks>
public enum ImportanceCategory
{
    /// <summary>Standard (丙类, and 丁类 minor buildings).</summary>
    Standard,
    /// <summary>Key (乙类): schools, hospitals, emergency facilities.</summary>
    Key,
    /// <summary>Special (甲类): facilities whose failure has severe secondary consequences.</summary>
    Special,
}
