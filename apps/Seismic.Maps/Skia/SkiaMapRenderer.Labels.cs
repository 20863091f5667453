using Seismic.Maps.Documents;
using Seismic.Maps.Projection;
using SkiaSharp;

namespace Seismic.Maps.Skia;

public sealed partial class SkiaMapRenderer
{
    private static void DrawLabels(SKCanvas canvas, MapDocument document, MapViewport viewport, MapFonts fonts, LabelPlacer placer)
    {
        var candidates = new List<(int Layer, int Index, int Priority, int Order)>();
        var layers = new List<LabelLayer>();
        var order = 0;
        foreach (var layer in document.Layers)
        {
            if (layer is not LabelLayer labels)
            {
                continue;
            }

            for (var i = 0; i < labels.Labels.Count; i++)
            {
                candidates.Add((layers.Count, i, labels.Labels[i].Priority, order++));
            }

            layers.Add(labels);
        }

        if (candidates.Count == 0)
        {
            return;
        }

        // Greedy placement: the most important labels claim space first; ties keep document order.
        candidates.Sort(static (a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Order.CompareTo(b.Order));
        var layerFonts = new SKFont?[layers.Count];
        try
        {
            foreach (var (layerIndex, index, _, _) in candidates)
            {
                var layer = layers[layerIndex];
                var label = layer.Labels[index];
                if (string.IsNullOrWhiteSpace(label.Text))
                {
                    continue;
                }

                var font = layerFonts[layerIndex] ??= fonts.Create(document.Px(layer.Style.SizePt), layer.Style.Bold);
                DrawLabel(canvas, document, font, layer.Style, label.Text, viewport.PixelX(label.Lon), viewport.PixelY(label.Lat), placer);
            }
        }
        finally
        {
            foreach (var font in layerFonts)
            {
                font?.Dispose();
            }
        }
    }

    /// <summary>
    /// Centres the text's ink box on the anchor (x, y) shifted by the style's offset, or on the first free
    /// alternative position, and draws it with its halo; returns false when every position is taken.
    /// </summary>
    private static bool DrawLabel(
        SKCanvas canvas, MapDocument document, SKFont font, LabelStyle style, string text, float x, float y, LabelPlacer placer)
    {
        font.MeasureText(text, out var bounds);
        var halo = style.HaloColor is null ? 0 : document.Px(style.HaloWidthPt);
        var offset = document.Px(style.OffsetYPt);
        var positions = style.TryAlternativePositions ? 4 : 1;
        for (var i = 0; i < positions; i++)
        {
            var side = Math.Max(Math.Abs(offset) * 0.7f, document.Px(2)) + (bounds.Width / 2);
            var (cx, cy) = i switch
            {
                0 => (x, y + offset),
                1 => (x, y - offset),
                2 => (x + side, y),
                _ => (x - side, y),
            };
            var originX = cx - bounds.MidX;
            var baseline = cy - bounds.MidY;
            var box = new SKRect(
                originX + bounds.Left - halo, baseline + bounds.Top - halo, originX + bounds.Right + halo, baseline + bounds.Bottom + halo);
            if (placer.TryPlace(box))
            {
                PaintLabel(canvas, font, style, text, originX, baseline, halo);
                return true;
            }
        }

        return false;
    }

    private static void PaintLabel(SKCanvas canvas, SKFont font, LabelStyle style, string text, float originX, float baseline, float halo)
    {
        using var blob = GlyphFallback.Create(text, font);
        if (blob is null)
        {
            return;
        }

        if (style.HaloColor is { } haloColor && halo > 0)
        {
            using var haloPaint = Stroke(haloColor, halo * 2);
            canvas.DrawText(blob, originX, baseline, haloPaint);
        }

        using var paint = Fill(style.Color);
        canvas.DrawText(blob, originX, baseline, paint);
    }

    /// <summary>
    /// Draws left-aligned text with its baseline at <paramref name="baseline"/>; returns the advance width. The one text
    /// routine of the map sheet and the emergency card, so both set type the same way.
    /// </summary>
    internal static float DrawText(SKCanvas canvas, SKFont font, string text, float x, float baseline, MapColor color)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        using var blob = GlyphFallback.Create(text, font);
        if (blob is null)
        {
            return 0;
        }

        using var paint = Fill(color);
        canvas.DrawText(blob, x, baseline, paint);
        return font.MeasureText(text);
    }
}
