using Seismic.Engine.District;

namespace Seismic.GeoData.Synthesis;

/// <summary>
/// Day and night occupants from use and floor area. Residential night density is calibrated by the caller
/// (about 30 m² of gross floor area per resident, Guangzhou's per-capita housing floor area being in the low 30s);
/// the other densities follow common exposure-model practice (e.g. HAZUS occupancy by time of day: schools and
/// offices full by day and empty at night, housing partly empty by day).
/// </summary>
internal static class Occupancy
{
    /// <summary>Share of residents at home on a weekday afternoon (children, retirees, home workers).</summary>
    public const double ResidentialDayShare = 0.35;

    public static (double Day, double Night) PerM2(BuildingUse use, double residentialM2PerPerson) => use switch
    {
        BuildingUse.Residential => (ResidentialDayShare / residentialM2PerPerson, 1.0 / residentialM2PerPerson),
        BuildingUse.School => (1.0 / 8, 0),
        BuildingUse.Hospital => (1.0 / 15, 1.0 / 30),
        BuildingUse.Office => (1.0 / 12, 1.0 / 600),
        BuildingUse.Retail => (1.0 / 10, 1.0 / 300),
        BuildingUse.Industrial => (1.0 / 40, 1.0 / 250),
        _ => (1.0 / 25, 1.0 / 200),
    };
}
