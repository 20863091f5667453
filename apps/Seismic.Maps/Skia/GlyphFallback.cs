using System.Collections.Concurrent;
using System.Text;
using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>
/// Text with characters the map face lacks: Noto Sans CJK covers Chinese and basic Latin but not, for instance, the
/// ř and č of Czech street names, which it would draw as empty boxes. Such characters are set in a system face that
/// has them (fontconfig's choice; on Debian, fontconfig brings DejaVu Sans), the rest in the map face, as one blob.
/// </summary>
internal static class GlyphFallback
{
    private static readonly ConcurrentDictionary<(int Weight, int CodePoint), SKTypeface?> Faces = new();

    /// <summary>The blob of <paramref name="text"/> in <paramref name="font"/>, with fallback faces where it has no
    /// glyph; null for empty text.</summary>
    public static SKTextBlob? Create(string text, SKFont font)
    {
        if (font.ContainsGlyphs(text))
        {
            return SKTextBlob.Create(text, font);
        }

        using var builder = new SKTextBlobBuilder();
        var x = 0f;
        foreach (var (run, typeface) in Runs(text, font.Typeface))
        {
            using var fallback = typeface == font.Typeface ? null : new SKFont(typeface, font.Size) { Subpixel = font.Subpixel, Edging = font.Edging };
            var runFont = fallback ?? font;
            builder.AddRun(runFont.GetGlyphs(run), runFont, new SKPoint(x, 0));
            x += runFont.MeasureText(run);
        }

        return builder.Build();
    }

    /// <summary>Splits text into runs of one face: the map face where it has the glyph, else a face that has it
    /// (the map face again when none does).</summary>
    internal static List<(string Run, SKTypeface Face)> Runs(string text, SKTypeface primary)
    {
        var runs = new List<(string, SKTypeface)>();
        var current = new StringBuilder();
        SKTypeface? face = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var wanted = primary.ContainsGlyph(rune.Value) ? primary : Fallback(primary, rune.Value) ?? primary;
            if (face is not null && wanted != face)
            {
                runs.Add((current.ToString(), face));
                current.Clear();
            }

            face = wanted;
            current.Append(rune.ToString());
        }

        if (face is not null)
        {
            runs.Add((current.ToString(), face));
        }

        return runs;
    }

    private static SKTypeface? Fallback(SKTypeface primary, int codePoint) =>
        Faces.GetOrAdd((primary.FontStyle.Weight, codePoint), static key =>
            SKFontManager.Default.MatchCharacter(null, new SKFontStyle((SKFontStyleWeight)key.Weight, SKFontStyleWidth.Normal, SKFontStyleSlant.Upright), null, key.CodePoint));
}
