using NetTopologySuite.Geometries;

namespace Seismic.Engine.Routing.Blockage;

/// <summary>A shelter site for the blockage analysis.</summary>
/// <param name="Id">Shelter id.</param>
/// <param name="MetricSite">Site polygon (or point) in the graph's metric coordinates.</param>
/// <param name="Flagged">Closed by given inputs (its own site damaged, occupied, unsafe).</param>
public sealed record BlockageShelter(string Id, Geometry MetricSite, bool Flagged);
