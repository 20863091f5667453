using Seismic.Maps.Documents;
using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>
/// Lays out emergency cards with SkiaSharp: a PNG at the card's resolution, or a PDF with one card per page
/// (SKDocument, vector text and map at the card's paper size). Both draw the same page in typographic points —
/// the PNG through a canvas scale of dpi / 72, the PDF natively — so print and screen show the same layout.
/// Stateless and safe to share between threads.
/// </summary>
public sealed partial class SkiaCardRenderer : IEmergencyCardRenderer
{
    private const double PointsPerMm = 72 / 25.4;

    private readonly IMapTypefaceResolver _typefaces;

    /// <summary>Creates a renderer that resolves fonts through <paramref name="typefaces"/>.</summary>
    /// <param name="typefaces">Font lookup; null for the system fonts (<see cref="SystemTypefaceResolver.Shared"/>).</param>
    public SkiaCardRenderer(IMapTypefaceResolver? typefaces = null)
    {
        _typefaces = typefaces ?? SystemTypefaceResolver.Shared;
    }

    /// <inheritdoc/>
    public void RenderPng(EmergencyCard card, Stream output)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(output);
        card.Validate();
        if (!output.CanWrite)
        {
            throw new ArgumentException("The output stream is not writable.", nameof(output));
        }

        var fonts = MapFonts.Resolve(_typefaces);
        var info = new SKImageInfo(card.WidthPx, card.HeightPx, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info)
            ?? throw new InvalidOperationException($"Skia could not allocate a {card.WidthPx} × {card.HeightPx} surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var scale = (float)(card.Dpi / 72.0);
        canvas.Scale(scale, scale);
        Draw(canvas, card, fonts);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        PngDensity.Write(png.AsSpan(), card.Dpi, output);
    }

    /// <inheritdoc/>
    public void RenderPdf(IReadOnlyList<EmergencyCard> cards, Stream output)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(output);
        if (cards.Count == 0)
        {
            throw new ArgumentException("A card PDF needs at least one card.", nameof(cards));
        }

        foreach (var card in cards)
        {
            card.Validate();
        }

        var fonts = MapFonts.Resolve(_typefaces);
        var metadata = new SKDocumentPdfMetadata
        {
            Title = cards.Count == 1 ? $"{cards[0].Title} {cards[0].Subject}" : cards[0].Title,
            Creator = "Seismic",
            Producer = "Seismic (SkiaSharp PDF)",
        };
        using var document = SKDocument.CreatePdf(output, metadata)
            ?? throw new InvalidOperationException("Skia could not create a PDF document.");
        foreach (var card in cards)
        {
            var canvas = document.BeginPage((float)(card.WidthMm * PointsPerMm), (float)(card.HeightMm * PointsPerMm));
            Draw(canvas, card, fonts);
            document.EndPage();
        }

        document.Close();
    }

    private static SKColor ToSk(MapColor c) => new(c.R, c.G, c.B, c.A);

    private static SKPaint Fill(MapColor color) => new() { Color = ToSk(color), Style = SKPaintStyle.Fill, IsAntialias = true };

    private static SKPaint Stroke(MapColor color, float width) =>
        new() { Color = ToSk(color), Style = SKPaintStyle.Stroke, StrokeWidth = width, IsAntialias = true };
}
