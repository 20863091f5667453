using NetTopologySuite.Geometries;

namespace Seismic.Engine.District;

/// <summary>An emergency shelter (应急避难场所) or candidate open space.</summary>
/// <param name="Id">Unique identifier.</param>
/// <param name="Name">Chinese name, e.g. "晓港公园".</param>
/// <param name="NameEn">English name, empty when none.</param>
/// <param name="Geometry">Site polygon (or point when only the location is known), SRID 4326.</param>
/// <param name="Category">Class Ⅰ/Ⅱ/Ⅲ, immediate/fixed, or candidate.</param>
/// <param name="SiteType">What the site is: park, school, square, campus, stadium, other.</param>
/// <param name="UsableAreaM2">Usable (effective) area in m² — less than the site area (water, buildings, trees).</param>
/// <param name="CapacityPersons">Persons it holds: usable area ÷ 1.5 m² per person (GB 21734-2008) unless surveyed.</param>
/// <param name="Address">Address, empty when unknown.</param>
/// <param name="Entrances">
/// Access points (gates); empty when none are mapped: an open site (park, square) is then entered from any point of its
/// boundary, a walled one (school, campus, stadium) where a path crosses its boundary, and either, when no path comes
/// near, at its nearest street.
/// </param>
public sealed record Shelter(
    string Id,
    string Name,
    string NameEn,
    Geometry Geometry,
    ShelterCategory Category,
    string SiteType,
    double UsableAreaM2,
    int CapacityPersons,
    string Address,
    IReadOnlyList<Point> Entrances)
{
    /// <summary>Living area per person used for capacity when none was surveyed (GB 21734-2008: &gt; 1.5 m²).</summary>
    public const double AreaPerPersonM2 = 1.5;

    /// <summary>Capacity from usable area at <see cref="AreaPerPersonM2"/>, rounded down.</summary>
    /// <param name="usableAreaM2">Usable area in m², ≥ 0.</param>
    public static int CapacityFromArea(double usableAreaM2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(usableAreaM2);
        return (int)Math.Floor(usableAreaM2 / AreaPerPersonM2);
    }
}
