namespace Seismic.Maps.Documents;

/// <summary>
/// A renderer-neutral printable emergency card (防震减灾应急卡): a header, a route map, text sections and a footer on
/// one sheet. An <see cref="IEmergencyCardRenderer"/> lays it out; a web front end can show the same content as a
/// page with an interactive map of <see cref="RouteMap"/>.
/// </summary>
/// <param name="Id">Card id (building id or community code); names the card's files.</param>
/// <param name="Title">Title, e.g. "防震减灾应急卡".</param>
/// <param name="TitleEn">English title line.</param>
/// <param name="Subject">Whom the card is for (community, building), Chinese; shown in the header band.</param>
/// <param name="SubjectEn">The same in English or pinyin.</param>
/// <param name="RouteMap">The route map; its title, legend, attribution and pixel size are not used on the card.</param>
/// <param name="MapLegend">Legend rows shown in one line under the map.</param>
/// <param name="Sections">Text sections, in reading order within their column.</param>
/// <param name="Footer">Small print: data source, plan case, card id.</param>
public sealed record EmergencyCard(
    string Id,
    string Title,
    string TitleEn,
    string Subject,
    string SubjectEn,
    MapDocument RouteMap,
    IReadOnlyList<LegendEntry> MapLegend,
    IReadOnlyList<CardSection> Sections,
    string Footer)
{
    /// <summary>Sheet width in millimetres (A5 portrait: 148 mm, ISO 216).</summary>
    public double WidthMm { get; init; } = 148;

    /// <summary>Sheet height in millimetres (A5 portrait: 210 mm, ISO 216).</summary>
    public double HeightMm { get; init; } = 210;

    /// <summary>
    /// Raster resolution of the PNG in dots per inch, 72–600. 150 dpi gives 874 × 1240 px for A5: text of 6.5 pt and
    /// more stays sharp on an office printer and the file stays near half a megabyte; the PDF is vector at any size.
    /// </summary>
    public double Dpi { get; init; } = 150;

    /// <summary>Colour of the header band and section rules (emergency red by default).</summary>
    public MapColor Accent { get; init; } = MapColor.FromHex("#c62828");

    /// <summary>A warning shown prominently above the sections (e.g. no shelter place); empty for none.</summary>
    public string Warning { get; init; } = string.Empty;

    /// <summary>Sheet width in pixels at <see cref="Dpi"/>.</summary>
    public int WidthPx => (int)Math.Round(WidthMm / 25.4 * Dpi);

    /// <summary>Sheet height in pixels at <see cref="Dpi"/>.</summary>
    public int HeightPx => (int)Math.Round(HeightMm / 25.4 * Dpi);

    /// <summary>Throws <see cref="ArgumentException"/> when a field is outside its documented range.</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrEmpty(Id);
        ArgumentNullException.ThrowIfNull(Title);
        ArgumentNullException.ThrowIfNull(RouteMap);
        ArgumentNullException.ThrowIfNull(Sections);
        ArgumentNullException.ThrowIfNull(MapLegend);
        if (!(WidthMm is >= 50 and <= 600 && HeightMm is >= 50 and <= 600))
        {
            throw new ArgumentException($"Card size {WidthMm} × {HeightMm} mm is outside 50–600 mm per side.");
        }

        if (!(Dpi is >= 72 and <= 600))
        {
            throw new ArgumentException($"Card resolution {Dpi} dpi is outside 72–600 dpi.");
        }

        RouteMap.Extent.Validate();
    }
}
