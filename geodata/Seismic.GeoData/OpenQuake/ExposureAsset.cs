namespace Seismic.GeoData.OpenQuake;

/// <summary>One asset of an OpenQuake exposure model: a group of buildings of one taxonomy at one location.</summary>
/// <param name="Id">Asset identifier, unique in the model.</param>
/// <param name="Taxonomy">Taxonomy string matched against the fragility model.</param>
/// <param name="Number">Number of buildings, ≥ 0 (may be fractional).</param>
/// <param name="Lon">Longitude, WGS84 degrees.</param>
/// <param name="Lat">Latitude, WGS84 degrees.</param>
/// <param name="Costs">Replacement costs by cost type (e.g. "structural"), ≥ 0.</param>
/// <param name="Occupants">Occupants by period (e.g. "night"), ≥ 0.</param>
/// <param name="Tags">Tag values by tag name.</param>
/// <param name="Source">Where the asset is defined, e.g. "line 12, &lt;asset&gt;" or "exposure.csv line 5", for messages.</param>
public sealed record ExposureAsset(
    string Id,
    string Taxonomy,
    double Number,
    double Lon,
    double Lat,
    IReadOnlyDictionary<string, double> Costs,
    IReadOnlyDictionary<string, double> Occupants,
    IReadOnlyDictionary<string, string> Tags,
    string Source);
