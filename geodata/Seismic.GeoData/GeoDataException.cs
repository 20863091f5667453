namespace Seismic.GeoData;

/// <summary>
/// Bad input to a reader or importer: a missing file, a wrong format, an invalid feature or row.
/// The message is one line that names the file and, where it applies, the feature, line or field.
/// </summary>
public sealed class GeoDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The offending file path.</param>
    /// <param name="location">Feature, line, row or field within the file; null when the file as a whole is at fault.</param>
    /// <param name="problem">What is wrong and, where possible, how to fix it.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public GeoDataException(string file, string? location, string problem, Exception? inner = null)
        : base(Format(file, location, problem), inner)
    {
        File = file;
        Location = location;
        Problem = problem;
    }

    /// <summary>The offending file path.</summary>
    public string File { get; }

    /// <summary>Feature, line, row or field within the file, or null.</summary>
    public string? Location { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }

    private static string Format(string file, string? location, string problem) =>
        location is null ? $"{file}: {problem}" : $"{file}: {location}: {problem}";
}
