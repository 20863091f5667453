namespace Seismic.Maps;

/// <summary>
/// No installed font can draw the Chinese text of a map. Maps label streets, shelters and bridges in Chinese, so
/// rendering with a Latin-only font would print empty boxes; failing with the fix is more useful.
/// </summary>
public sealed class MapFontException : Exception
{
    /// <summary>The remedy every message of this exception ends with.</summary>
    public const string Remedy =
        "install the Debian packages fontconfig and fonts-noto-cjk (`apt-get install -y fontconfig fonts-noto-cjk`)";

    /// <summary>Creates the exception with the standard message naming the wanted font and the remedy.</summary>
    public MapFontException()
        : base($"No installed font can draw Chinese map labels (wanted \"Noto Sans CJK SC\"): {Remedy}.")
    {
    }

    /// <summary>Creates the exception with a custom message.</summary>
    /// <param name="message">The message; should include <see cref="Remedy"/>.</param>
    public MapFontException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a custom message and cause.</summary>
    /// <param name="message">The message; should include <see cref="Remedy"/>.</param>
    /// <param name="innerException">The cause.</param>
    public MapFontException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
