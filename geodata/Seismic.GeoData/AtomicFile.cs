namespace Seismic.GeoData;

/// <summary>
/// Writes an output through a temporary file in the destination's folder and moves it into place only when the
/// write succeeded, so a failure never leaves a half-written or clobbered destination.
/// </summary>
public static class AtomicFile
{
    /// <summary>Runs <paramref name="write"/> against a temporary path, then moves the result to <paramref name="path"/>.</summary>
    /// <param name="path">Final destination; its folder is created if missing.</param>
    /// <param name="write">Writes the complete output to the path it is given.</param>
    public static void Write(string path, Action<string> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            write(temp);
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

    /// <summary>Writes a stream-based output atomically.</summary>
    /// <param name="path">Final destination.</param>
    /// <param name="write">Writes the complete output to the stream.</param>
    public static void WriteStream(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(path, temp =>
        {
            using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            write(stream);
        });
    }
}
