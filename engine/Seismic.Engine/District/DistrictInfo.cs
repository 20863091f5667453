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
    long? Seed);
