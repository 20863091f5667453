using NetTopologySuite.Geometries;
using Seismic.Engine.District;

namespace Seismic.Engine.Buildings;

/// <summary>
/// One building's seismic survey record (建(构)筑物抗震性能普查): what the scoring needs, as the surveyor saw it.
/// </summary>
/// <param name="Id">Building identifier (编号), the same as <see cref="Building.Id"/>.</param>
/// <param name="Footprint">Polygon footprint or a Point, SRID 4326.</param>
/// <param name="Address">Postal address, empty when unknown.</param>
/// <param name="StreetCode">Code of the street (街道), empty when unknown.</param>
/// <param name="CommunityCode">Code of the community (社区), empty when unknown.</param>
/// <param name="StructureType">Structural system (结构类型).</param>
/// <param name="YearBuilt">Year of completion (建成年份), null when unknown.</param>
/// <param name="Storeys">Storeys above ground (地上层数), at least 1.</param>
/// <param name="BasementStoreys">Storeys below ground, 0 or more.</param>
/// <param name="HeightM">Height in metres, null when unknown.</param>
/// <param name="FloorAreaM2">Gross floor area in m², null when unknown.</param>
/// <param name="Use">Main use (用途).</param>
/// <param name="Importance">Fortification category per GB 50223 (设防类别).</param>
/// <param name="OccupantsDay">People inside on a weekday afternoon.</param>
/// <param name="OccupantsNight">People inside at night.</param>
/// <param name="DesignIntensity">Fortification intensity the building was designed for (设防烈度), 6–9, null = none.</param>
/// <param name="SiteClass">Site class (场地类别), null when not determined.</param>
/// <param name="Vs30">Average shear-wave velocity of the top 30 m in m/s, null when not measured.</param>
/// <param name="Condition">Observed condition (cracks, corrosion, settlement, alterations).</param>
/// <param name="VerticalIrregularity">Vertical irregularity (setbacks, discontinuous elements).</param>
/// <param name="SoftStorey">A soft or weak storey (usually an open ground floor of shops or parking).</param>
/// <param name="PlanIrregularity">Plan irregularity (re-entrant corners, torsion).</param>
/// <param name="ShortColumns">Short (captive) columns.</param>
/// <param name="Pounding">Risk of pounding against an adjacent building.</param>
/// <param name="FallingHazards">Falling hazards: parapets, signs, air-conditioner units.</param>
/// <param name="Surveyor">Name or code of the surveyor.</param>
/// <param name="SurveyDate">Date of the survey, null when not recorded.</param>
/// <param name="Photos">Photo file references, relative to the survey folder.</param>
public sealed record SurveyRecord(
    string Id,
    Geometry Footprint,
    string Address,
    string StreetCode,
    string CommunityCode,
    StructureType StructureType,
    int? YearBuilt,
    int Storeys,
    int BasementStoreys,
    double? HeightM,
    double? FloorAreaM2,
    BuildingUse Use,
    ImportanceCategory Importance,
    int OccupantsDay,
    int OccupantsNight,
    int? DesignIntensity,
    SiteClass? SiteClass,
    double? Vs30,
    BuildingCondition Condition,
    Irregularity VerticalIrregularity,
    bool SoftStorey,
    bool PlanIrregularity,
    bool ShortColumns,
    bool Pounding,
    bool FallingHazards,
    string Surveyor,
    DateOnly? SurveyDate,
    IReadOnlyList<string> Photos)
{
    /// <summary>
    /// A survey record for a district building not yet surveyed: the district attributes, importance from the use
    /// (schools and hospitals are key per GB 50223), no observed defects, no site data and no design intensity
    /// unless given.
    /// </summary>
    /// <param name="building">The district building.</param>
    /// <param name="designIntensity">The fortification intensity it was designed for, null when none or unknown.</param>
    /// <returns>The record; storeys default to 1 when the district model does not know them.</returns>
    public static SurveyRecord FromBuilding(Building building, int? designIntensity = null)
    {
        ArgumentNullException.ThrowIfNull(building);
        var importance = building.Use is BuildingUse.School or BuildingUse.Hospital
            ? ImportanceCategory.Key
            : ImportanceCategory.Standard;
        return new SurveyRecord(
            building.Id, building.Footprint, building.Address, building.StreetCode, building.CommunityCode,
            building.StructureType, building.YearBuilt, Math.Max(1, building.Storeys ?? 1), building.BasementStoreys,
            building.HeightM, building.FloorAreaM2, building.Use, importance, building.OccupantsDay,
            building.OccupantsNight, designIntensity, null, null, BuildingCondition.Good, Irregularity.None,
            false, false, false, false, false, string.Empty, null, []);
    }

    /// <summary>The larger of the day and night occupancy: the people at risk in the worse case.</summary>
    public int PeakOccupants => Math.Max(OccupantsDay, OccupantsNight);

    /// <summary>True for schools and hospitals and for key or special buildings (GB 50223 乙类 and 甲类).</summary>
    public bool IsKeyCategory =>
        Use is BuildingUse.School or BuildingUse.Hospital || Importance != ImportanceCategory.Standard;
}
