using System.Text;

namespace Seismic.GeoData.Survey;

/// <summary>
/// Decodes a survey file's bytes: a UTF-8 byte-order mark or bytes that are valid UTF-8 are read as UTF-8; anything
/// else as GB18030, the national standard encoding spreadsheets in mainland China save CSV in (GB 18030-2022 is a
/// superset of GBK and GB2312, so older files decode too).
/// </summary>
internal static class SurveyTextDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        // .NET Core ships only the Unicode encodings; the code-page provider adds GB18030 (code page 54936).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    /// <summary>The name of the encoding a file was read with, for messages.</summary>
    public enum Detected
    {
        /// <summary>UTF-8 with a byte-order mark.</summary>
        Utf8Bom,
        /// <summary>UTF-8 without a byte-order mark.</summary>
        Utf8,
        /// <summary>GB18030.</summary>
        Gb18030,
    }

    public static string Decode(byte[] bytes, out Detected detected)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            detected = Detected.Utf8Bom;
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            detected = Detected.Utf8;
            return Encoding.UTF8.GetString(bytes);
        }

        detected = Detected.Gb18030;
        return Gb18030.Value.GetString(bytes);
    }

    /// <summary>The GB18030 encoding (registers the code-page provider once).</summary>
    public static Encoding Gb18030Encoding => Gb18030.Value;
}
