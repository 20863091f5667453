using Seismic.Engine.District;

namespace Seismic.GeoData.Osm;

/// <summary>The district model built from an OpenStreetMap file and what the import kept and dropped.</summary>
/// <param name="Model">The district model (WGS84); streets and communities are empty because OSM has no such layers here.</param>
/// <param name="Report">Counts of what was read, imported and dropped, by reason.</param>
public sealed record OsmImportResult(DistrictModel Model, OsmImportReport Report);
