using OsmSharp.Tags;
using Seismic.Engine.District;
using Seismic.Engine.Routing.Flow;

namespace Seismic.GeoData.Osm;

/// <summary>
/// How highway=* ways become <see cref="Road"/> attributes. Tag meanings follow the OpenStreetMap wiki pages
/// Key:highway, Key:foot, Key:access, Key:bridge, Key:tunnel, Key:layer, Key:oneway and Key:width.
/// </summary>
internal static class OsmRoadTags
{
    /// <summary>Width above which a width=* value is taken for a typo rather than a road (m).</summary>
    private const double MaxWidthM = 200;

    /// <summary>
    /// Maps highway=* (and service=alley) to a class. Returns false for ways that are not usable roads:
    /// construction, proposed, abandoned, disused, razed, platform (a public-transport platform area), raceway.
    /// </summary>
    public static bool TryClassify(string highway, string? service, out RoadClass roadClass)
    {
        roadClass = highway.ToLowerInvariant() switch
        {
            "motorway" or "motorway_link" or "trunk" or "trunk_link" => RoadClass.Motorway,
            "primary" or "primary_link" => RoadClass.Primary,
            "secondary" or "secondary_link" => RoadClass.Secondary,
            "tertiary" or "tertiary_link" => RoadClass.Tertiary,
            "residential" or "unclassified" or "living_street" => RoadClass.Residential,
            // service=alley is OSM's narrow lane between buildings — the urban-village alley (窄巷) of the model.
            "service" when string.Equals(service, "alley", StringComparison.OrdinalIgnoreCase) => RoadClass.Alley,
            "service" => RoadClass.Service,
            "pedestrian" => RoadClass.Pedestrian,
            "footway" or "sidewalk" or "crossing" => RoadClass.Footway,
            "path" or "track" or "bridleway" => RoadClass.Path,
            "cycleway" => RoadClass.Cycleway,
            "steps" => RoadClass.Steps,
            _ => RoadClass.Other,
        };
        return highway.ToLowerInvariant() switch
        {
            "construction" or "proposed" or "abandoned" or "disused" or "razed" or "platform" or "raceway" => false,
            _ => true,
        };
    }

    /// <summary>
    /// Whether people may walk on the way, in this order: foot=yes/designated/permissive → yes;
    /// foot=no/private/use_sidepath → no (use_sidepath: a separate sidewalk is mapped and takes the walkers);
    /// access=no/private → no; motorways and trunk roads → no; anything else → yes.
    /// Motorways (高速公路) are closed to pedestrians by the PRC Road Traffic Safety Law, art. 67. Trunk roads count
    /// as no-walk too: in Chinese cities OSM tags the fenced urban expressways (城市快速路) trunk, and many
    /// countries restrict them similarly; a trunk section that people may walk along says foot=yes and stays walkable.
    /// </summary>
    public static bool PedestrianAccess(RoadClass roadClass, TagsCollectionBase? tags)
    {
        var foot = OsmTagValues.Get(tags, "foot")?.ToLowerInvariant();
        switch (foot)
        {
            case "yes" or "designated" or "permissive":
                return true;
            case "no" or "private" or "use_sidepath":
                return false;
        }

        var access = OsmTagValues.Get(tags, "access")?.ToLowerInvariant();
        if (access is "no" or "private")
        {
            return false;
        }

        return roadClass != RoadClass.Motorway;
    }

    /// <summary>
    /// bridge=* other than "no" → bridge (viaducts, boardwalks included); otherwise tunnel=* other than "no" →
    /// tunnel, including tunnel=building_passage, a passage under a building: it is under a structure that can
    /// collapse onto it, which is what the tunnel class stands for in blockage analysis. covered=* is ignored.
    /// </summary>
    /// <param name="tags">Way tags.</param>
    /// <param name="buildingPassage">True for tunnel=building_passage.</param>
    public static RoadStructure Structure(TagsCollectionBase? tags, out bool buildingPassage)
    {
        buildingPassage = false;
        if (OsmTagValues.IsSetAndNotNo(tags, "bridge"))
        {
            return RoadStructure.Bridge;
        }

        if (OsmTagValues.IsSetAndNotNo(tags, "tunnel"))
        {
            buildingPassage = OsmTagValues.Is(tags, "tunnel", "building_passage");
            return RoadStructure.Tunnel;
        }

        return RoadStructure.None;
    }

    /// <summary>
    /// layer=* as an integer; when absent or not an integer, the OSM convention: bridges 1, tunnels −1, building
    /// passages 0 (they run at street level; the wiki says layer is not needed there), everything else 0.
    /// </summary>
    public static int Layer(TagsCollectionBase? tags, RoadStructure structure, bool buildingPassage)
    {
        var layer = OsmTagValues.ParseInt(OsmTagValues.Get(tags, "layer"));
        if (layer is { } value)
        {
            return value;
        }

        return structure switch
        {
            RoadStructure.Bridge => 1,
            RoadStructure.Tunnel when !buildingPassage => -1,
            _ => 0,
        };
    }

    /// <summary>
    /// One-way for vehicles: oneway=yes/1/true, or −1/reverse (then <paramref name="reverse"/> is set and the caller
    /// flips the geometry so that one-way always means along the geometry). Without oneway=*, motorways, their links
    /// and roundabouts (junction=roundabout) are one-way, as the wiki defines; oneway=no overrides that.
    /// </summary>
    public static bool OneWay(string highway, TagsCollectionBase? tags, out bool reverse)
    {
        reverse = false;
        var oneway = OsmTagValues.Get(tags, "oneway")?.ToLowerInvariant();
        switch (oneway)
        {
            case "yes" or "1" or "true":
                return true;
            case "-1" or "reverse":
                reverse = true;
                return true;
            case "no" or "0" or "false":
                return false;
        }

        return highway.Equals("motorway", StringComparison.OrdinalIgnoreCase)
            || highway.Equals("motorway_link", StringComparison.OrdinalIgnoreCase)
            || OsmTagValues.Is(tags, "junction", "roundabout");
    }

    /// <summary>width=* in metres when it parses (see <see cref="OsmTagValues.TryParseMetres"/>), else the class default
    /// (<see cref="RoadWidthTable.DefaultWidthM"/>, the table the pedestrian graph also falls back to).</summary>
    public static double WidthM(RoadClass roadClass, TagsCollectionBase? tags) =>
        OsmTagValues.TryParseMetres(OsmTagValues.Get(tags, "width"), MaxWidthM, out var width)
            ? width
            : RoadWidthTable.DefaultWidthM(roadClass);
}
