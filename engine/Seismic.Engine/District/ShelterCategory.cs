namespace Seismic.Engine.District;

/// <summary>
/// Category of an emergency shelter. GB 21734-2008 classes Ⅰ/Ⅱ/Ⅲ by length of stay; GB 50413-2007 distinguishes
/// immediate (紧急, 500 m service radius) and fixed (固定, 2–3 km) shelters. Open spaces found in OpenStreetMap that
/// are not designated shelters are candidates.
/// </summary>
public enum ShelterCategory
{
    /// <summary>Class Ⅰ: stays over 30 days (GB 21734-2008).</summary>
    ClassI,
    /// <summary>Class Ⅱ: stays of 10–30 days.</summary>
    ClassII,
    /// <summary>Class Ⅲ: stays under 10 days.</summary>
    ClassIII,
    /// <summary>Immediate (emergency) shelter: ≥ 1 m²/person, 500 m service radius (GB 50413-2007 §8.2).</summary>
    Immediate,
    /// <summary>Fixed shelter: ≥ 2 m²/person, 2–3 km service radius (GB 50413-2007 §8.2).</summary>
    Fixed,
    /// <summary>Open space that could serve as a shelter but is not designated (e.g. an OSM park).</summary>
    Candidate,
}
