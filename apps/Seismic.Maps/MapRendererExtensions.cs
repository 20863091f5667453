using Seismic.Maps.Documents;

namespace Seismic.Maps;

/// <summary>File output for any <see cref="IMapRenderer"/>.</summary>
public static class MapRendererExtensions
{
    /// <summary>
    /// Renders a PNG to <paramref name="path"/> through a temporary file in the same folder that is moved into place
    /// only after the image was written completely, so a failed render never leaves a truncated or clobbered file.
    /// </summary>
    /// <param name="renderer">The renderer.</param>
    /// <param name="document">The map to draw.</param>
    /// <param name="path">Destination file; its folder is created when missing; an existing file is replaced.</param>
    public static void RenderPngFile(this IMapRenderer renderer, MapDocument document, string path)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                renderer.RenderPng(document, stream);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
