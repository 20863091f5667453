using Seismic.Engine.District;

namespace Seismic.Engine.Routing.Flow;

/// <summary>
/// Default clear width of a road by class, in metres, for roads whose width is not recorded. Planning assumptions
/// for carriageway plus sidewalks with 3.5 m traffic lanes (CJJ 37-2012 §5.3: lanes 3.5–3.75 m): motorway 6 lanes
/// ≈ 20, primary 4 lanes and sidewalks ≈ 16, secondary ≈ 12, tertiary ≈ 10, residential ≈ 7, service 4, urban-village
/// alley 2, pedestrian street 6, footway 2, path 1.5, cycleway 2, steps 2, other 3. The OSM import takes its width
/// from this table when width=* is missing or unreadable, and the pedestrian graph when a road has no width, so a graph
/// built from either source gets the same capacities.
/// </summary>
public static class RoadWidthTable
{
    /// <summary>Default clear width of a class in metres (&gt; 0).</summary>
    /// <param name="roadClass">The road class.</param>
    public static double DefaultWidthM(RoadClass roadClass) => roadClass switch
    {
        RoadClass.Motorway => 20,
        RoadClass.Primary => 16,
        RoadClass.Secondary => 12,
        RoadClass.Tertiary => 10,
        RoadClass.Residential => 7,
        RoadClass.Service => 4,
        RoadClass.Alley => 2,
        RoadClass.Pedestrian => 6,
        RoadClass.Footway => 2,
        RoadClass.Path => 1.5,
        RoadClass.Cycleway => 2,
        RoadClass.Steps => 2,
        _ => 3,
    };
}
