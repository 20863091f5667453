using SkiaSharp;

namespace Seismic.Maps.Skia;

/// <summary>Finds the typeface <see cref="SkiaMapRenderer"/> sets labels in.</summary>
public interface IMapTypefaceResolver
{
    /// <summary>
    /// A typeface that can draw Chinese (CJK Unified Ideographs) and Latin text, or null when none is installed.
    /// The renderer takes ownership and disposes it after the render.
    /// </summary>
    /// <param name="bold">Bold weight wanted (a regular face is acceptable when no bold exists).</param>
    SKTypeface? Resolve(bool bold);
}
