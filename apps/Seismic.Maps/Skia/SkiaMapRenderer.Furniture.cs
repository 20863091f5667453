using Seismic.Maps.Documents;
using Seismic.Maps.Projection;
using SkiaSharp;

namespace Seismic.Maps.Skia;

public sealed partial class SkiaMapRenderer
{
    private static readonly MapColor Ink = new(34, 34, 34);
    private static readonly MapColor MutedInk = new(96, 96, 96);
    private static readonly MapColor PanelFill = new(255, 255, 255, 235);
    private static readonly MapColor PanelBorder = new(150, 150, 150);

    /// <summary>Widest legend row in pixels, including the symbol and the panel padding.</summary>
    private static float MeasureLegendWidth(MapDocument document, MapFonts fonts)
    {
        if (document.Legend.Count == 0)
        {
            return 0;
        }

        using var text = fonts.Create(document.Px(MapLayout.LegendTextPt), bold: false);
        using var heading = fonts.Create(document.Px(MapLayout.LegendTitlePt), bold: true);
        var widest = heading.MeasureText(document.LegendTitle);
        foreach (var entry in document.Legend)
        {
            widest = Math.Max(widest, document.Px(MapLayout.LegendSymbolPt + 6) + text.MeasureText(entry.Label));
        }

        return widest + document.Px(16);
    }

    private static void DrawTitle(SKCanvas canvas, MapDocument document, SKRect band, MapFonts fonts)
    {
        using var title = fonts.Create(document.Px(MapLayout.TitlePt), bold: true);
        var baseline = band.Top + document.Px(MapLayout.TitlePt * 1.0);
        DrawText(canvas, title, document.Title, band.Left, baseline, Ink);
        if (document.Subtitle.Length > 0)
        {
            using var subtitle = fonts.Create(document.Px(MapLayout.SubtitlePt), bold: false);
            DrawText(canvas, subtitle, document.Subtitle, band.Left, baseline + document.Px(MapLayout.SubtitlePt * 1.6), MutedInk);
        }
    }

    private static void DrawAttribution(SKCanvas canvas, MapDocument document, SKRect band, MapFonts fonts)
    {
        using var font = fonts.Create(document.Px(MapLayout.AttributionPt), bold: false);
        canvas.Save();
        canvas.ClipRect(band);
        DrawText(canvas, font, document.Attribution, band.Left, band.MidY + (font.Size * 0.35f), MutedInk);
        canvas.Restore();
    }

    private static void DrawLegend(SKCanvas canvas, MapDocument document, SKRect panel, MapFonts fonts)
    {
        using var heading = fonts.Create(document.Px(MapLayout.LegendTitlePt), bold: true);
        using var text = fonts.Create(document.Px(MapLayout.LegendTextPt), bold: false);
        var pad = document.Px(8);
        var rowHeight = document.Px(MapLayout.LegendTextPt * 2.1);
        var height = Math.Min(panel.Height, pad + document.Px(MapLayout.LegendTitlePt * 1.8) + (rowHeight * document.Legend.Count) + pad);
        var box = new SKRect(panel.Left, panel.Top, panel.Right, panel.Top + height);
        using (var fill = Fill(PanelFill))
        using (var border = Stroke(PanelBorder, document.Px(0.6)))
        {
            canvas.DrawRect(box, fill);
            canvas.DrawRect(box, border);
        }

        canvas.Save();
        canvas.ClipRect(box);
        var y = box.Top + pad + document.Px(MapLayout.LegendTitlePt);
        DrawText(canvas, heading, document.LegendTitle, box.Left + pad, y, Ink);
        y += document.Px(MapLayout.LegendTitlePt * 0.8);
        var symbolWidth = document.Px(MapLayout.LegendSymbolPt);
        var symbolHeight = document.Px(MapLayout.LegendTextPt * 1.3);
        foreach (var entry in document.Legend)
        {
            var symbol = new SKRect(box.Left + pad, y + ((rowHeight - symbolHeight) / 2), box.Left + pad + symbolWidth, y + ((rowHeight + symbolHeight) / 2));
            DrawLegendSymbol(canvas, document, entry, symbol);
            DrawText(canvas, text, entry.Label, symbol.Right + document.Px(6), symbol.MidY + (text.Size * 0.36f), Ink);
            y += rowHeight;
        }

        canvas.Restore();
    }

    private static void DrawLegendSymbol(SKCanvas canvas, MapDocument document, LegendEntry entry, SKRect symbol)
    {
        if (document.LegendSymbolBackground is { } swatch)
        {
            using var paint = Fill(swatch);
            canvas.DrawRect(SKRect.Inflate(symbol, document.Px(1), document.Px(1)), paint);
        }

        if (entry.Area is { } area)
        {
            if (area.Fill is { } fill)
            {
                using var paint = Fill(fill);
                canvas.DrawRect(symbol, paint);
            }

            if (area.Stroke is { } stroke && area.StrokeWidthPt > 0)
            {
                using var paint = Stroke(stroke, Math.Min(document.Px(area.StrokeWidthPt), symbol.Height / 3));
                canvas.DrawRect(symbol, paint);
            }
        }

        if (entry.Line is { } line)
        {
            using var dash = CreateDash(line.DashPt, document);
            if (line.CasingColor is { } casing && line.CasingWidthPt > 0)
            {
                using var paint = Stroke(casing, document.Px(line.CasingWidthPt), dash);
                canvas.DrawLine(symbol.Left, symbol.MidY, symbol.Right, symbol.MidY, paint);
            }

            using var main = Stroke(line.Color, document.Px(line.WidthPt), dash);
            canvas.DrawLine(symbol.Left, symbol.MidY, symbol.Right, symbol.MidY, main);
        }

        if (entry.Marker is { } marker)
        {
            using var path = new SKPath();
            AppendMarker(path, marker.Shape, symbol.MidX, symbol.MidY, Math.Min(document.Px(marker.SizePt), symbol.Height));
            using var paint = Fill(marker.Fill);
            canvas.DrawPath(path, paint);
            if (marker.Stroke is { } stroke && marker.StrokeWidthPt > 0)
            {
                using var outline = Stroke(stroke, document.Px(marker.StrokeWidthPt));
                canvas.DrawPath(path, outline);
            }
        }
    }

    private static SKRect ScaleBarBox(MapDocument document, SKRect frame, ScaleBar bar)
    {
        var pad = document.Px(6);
        var width = (float)bar.LengthPx + document.Px(30);
        var height = document.Px(22);
        return new SKRect(frame.Left + pad, frame.Bottom - pad - height, frame.Left + pad + width, frame.Bottom - pad);
    }

    /// <summary>
    /// Draws the bar along the bottom of <paramref name="box"/>: alternating dark and white segments of equal
    /// ground length, labelled at both ends and the middle. The pixel length comes from the viewport's metres per
    /// pixel at the centre latitude, which is the true east–west scale of the local equirectangular plane.
    /// </summary>
    private static void DrawScaleBar(SKCanvas canvas, MapDocument document, SKRect box, ScaleBar bar, MapFonts fonts)
    {
        using (var backing = Fill(PanelFill))
        {
            canvas.DrawRoundRect(box, document.Px(2), document.Px(2), backing);
        }

        var left = box.Left + document.Px(8);
        var barHeight = document.Px(3.5);
        var top = box.Bottom - document.Px(6) - barHeight;
        var segmentPx = (float)(bar.LengthPx / bar.Segments);
        using (var dark = Fill(Ink))
        using (var light = Fill(new MapColor(255, 255, 255)))
        using (var outline = Stroke(Ink, document.Px(0.5)))
        {
            for (var i = 0; i < bar.Segments; i++)
            {
                var segment = new SKRect(left + (i * segmentPx), top, left + ((i + 1) * segmentPx), top + barHeight);
                canvas.DrawRect(segment, i % 2 == 0 ? dark : light);
            }

            canvas.DrawRect(new SKRect(left, top, left + (float)bar.LengthPx, top + barHeight), outline);
        }

        using var font = fonts.Create(document.Px(6.5), bold: false);
        var labelBaseline = top - document.Px(2.5);
        DrawCentred(canvas, font, bar.Format(0), left, labelBaseline);
        if (bar.Segments % 2 == 0)
        {
            DrawCentred(canvas, font, bar.Format(bar.LengthM / 2), left + ((float)bar.LengthPx / 2), labelBaseline);
        }

        DrawCentred(canvas, font, bar.Format(bar.LengthM), left + (float)bar.LengthPx, labelBaseline);
        DrawText(canvas, font, bar.Unit, left + (float)bar.LengthPx + document.Px(6), top + barHeight, Ink);
    }

    private static void DrawCentred(SKCanvas canvas, SKFont font, string text, float x, float baseline) =>
        DrawText(canvas, font, text, x - (font.MeasureText(text) / 2), baseline, Ink);

    private static SKRect NorthArrowBox(MapDocument document, SKRect frame)
    {
        var pad = document.Px(8);
        var width = document.Px(18);
        var height = document.Px(34);
        return new SKRect(frame.Right - pad - width, frame.Top + pad, frame.Right - pad, frame.Top + pad + height);
    }

    /// <summary>A split arrow (dark west half, white east half) under an "N"; grid north equals true north here.</summary>
    private static void DrawNorthArrow(SKCanvas canvas, MapDocument document, SKRect box, MapFonts fonts)
    {
        using (var backing = Fill(PanelFill))
        {
            canvas.DrawRoundRect(box, document.Px(2), document.Px(2), backing);
        }

        using var font = fonts.Create(document.Px(9), bold: true);
        var letterBaseline = box.Top + document.Px(11);
        DrawCentred(canvas, font, "N", box.MidX, letterBaseline);
        var tip = new SKPoint(box.MidX, letterBaseline + document.Px(3));
        var bottom = box.Bottom - document.Px(3);
        var half = document.Px(5.5);
        var notch = bottom - document.Px(5);
        using var west = new SKPath();
        west.MoveTo(tip);
        west.LineTo(box.MidX - half, bottom);
        west.LineTo(box.MidX, notch);
        west.Close();
        using var east = new SKPath();
        east.MoveTo(tip);
        east.LineTo(box.MidX + half, bottom);
        east.LineTo(box.MidX, notch);
        east.Close();
        using var dark = Fill(Ink);
        using var light = Fill(new MapColor(255, 255, 255));
        using var outline = Stroke(Ink, document.Px(0.6));
        canvas.DrawPath(west, dark);
        canvas.DrawPath(east, light);
        canvas.DrawPath(west, outline);
        canvas.DrawPath(east, outline);
    }
}
