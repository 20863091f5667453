using Seismic.Maps.Documents;
using SkiaSharp;

namespace Seismic.Maps.Skia;

public sealed partial class SkiaCardRenderer
{
    // Every size below is in typographic points on the card.
    private const float Margin = 12;
    private const float HeaderHeight = 54;
    private const float ColumnGap = 12;
    private const float FooterPt = 5.5f;
    private const float TextPt = 8.5f;
    private const float EmphasisPt = 10.5f;
    private const float EnglishPt = 7;
    private const float HeadingPt = 9.5f;

    /// <summary>The map takes this share of the sheet height; the sections get the rest.</summary>
    private const float MapShare = 0.37f;

    private static readonly MapColor Ink = new(30, 30, 30);
    private static readonly MapColor Muted = new(100, 100, 100);
    private static readonly MapColor White = new(255, 255, 255);
    private static readonly MapColor WarningFill = MapColor.FromHex("#fdecea");

    private static void Draw(SKCanvas canvas, EmergencyCard card, MapFonts fonts)
    {
        var width = (float)(card.WidthMm * PointsPerMm);
        var height = (float)(card.HeightMm * PointsPerMm);
        using (var page = Fill(White))
        {
            canvas.DrawRect(0, 0, width, height, page);
        }

        DrawHeader(canvas, card, fonts, width);
        var y = HeaderHeight + 6;
        if (card.Warning.Length > 0)
        {
            y = DrawWarning(canvas, card, fonts, width, y) + 5;
        }

        var mapHeight = height * MapShare;
        var mapRect = new SKRect(Margin, y, width - Margin, y + mapHeight);
        var map = card.RouteMap with { Dpi = 72 };
        SkiaMapRenderer.DrawFrame(canvas, map, mapRect, fonts);
        using (var border = Stroke(new MapColor(70, 70, 70), 0.6f))
        {
            canvas.DrawRect(mapRect, border);
        }

        y = DrawMapLegend(canvas, card, map, fonts, mapRect.Left, mapRect.Bottom + 4, width - Margin) + 6;

        var footerTop = height - (FooterPt * 2.6f);
        DrawSections(canvas, card, fonts, new SKRect(Margin, y, width - Margin, footerTop - 4));
        using var footer = fonts.Create(FooterPt, bold: false);
        DrawClipped(canvas, footer, card.Footer, Margin, height - (FooterPt * 1.3f), width - (2 * Margin), Muted);
    }

    private static void DrawHeader(SKCanvas canvas, EmergencyCard card, MapFonts fonts, float width)
    {
        using (var band = Fill(card.Accent))
        {
            canvas.DrawRect(0, 0, width, HeaderHeight, band);
        }

        using var title = fonts.Create(20, bold: true);
        using var titleEn = fonts.Create(8.5f, bold: false);
        SkiaMapRenderer.DrawText(canvas, title, card.Title, Margin, 27, White);
        SkiaMapRenderer.DrawText(canvas, titleEn, card.TitleEn, Margin, 43, White);
        var left = Margin + Math.Max(title.MeasureText(card.Title), titleEn.MeasureText(card.TitleEn)) + 14;
        var room = width - Margin - left;
        using var subject = FitFont(fonts, card.Subject, 11, 7, room, bold: true);
        using var subjectEn = FitFont(fonts, card.SubjectEn, 7.5f, 5.5f, room, bold: false);
        DrawRight(canvas, subject, card.Subject, width - Margin, 25, room, White);
        DrawRight(canvas, subjectEn, card.SubjectEn, width - Margin, 41, room, White);
    }

    private static float DrawWarning(SKCanvas canvas, EmergencyCard card, MapFonts fonts, float width, float top)
    {
        using var font = fonts.Create(9, bold: true);
        var lines = TextWrap.Lines(font, card.Warning, width - (2 * Margin) - 12);
        var box = new SKRect(Margin, top, width - Margin, top + 8 + (lines.Count * 12));
        using (var fill = Fill(WarningFill))
        using (var border = Stroke(card.Accent, 1.2f))
        {
            canvas.DrawRect(box, fill);
            canvas.DrawRect(box, border);
        }

        var y = top + 4 + 9;
        foreach (var line in lines)
        {
            SkiaMapRenderer.DrawText(canvas, font, line, Margin + 6, y, card.Accent);
            y += 12;
        }

        return box.Bottom;
    }

    /// <summary>Legend rows side by side under the map, wrapping to a new row when the width runs out.</summary>
    private static float DrawMapLegend(SKCanvas canvas, EmergencyCard card, MapDocument map, MapFonts fonts, float left, float top, float right)
    {
        if (card.MapLegend.Count == 0)
        {
            return top;
        }

        using var font = fonts.Create(6.3f, bold: false);
        const float symbolWidth = 16;
        const float rowHeight = 10;
        var x = left;
        var y = top;
        foreach (var entry in card.MapLegend)
        {
            var itemWidth = symbolWidth + 3 + font.MeasureText(entry.Label) + 10;
            if (x > left && x + itemWidth > right)
            {
                x = left;
                y += rowHeight;
            }

            SkiaMapRenderer.DrawSymbol(canvas, map, entry, new SKRect(x, y + 1.5f, x + symbolWidth, y + rowHeight - 2.5f));
            SkiaMapRenderer.DrawText(canvas, font, entry.Label, x + symbolWidth + 3, y + 7, Ink);
            x += itemWidth;
        }

        return y + rowHeight;
    }

    /// <summary>
    /// Two columns of sections. The text scale shrinks in small steps (down to 70 %) until the taller column fits, so
    /// a long address or shelter name never runs off the sheet; below that the column is clipped.
    /// </summary>
    private static void DrawSections(SKCanvas canvas, EmergencyCard card, MapFonts fonts, SKRect area)
    {
        var columnWidth = (area.Width - ColumnGap) / 2;
        var scale = 1f;
        for (; scale > 0.7f; scale -= 0.05f)
        {
            var fits = true;
            for (var column = 0; column < 2 && fits; column++)
            {
                fits = LayoutColumn(null, card, fonts, column, area.Left, area.Top, columnWidth, scale) <= area.Bottom;
            }

            if (fits)
            {
                break;
            }
        }

        canvas.Save();
        canvas.ClipRect(area);
        for (var column = 0; column < 2; column++)
        {
            LayoutColumn(canvas, card, fonts, column, area.Left + (column * (columnWidth + ColumnGap)), area.Top, columnWidth, scale);
        }

        canvas.Restore();
    }

    /// <summary>Lays out (and, with a canvas, draws) one column; returns the bottom of its last line.</summary>
    private static float LayoutColumn(SKCanvas? canvas, EmergencyCard card, MapFonts fonts, int column, float left, float top, float width, float scale)
    {
        using var heading = fonts.Create(HeadingPt * scale, bold: true);
        using var headingEn = fonts.Create(EnglishPt * scale, bold: false);
        using var text = fonts.Create(TextPt * scale, bold: false);
        using var emphasis = fonts.Create(EmphasisPt * scale, bold: true);
        using var english = fonts.Create(EnglishPt * scale, bold: false);
        using var rule = Fill(card.Accent);
        var y = top;
        foreach (var section in card.Sections)
        {
            if (section.Column != column)
            {
                continue;
            }

            y += heading.Size;
            if (canvas is not null)
            {
                canvas.DrawRect(left, y - heading.Size + 1, 2.5f * scale, heading.Size, rule);
                var advance = SkiaMapRenderer.DrawText(canvas, heading, section.Heading, left + (5 * scale), y, card.Accent);
                SkiaMapRenderer.DrawText(canvas, headingEn, section.HeadingEn, left + (5 * scale) + advance + (4 * scale), y, Muted);
            }

            y += 3 * scale;
            var perRow = Math.Max(1, section.ItemsPerRow);
            var itemWidth = (width - (6 * scale) - ((perRow - 1) * 6 * scale)) / perRow;
            for (var i = 0; i < section.Lines.Count; i += perRow)
            {
                var rowBottom = y;
                for (var k = 0; k < perRow && i + k < section.Lines.Count; k++)
                {
                    var line = section.Lines[i + k];
                    var x = left + (6 * scale) + (k * (itemWidth + (6 * scale)));
                    rowBottom = Math.Max(rowBottom, DrawLine(canvas, line, line.Emphasis ? emphasis : text, english, x, y, itemWidth));
                }

                y = rowBottom + (2.5f * scale);
            }

            y += 5 * scale;
        }

        return y;
    }

    private static float DrawLine(SKCanvas? canvas, CardLine line, SKFont main, SKFont english, float x, float top, float width)
    {
        var y = top;
        foreach (var part in TextWrap.Lines(main, line.Text, width))
        {
            y += main.Size * 1.2f;
            if (canvas is not null)
            {
                SkiaMapRenderer.DrawText(canvas, main, part, x, y - (main.Size * 0.2f), Ink);
            }
        }

        if (line.English.Length > 0)
        {
            foreach (var part in TextWrap.Lines(english, line.English, width))
            {
                y += english.Size * 1.25f;
                if (canvas is not null)
                {
                    SkiaMapRenderer.DrawText(canvas, english, part, x, y - (english.Size * 0.25f), Muted);
                }
            }
        }

        return y;
    }

    private static SKFont FitFont(MapFonts fonts, string text, float sizePt, float minPt, float width, bool bold)
    {
        var font = fonts.Create(sizePt, bold);
        while (font.Size > minPt && font.MeasureText(text) > width)
        {
            font.Size -= 0.5f;
        }

        return font;
    }

    private static void DrawRight(SKCanvas canvas, SKFont font, string text, float right, float baseline, float room, MapColor color)
    {
        var w = Math.Min(font.MeasureText(text), room);
        DrawClipped(canvas, font, text, right - w, baseline, room, color);
    }

    private static void DrawClipped(SKCanvas canvas, SKFont font, string text, float x, float baseline, float width, MapColor color)
    {
        canvas.Save();
        canvas.ClipRect(new SKRect(x, baseline - (font.Size * 1.2f), x + width, baseline + (font.Size * 0.4f)));
        SkiaMapRenderer.DrawText(canvas, font, text, x, baseline, color);
        canvas.Restore();
    }
}
