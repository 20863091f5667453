using System.Text;

namespace Seismic.Drills.Common;

/// <summary>
/// Decodes an imported file's bytes the way the survey import does: a UTF-8 byte-order mark or bytes that are valid
/// UTF-8 are read as UTF-8; anything else as GB18030, the national standard encoding spreadsheets in mainland China save
/// CSV in (GB 18030-2022 is a superset of GBK and GB2312). The domain keeps its own copy so it depends on no format
/// library.
/// </summary>
internal static class DrillTextDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        // .NET ships only the Unicode encodings; the code-page provider adds GB18030 (code page 54936).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    });

    /// <summary>The GB18030 encoding (registers the code-page provider once).</summary>
    public static Encoding Gb18030Encoding => Gb18030.Value;

    /// <summary>Decodes the bytes; <paramref name="encodingName"/> names what was detected, for messages.</summary>
    public static string Decode(byte[] bytes, out string encodingName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encodingName = "UTF-8 (BOM)";
            return Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }

        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            encodingName = "UTF-8";
            return Encoding.UTF8.GetString(bytes);
        }

        encodingName = "GB18030";
        return Gb18030.Value.GetString(bytes);
    }
}
