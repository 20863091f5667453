namespace Seismic.GeoData.Osm;

/// <summary>Choices made when turning an OpenStreetMap extract into a district model.</summary>
public sealed record OsmImportOptions
{
    /// <summary>The defaults described on each property.</summary>
    public static OsmImportOptions Default { get; } = new();

    /// <summary>
    /// Display name of the district; null takes the file name without its <c>.osm.pbf</c> / <c>.osm</c> ending.
    /// </summary>
    public string? DistrictName { get; init; }

    /// <summary>
    /// Share of a park's site area counted as usable shelter area, in (0, 1]. Default 0.6: lawns and paved squares
    /// remain once water, buildings, dense planting and slopes are taken out (GB 21734-2008 counts only the
    /// effective area; 0.6 is a planning assumption to be replaced by a survey).
    /// </summary>
    public double ParkUsableFraction { get; init; } = 0.6;

    /// <summary>
    /// Smallest usable area in m² for a park to become a shelter candidate. Default 2,000 m², the smallest
    /// emergency shelter site of GB 21734-2008; smaller parks are dropped and counted in the report.
    /// </summary>
    public double MinimumParkUsableAreaM2 { get; init; } = 2000;

    /// <summary>Checks the values; throws <see cref="ArgumentOutOfRangeException"/> when one is out of range.</summary>
    internal void Validate()
    {
        if (!(ParkUsableFraction > 0 && ParkUsableFraction <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ParkUsableFraction), ParkUsableFraction, "must be in (0, 1]");
        }

        if (!(MinimumParkUsableAreaM2 >= 0) || double.IsInfinity(MinimumParkUsableAreaM2))
        {
            throw new ArgumentOutOfRangeException(
                nameof(MinimumParkUsableAreaM2), MinimumParkUsableAreaM2, "must be a finite number ≥ 0");
        }
    }
}
