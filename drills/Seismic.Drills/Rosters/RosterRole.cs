namespace Seismic.Drills.Rosters;

/// <summary>A roster member's role in the district's earthquake response.</summary>
public enum RosterRole
{
    /// <summary>地震应急救援志愿者: an earthquake emergency rescue volunteer.</summary>
    Volunteer,

    /// <summary>防震减灾助理员: a community's disaster-reduction assistant; receives escalations for its volunteers.</summary>
    Assistant,

    /// <summary>A drill coordinator of the earthquake office or a street; the last escalation step.</summary>
    Coordinator,
}
