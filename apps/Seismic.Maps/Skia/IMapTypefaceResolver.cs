using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>Finds the typeface <see cref="SkiaMapRenderer"/> sets labels in.</summary>
/// <remarks>
/// The resolver owns the typefaces it returns and keeps them alive as long as renders may use them; the renderer
/// never disposes them. SkiaSharp hands out one managed object per native typeface, so a renderer that disposed
/// "its" typeface after a render would break every other render running at the same time with the same face.
/// </remarks>
public interface IMapTypefaceResolver
{
    /// <summary>
    /// A typeface that can draw Chinese (CJK Unified Ideographs) and Latin text, or null when none is installed.
    /// </summary>
    /// <param name="bold">Bold weight wanted (a regular face is acceptable when no bold exists).</param>
    SKTypeface? Resolve(bool bold);
}
