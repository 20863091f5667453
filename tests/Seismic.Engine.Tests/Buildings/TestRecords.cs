using NetTopologySuite.Geometries;
using Seismic.Engine.Buildings;
using Seismic.Engine.District;

namespace Seismic.Engine.Tests.Buildings;

/// <summary>Survey records for tests: a regular, good-condition building unless told otherwise.</summary>
internal static class TestRecords
{
    private static readonly Point Location = new(113.30, 23.10) { SRID = 4326 };

    public static SurveyRecord Make(
        StructureType type = StructureType.RcFrame,
        int storeys = 3,
        int? year = 2005,
        int? intensity = 7,
        SiteClass? site = SiteClass.II,
        BuildingUse use = BuildingUse.Residential,
        ImportanceCategory importance = ImportanceCategory.Standard,
        int occupants = 100,
        BuildingCondition condition = BuildingCondition.Good,
        Irregularity vertical = Irregularity.None,
        bool softStorey = false,
        bool plan = false,
        bool shortColumns = false,
        bool pounding = false,
        bool falling = false,
        double? floorArea = 1000,
        double? vs30 = null,
        string id = "B1") =>
        new(id, Location, "江南中街 1 号", "440105001", "440105001001", type, year, storeys, 0, storeys * 3.0, floorArea,
            use, importance, occupants, occupants / 2, intensity, site, vs30, condition, vertical, softStorey, plan,
            shortColumns, pounding, falling, "surveyor-1", new DateOnly(2026, 10, 1), ["photos/b1.jpg"]);
}
