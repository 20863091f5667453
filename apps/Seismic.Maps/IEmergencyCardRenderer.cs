using Seismic.Maps.Documents;

namespace Seismic.Maps;

/// <summary>
/// Lays out <see cref="EmergencyCard"/>s for print: one card as a PNG, a selection as a PDF with one card per page.
/// The seam between card content (built from the plan) and a drawing library, as <see cref="IMapRenderer"/> is for maps.
/// </summary>
public interface IEmergencyCardRenderer
{
    /// <summary>Renders one card as a PNG of <see cref="EmergencyCard.WidthPx"/> × <see cref="EmergencyCard.HeightPx"/>.</summary>
    /// <param name="card">The card.</param>
    /// <param name="output">A writable stream; it stays open.</param>
    /// <exception cref="MapFontException">When no installed font can draw Chinese.</exception>
    void RenderPng(EmergencyCard card, Stream output);

    /// <summary>Renders cards as one PDF, one card per page at its paper size.</summary>
    /// <param name="cards">The cards, at least one.</param>
    /// <param name="output">A writable stream; it stays open.</param>
    /// <exception cref="MapFontException">When no installed font can draw Chinese.</exception>
    void RenderPdf(IReadOnlyList<EmergencyCard> cards, Stream output);
}
