namespace Seismic.Engine.District;

/// <summary>
/// Functional class of a road segment, following OpenStreetMap's highway=* values grouped for pedestrian routing.
/// </summary>
public enum RoadClass
{
    /// <summary>Motorway or expressway (highway=motorway/trunk and their links): no pedestrians.</summary>
    Motorway,
    /// <summary>Primary arterial (highway=primary).</summary>
    Primary,
    /// <summary>Secondary arterial (highway=secondary).</summary>
    Secondary,
    /// <summary>Tertiary / collector road (highway=tertiary).</summary>
    Tertiary,
    /// <summary>Residential or unclassified street (highway=residential/unclassified/living_street).</summary>
    Residential,
    /// <summary>Service road, driveway or lane (highway=service).</summary>
    Service,
    /// <summary>Narrow alley of an urban village (窄巷), typically 1–3 m between buildings.</summary>
    Alley,
    /// <summary>Pedestrian street or square (highway=pedestrian).</summary>
    Pedestrian,
    /// <summary>Footway or sidewalk (highway=footway).</summary>
    Footway,
    /// <summary>Path, track or bridleway (highway=path/track/bridleway).</summary>
    Path,
    /// <summary>Cycleway (highway=cycleway); walkable unless foot=no.</summary>
    Cycleway,
    /// <summary>Steps (highway=steps): walkable, slower.</summary>
    Steps,
    /// <summary>Any other highway value.</summary>
    Other,
}
