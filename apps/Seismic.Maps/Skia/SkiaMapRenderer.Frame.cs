using Seismic.Maps.Documents;
using Seismic.Maps.Projection;
using SkiaSharp;

namespace Seismic.Maps.Skia;

public sealed partial class SkiaMapRenderer
{
    /// <summary>
    /// Draws only the map frame of <paramref name="document"/> — background, layers, labels, scale bar and north arrow —
    /// into <paramref name="frame"/> of <paramref name="canvas"/>, without title, legend or attribution. Composed
    /// sheets (emergency cards) place a map among their own text this way; the document's pixel size is ignored.
    /// </summary>
    internal static void DrawFrame(SKCanvas canvas, MapDocument document, SKRect frame, MapFonts fonts)
    {
        var viewport = new MapViewport(document.Extent, frame.Left, frame.Top, frame.Width, frame.Height, document.MarginFraction);
        DrawFrame(canvas, document, frame, viewport, fonts);
    }

    /// <summary>Draws one legend symbol (area, line, marker) into <paramref name="symbol"/>, as the legend panel does.</summary>
    internal static void DrawSymbol(SKCanvas canvas, MapDocument document, LegendEntry entry, SKRect symbol) =>
        DrawLegendSymbol(canvas, document, entry, symbol);

    private static void DrawFrame(SKCanvas canvas, MapDocument document, SKRect frame, MapViewport viewport, MapFonts fonts)
    {
        var placer = new LabelPlacer(frame, document.Px(1.5));

        canvas.Save();
        canvas.ClipRect(frame);
        using (var background = Fill(document.Background))
        {
            canvas.DrawRect(frame, background);
        }

        foreach (var layer in document.Layers)
        {
            switch (layer)
            {
                case PolygonLayer polygons:
                    DrawPolygons(canvas, polygons, viewport, document);
                    break;
                case LineLayer lines:
                    DrawLines(canvas, lines, viewport, document);
                    break;
                case PointLayer points:
                    DrawPoints(canvas, points, viewport, document);
                    break;
                default:
                    break;
            }
        }

        // Furniture first into the placer so labels keep clear of it, but painted over the labels' halos last.
        var bar = ScaleBar.Choose(viewport.MetresPerPixel, frame.Width * 0.22);
        var scaleBarBox = document.ShowScaleBar ? ScaleBarBox(document, frame, bar) : SKRect.Empty;
        var arrowBox = document.ShowNorthArrow ? NorthArrowBox(document, frame) : SKRect.Empty;
        if (!scaleBarBox.IsEmpty)
        {
            placer.Reserve(scaleBarBox);
        }

        if (!arrowBox.IsEmpty)
        {
            placer.Reserve(arrowBox);
        }

        DrawLabels(canvas, document, viewport, fonts, placer);
        if (!scaleBarBox.IsEmpty)
        {
            DrawScaleBar(canvas, document, scaleBarBox, bar, fonts);
        }

        if (!arrowBox.IsEmpty)
        {
            DrawNorthArrow(canvas, document, arrowBox, fonts);
        }

        canvas.Restore();
    }
}
