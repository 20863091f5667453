using Shared = Seismic.Engine.Common.AtomicFile;

namespace Seismic.GeoData;

/// <summary>
/// The GeoData name of <see cref="Shared"/>: every output is written through a temporary file in the destination's
/// folder and moved into place only when the write succeeded. Kept so the adapters' many writers need not change.
/// </summary>
public static class AtomicFile
{
    /// <summary>Runs <paramref name="write"/> against a temporary path, then moves the result to <paramref name="path"/>.</summary>
    /// <param name="path">Final destination; its folder is created if missing.</param>
    /// <param name="write">Writes the complete output to the path it is given.</param>
    public static void Write(string path, Action<string> write) => Shared.Write(path, write);

    /// <summary>Writes a stream-based output atomically.</summary>
    /// <param name="path">Final destination.</param>
    /// <param name="write">Writes the complete output to the stream.</param>
    public static void WriteStream(string path, Action<Stream> write) => Shared.WriteStream(path, write);
}
