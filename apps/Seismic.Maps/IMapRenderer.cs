using Seismic.Maps.Documents;

namespace Seismic.Maps;

/// <summary>
/// Turns a <see cref="MapDocument"/> into an image. The one seam between map content (built from the district
/// model and results) and a drawing library: SkiaSharp for server-side PNG today, other front ends later.
/// </summary>
public interface IMapRenderer
{
    /// <summary>Renders <paramref name="document"/> as a PNG image of exactly its pixel size.</summary>
    /// <param name="document">The map to draw.</param>
    /// <param name="output">A writable stream; the PNG is written from its current position and it stays open.</param>
    /// <exception cref="ArgumentException">When the document is outside its documented ranges.</exception>
    /// <exception cref="MapFontException">When no installed font can draw the labels.</exception>
    void RenderPng(MapDocument document, Stream output);
}
