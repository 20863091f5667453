using Seismic.Maps.Documents;
using Seismic.Maps.Projection;
using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>
/// Renders a <see cref="MapDocument"/> to PNG with SkiaSharp: projection to a local equirectangular plane, one
/// batched path per layer (so tens of thousands of buildings draw in a single fill), greedy label placement with
/// halos, legend, scale bar, north arrow, title and attribution. Stateless and safe to share between threads.
/// </summary>
public sealed partial class SkiaMapRenderer : IMapRenderer
{
    private readonly IMapTypefaceResolver _typefaces;

    /// <summary>Creates a renderer that resolves fonts through <paramref name="typefaces"/>.</summary>
    /// <param name="typefaces">Font lookup; null for the system fonts (<see cref="SystemTypefaceResolver.Shared"/>).</param>
    public SkiaMapRenderer(IMapTypefaceResolver? typefaces = null)
    {
        _typefaces = typefaces ?? SystemTypefaceResolver.Shared;
    }

    /// <inheritdoc/>
    public void RenderPng(MapDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        document.Validate();
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        var fonts = MapFonts.Resolve(_typefaces);
        var info = new SKImageInfo(document.WidthPx, document.HeightPx, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {document.WidthPx} × {document.HeightPx} surface.");
        Draw(surface.Canvas, document, fonts);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        PngDensity.Write(png.AsSpan(), document.Dpi, output);
    }

    /// <summary>Where the frame, legend and map content of <paramref name="document"/> land on the image.</summary>
    internal (MapLayout Layout, MapViewport Viewport) Arrange(MapDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Validate();
        var fonts = MapFonts.Resolve(_typefaces);
        return Arrange(document, fonts);
    }

    private static (MapLayout Layout, MapViewport Viewport) Arrange(MapDocument document, MapFonts fonts)
    {
        var layout = MapLayout.Compute(document, MeasureLegendWidth(document, fonts));
        var frame = layout.Frame;
        if (frame.Width < 32 || frame.Height < 32)
        {
            throw new ArgumentException(
                $"Map size {document.WidthPx} × {document.HeightPx} px leaves no room for the map frame at {document.Dpi} dpi; " +
                "use more pixels or a lower resolution.");
        }

        var viewport = new MapViewport(document.Extent, frame.Left, frame.Top, frame.Width, frame.Height, document.MarginFraction);
        return (layout, viewport);
    }

    private static void Draw(SKCanvas canvas, MapDocument document, MapFonts fonts)
    {
        var (layout, viewport) = Arrange(document, fonts);
        var frame = layout.Frame;
        canvas.Clear(ToSk(document.PageColor));
        DrawFrame(canvas, document, frame, viewport, fonts);
        using (var border = Stroke(new MapColor(60, 60, 60), document.Px(0.8)))
        {
            canvas.DrawRect(frame, border);
        }

        DrawTitle(canvas, document, layout.Title, fonts);
        if (!layout.Legend.IsEmpty)
        {
            DrawLegend(canvas, document, layout.Legend, fonts);
        }

        DrawAttribution(canvas, document, layout.Footer, fonts);
    }

    private static SKColor ToSk(MapColor c) => new(c.R, c.G, c.B, c.A);

    private static SKPaint Fill(MapColor color) =>
        new() { Color = ToSk(color), Style = SKPaintStyle.Fill, IsAntialias = true };

    private static SKPaint Stroke(MapColor color, float widthPx, SKPathEffect? effect = null) => new()
    {
        Color = ToSk(color),
        Style = SKPaintStyle.Stroke,
        StrokeWidth = widthPx,
        IsAntialias = true,
        StrokeCap = effect is null ? SKStrokeCap.Round : SKStrokeCap.Butt,
        StrokeJoin = SKStrokeJoin.Round,
        PathEffect = effect,
    };
}
