using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>
/// Resolves fonts through the system font manager (fontconfig on Linux): the named family first ("Noto Sans CJK SC",
/// Debian package fonts-noto-cjk), then any installed face that has a glyph for '海'. Each weight is looked up once
/// and kept for the life of the process (fonts are process-wide; see <see cref="IMapTypefaceResolver"/>).
/// </summary>
public sealed class SystemTypefaceResolver : IMapTypefaceResolver
{
    /// <summary>The family maps are designed with: simplified-Chinese Noto Sans, which also covers Latin.</summary>
    public const string DefaultFamily = "Noto Sans CJK SC";

    /// <summary>A character every map label font must draw; the district's own name starts with it.</summary>
    internal const char ProbeCharacter = '海';

    private readonly string _family;
    private readonly Lazy<SKTypeface?> _regular;
    private readonly Lazy<SKTypeface?> _bold;

    /// <summary>Creates a resolver that prefers <paramref name="family"/>.</summary>
    /// <param name="family">Preferred font family name.</param>
    public SystemTypefaceResolver(string family = DefaultFamily)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(family);
        _family = family;
        _regular = new Lazy<SKTypeface?>(() => Find(SKFontStyle.Normal), LazyThreadSafetyMode.ExecutionAndPublication);
        _bold = new Lazy<SKTypeface?>(() => Find(SKFontStyle.Bold), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The resolver for <see cref="DefaultFamily"/> that renderers share when given none.</summary>
    public static SystemTypefaceResolver Shared { get; } = new();

    /// <inheritdoc/>
    public SKTypeface? Resolve(bool bold) => bold ? _bold.Value : _regular.Value;

    private SKTypeface? Find(SKFontStyle style)
    {
        var manager = SKFontManager.Default;
        var typeface = manager.MatchFamily(_family, style);
        // fontconfig may answer a family request with an unrelated default face, so check coverage, not the name.
        if (typeface is not null && typeface.ContainsGlyph(ProbeCharacter))
        {
            return typeface;
        }

        return manager.MatchCharacter(null, style, null, ProbeCharacter);
    }
}
