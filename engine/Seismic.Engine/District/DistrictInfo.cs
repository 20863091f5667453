namespace Seismic.Engine.District;

/// <summary>Identity and provenance of a district model.</summary>
/// <param name="Name">Display name, e.g. "海珠区".</param>
/// <param name="NameEn">English name, e.g. "Haizhu District".</param>
/// <param name="Code">Administrative code if known (Haizhu: 440105), otherwise empty.</param>
/// <param name="Source">Where the data came from: "synthetic", "osm", "geojson", "survey".</param>
/// <param name="Provenance">Free text: generator version and seed, OSM file and timestamp, licences.</param>
/// <param name="Seed">Generator seed for synthetic districts; null for real data.</param>
public sealed record DistrictInfo(
    string Name,
    string NameEn,
    string Code,
    string Source,
    string Provenance,
    long? Seed)
{
    /// <summary>
    /// The name for titles: the Chinese and the English name, or one of them when they are the same (an OpenStreetMap
    /// import names the district after its file in both).
    /// </summary>
    public string DisplayName => TitleOf(Name, NameEn);

    /// <summary>A name and its English form, once when they are the same (ignoring case and outer spaces).</summary>
    /// <param name="name">The name.</param>
    /// <param name="nameEn">The English name, possibly empty.</param>
    public static string TitleOf(string name, string nameEn)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(nameEn);
        return string.Equals(name.Trim(), nameEn.Trim(), StringComparison.OrdinalIgnoreCase)
            ? name.Trim()
            : $"{name} {nameEn}".Trim();
    }
}
