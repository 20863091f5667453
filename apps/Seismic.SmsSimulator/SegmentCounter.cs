namespace Seismic.SmsSimulator;

/// <summary>
/// Segments of an SMS as a carrier bills them (3GPP TS 23.038): text wholly in the GSM 7-bit default alphabet takes 160
/// septets in one segment and 153 per part when split (the user-data header costs 7); characters of the extension table
/// take two septets. Anything else — any Chinese text — is sent as UCS-2: 70 characters, 67 per part.
/// </summary>
internal static class SegmentCounter
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\u001bÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
        "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[~]|€\f";

    public static int Count(string body)
    {
        var septets = 0;
        foreach (var c in body)
        {
            if (Extension.Contains(c, StringComparison.Ordinal))
            {
                septets += 2;
            }
            else if (Basic.Contains(c, StringComparison.Ordinal))
            {
                septets++;
            }
            else
            {
                return Split(body.Length, 70, 67); // UTF-16 code units: a character beyond the BMP takes two
            }
        }

        return Split(septets, 160, 153);
    }

    private static int Split(int units, int single, int perPart) =>
        units <= single ? 1 : (units + perPart - 1) / perPart;
}
