using Seismic.Engine.Risk;

namespace Seismic.GeoData.OpenQuake;

/// <summary>Ground-motion fields read from OpenQuake CSVs: the sites, the values and the events.</summary>
/// <param name="Sites">Sites in sites-file order; site index i of <paramref name="Fields"/> is Sites[i].</param>
/// <param name="Fields">Values per IMT, site and event (0 where the GMF has no row for a site and event).</param>
/// <param name="Events">Event labels in index order: "eid", or "rlzi/eid" when the file has a realization column.</param>
public sealed record GroundMotionData(IReadOnlyList<HazardSite> Sites, GroundMotionFieldSet Fields, IReadOnlyList<string> Events);
