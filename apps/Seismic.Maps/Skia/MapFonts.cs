using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>The regular and bold typefaces of one render, checked to draw Chinese. Owned by the resolver.</summary>
internal sealed class MapFonts
{
    private MapFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <exception cref="MapFontException">When the resolver finds no face that draws Chinese.</exception>
    public static MapFonts Resolve(IMapTypefaceResolver resolver)
    {
        var regular = resolver.Resolve(bold: false);
        if (regular is null || !regular.ContainsGlyph(SystemTypefaceResolver.ProbeCharacter))
        {
            throw new MapFontException();
        }

        var bold = resolver.Resolve(bold: true);
        // A missing bold weight is not worth failing for: headings fall back to the regular face.
        return new MapFonts(regular, bold is not null && bold.ContainsGlyph(SystemTypefaceResolver.ProbeCharacter) ? bold : regular);
    }

    public SKFont Create(float sizePx, bool bold) =>
        new(bold ? Bold : Regular, sizePx) { Subpixel = true, Edging = SKFontEdging.Antialias };
}
