namespace Seismic.Engine.Routing.Assignment;

/// <summary>A building to evacuate: its occupants and its snapped location on the pedestrian network.</summary>
/// <param name="Id">Building id.</param>
/// <param name="CommunityCode">Community (居委会) code, for the per-community totals.</param>
/// <param name="Persons">Occupants to shelter (day or night case), ≥ 0.</param>
/// <param name="Location">Snapped door on the network (invalid when it could not be snapped).</param>
public readonly record struct EvacueeOrigin(string Id, string CommunityCode, int Persons, EdgeLocation Location);
