namespace Seismic.Maps.Documents;

/// <summary>
/// A renderer-neutral description of one map sheet: what to draw (layers in WGS84), how (styles in points), and the
/// furniture (title, legend, scale bar, north arrow, attribution). An <see cref="IMapRenderer"/> turns it into an
/// image; a web or desktop front end can read the same description.
/// </summary>
/// <param name="Title">Title line, e.g. "海珠区 Haizhu District".</param>
/// <param name="Subtitle">Second line under the title; empty for none.</param>
/// <param name="Extent">The area the map frame must show; the renderer adds <see cref="MarginFraction"/> around it
/// and keeps the aspect ratio, so more than the extent may be visible.</param>
/// <param name="Layers">Layers, bottom first.</param>
/// <param name="Legend">Legend rows, top first; empty for no legend panel.</param>
/// <param name="Attribution">Data sources and licences, printed under the map frame.</param>
/// <param name="WidthPx">Image width in pixels, 64–16384.</param>
/// <param name="HeightPx">Image height in pixels, 64–16384.</param>
/// <param name="Dpi">Print resolution in dots per inch, 36–1200; converts every size in points to pixels
/// (px = pt × dpi / 72).</param>
public sealed record MapDocument(
    string Title,
    string Subtitle,
    MapExtent Extent,
    IReadOnlyList<MapLayer> Layers,
    IReadOnlyList<LegendEntry> Legend,
    string Attribution,
    int WidthPx,
    int HeightPx,
    double Dpi)
{
    /// <summary>Smallest accepted image side in pixels.</summary>
    public const int MinSidePx = 64;

    /// <summary>Largest accepted image side in pixels (a 16k × 16k RGBA image already takes 1 GiB).</summary>
    public const int MaxSidePx = 16384;

    /// <summary>Colour of the map frame behind all layers (e.g. water around an island district).</summary>
    public MapColor Background { get; init; } = new(255, 255, 255);

    /// <summary>Colour of the sheet around the map frame (title band, legend panel, footer).</summary>
    public MapColor PageColor { get; init; } = new(255, 255, 255);

    /// <summary>Space kept between the extent and the frame edge, as a fraction of the frame size (0–0.4).</summary>
    public double MarginFraction { get; init; } = 0.04;

    /// <summary>Draw a metric scale bar in the lower left of the frame.</summary>
    public bool ShowScaleBar { get; init; } = true;

    /// <summary>Draw a north arrow in the upper right of the frame.</summary>
    public bool ShowNorthArrow { get; init; } = true;

    /// <summary>Swatch colour behind each legend symbol (e.g. the land colour, so white roads show); null for none.</summary>
    public MapColor? LegendSymbolBackground { get; init; }

    /// <summary>Heading of the legend panel.</summary>
    public string LegendTitle { get; init; } = "图例 Legend";

    /// <summary>Points to pixels at this document's resolution.</summary>
    /// <param name="pt">A size in typographic points (1/72 inch).</param>
    public float Px(double pt) => (float)(pt * Dpi / 72.0);

    /// <summary>Throws <see cref="ArgumentException"/> when a field is outside its documented range.</summary>
    public void Validate()
    {
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(Subtitle);
        ArgumentNullException.ThrowIfNull(Extent);
        ArgumentNullException.ThrowIfNull(Layers);
        ArgumentNullException.ThrowIfNull(Legend);
        ArgumentNullException.ThrowIfNull(Attribution);
        if (WidthPx is < MinSidePx or > MaxSidePx || HeightPx is < MinSidePx or > MaxSidePx)
        {
            throw new ArgumentException(
                $"Map size {WidthPx} × {HeightPx} px is outside {MinSidePx}–{MaxSidePx} px per side.");
        }

        if (!(Dpi is >= 36 and <= 1200))
        {
            throw new ArgumentException($"Map resolution {Dpi} dpi is outside 36–1200 dpi.");
        }

        if (!(MarginFraction is >= 0 and <= 0.4))
        {
            throw new ArgumentException($"Map margin {MarginFraction} is outside 0–0.4 of the frame.");
        }

        Extent.Validate();
    }
}
