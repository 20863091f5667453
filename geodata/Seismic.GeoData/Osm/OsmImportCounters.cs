namespace Seismic.GeoData.Osm;

/// <summary>Mutable tallies while a model is assembled; frozen into an <see cref="OsmImportReport"/> at the end.</summary>
internal sealed class OsmImportCounters
{
    public int Roads;
    public int WalkableRoads;
    public int Bridges;
    public int Tunnels;
    public int Steps;
    public int Buildings;
    public int RelationBuildings;
    public int BuildingsRepaired;
    public int Shelters;
    public int AssemblyPoints;
    public int RoadsSkippedByClass;
    public int RoadsDroppedMissingNodes;
    public int BuildingsDroppedMissingNodes;
    public int BuildingsDroppedUnclosed;
    public int BuildingsDroppedDegenerate;
    public int ParksDroppedTooSmall;
    public int SheltersSkippedPublicTransport;
    public int SheltersDroppedIncomplete;
    public int AssemblyPointsDroppedMissingNodes;

    public OsmImportReport ToReport(OsmScan scan) => new()
    {
        NodesRead = scan.NodesRead,
        WaysRead = scan.WaysRead,
        RelationsRead = scan.RelationsRead,
        Roads = Roads,
        WalkableRoads = WalkableRoads,
        Bridges = Bridges,
        Tunnels = Tunnels,
        Steps = Steps,
        Buildings = Buildings,
        RelationBuildings = RelationBuildings,
        BuildingsRepaired = BuildingsRepaired,
        Shelters = Shelters,
        AssemblyPoints = AssemblyPoints,
        RoadsSkippedByClass = RoadsSkippedByClass,
        RoadsDroppedMissingNodes = RoadsDroppedMissingNodes,
        BuildingsDroppedMissingNodes = BuildingsDroppedMissingNodes,
        BuildingsDroppedUnclosed = BuildingsDroppedUnclosed,
        BuildingsDroppedDegenerate = BuildingsDroppedDegenerate,
        ParksDroppedTooSmall = ParksDroppedTooSmall,
        SheltersSkippedPublicTransport = SheltersSkippedPublicTransport,
        SheltersDroppedIncomplete = SheltersDroppedIncomplete,
        AssemblyPointsDroppedMissingNodes = AssemblyPointsDroppedMissingNodes,
    };
}
