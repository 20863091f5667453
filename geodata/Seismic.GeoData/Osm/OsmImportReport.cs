namespace Seismic.GeoData.Osm;

/// <summary>
/// Counts from one OpenStreetMap import: elements read, features imported, and features dropped by reason, so that
/// every gap in the model can be explained.
/// </summary>
public sealed record OsmImportReport
{
    /// <summary>Nodes read from the file (with coordinates).</summary>
    public long NodesRead { get; init; }

    /// <summary>Ways read from the file.</summary>
    public long WaysRead { get; init; }

    /// <summary>Relations read from the file.</summary>
    public long RelationsRead { get; init; }

    /// <summary>Road segments imported (ways with highway=* of a kept class).</summary>
    public int Roads { get; init; }

    /// <summary>Imported roads on which people may walk (<c>Road.PedestrianAccess</c>).</summary>
    public int WalkableRoads { get; init; }

    /// <summary>Imported roads on bridges.</summary>
    public int Bridges { get; init; }

    /// <summary>Imported roads in tunnels or building passages.</summary>
    public int Tunnels { get; init; }

    /// <summary>Imported roads that are steps.</summary>
    public int Steps { get; init; }

    /// <summary>Buildings imported (closed ways and multipolygon relations).</summary>
    public int Buildings { get; init; }

    /// <summary>Of <see cref="Buildings"/>, those assembled from multipolygon relations.</summary>
    public int RelationBuildings { get; init; }

    /// <summary>Of <see cref="Buildings"/>, footprints that were invalid and repaired with a zero-width buffer.</summary>
    public int BuildingsRepaired { get; init; }

    /// <summary>Shelter candidates imported (parks and amenity=shelter).</summary>
    public int Shelters { get; init; }

    /// <summary>Assembly points imported (emergency=assembly_point).</summary>
    public int AssemblyPoints { get; init; }

    /// <summary>Highway ways skipped for their class (construction, proposed, abandoned, disused, razed, platform, raceway).</summary>
    public int RoadsSkippedByClass { get; init; }

    /// <summary>Highway ways dropped because fewer than two of their nodes are in the file (cut at the extract edge).</summary>
    public int RoadsDroppedMissingNodes { get; init; }

    /// <summary>Building ways or relations dropped because nodes or member ways are missing from the file.</summary>
    public int BuildingsDroppedMissingNodes { get; init; }

    /// <summary>Building ways dropped because they are not closed rings.</summary>
    public int BuildingsDroppedUnclosed { get; init; }

    /// <summary>Buildings dropped because their footprint has no area, even after repair.</summary>
    public int BuildingsDroppedDegenerate { get; init; }

    /// <summary>Parks dropped because their usable area is below the minimum shelter site.</summary>
    public int ParksDroppedTooSmall { get; init; }

    /// <summary>amenity=shelter features skipped because they are public-transport stop shelters (shelter_type).</summary>
    public int SheltersSkippedPublicTransport { get; init; }

    /// <summary>Shelter or park areas dropped because nodes or member ways are missing, or the ring is not closed.</summary>
    public int SheltersDroppedIncomplete { get; init; }

    /// <summary>Assembly-point ways dropped because none of their nodes is in the file.</summary>
    public int AssemblyPointsDroppedMissingNodes { get; init; }
}
