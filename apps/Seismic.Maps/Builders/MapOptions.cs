namespace Seismic.Maps.Builders;

/// <summary>Sheet size and content choices for maps built from the district model.</summary>
public sealed record MapOptions
{
    /// <summary>Image width in pixels (default 2400: an A4 landscape page at 200 dpi is 2339 px wide).</summary>
    public int WidthPx { get; init; } = 2400;

    /// <summary>Image height in pixels.</summary>
    public int HeightPx { get; init; } = 1600;

    /// <summary>Resolution in dots per inch; label and line sizes are set in points and scale with it.</summary>
    public double Dpi { get; init; } = 200;

    /// <summary>Title; null for "{district name} {English name}", e.g. "海珠区 Haizhu District".</summary>
    public string? Title { get; init; }

    /// <summary>Subtitle; null for a description of the map and its feature counts.</summary>
    public string? Subtitle { get; init; }

    /// <summary>Attribution line; null for one built from the model's source and the projection.</summary>
    public string? Attribution { get; init; }

    /// <summary>Shelters holding at least this many persons get their name printed (smaller ones only a marker).</summary>
    public int ShelterLabelMinCapacity { get; init; } = 10_000;

    /// <summary>Draw the building footprints.</summary>
    public bool ShowBuildings { get; init; } = true;

    /// <summary>
    /// Paint everything outside the district outline in the water colour (and name it the Pearl River in the legend).
    /// Null (the default) decides by the district: yes for Haizhu (code 440105), an island in the Pearl River whose
    /// outline follows the river banks, so the frame around it is mostly river; no for any other district, such as an
    /// OpenStreetMap import, whose outline is the extract's box with land around it.
    /// </summary>
    public bool? OutsideIsWater { get; init; }
}
