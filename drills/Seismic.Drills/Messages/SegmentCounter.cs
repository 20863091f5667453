using System.Buffers;

namespace Seismic.Drills.Messages;

/// <summary>
/// Counts SMS segments as carriers bill them (3GPP TS 23.038 alphabets, TS 23.040 concatenation): a text that fits the
/// GSM 7-bit default alphabet and its extension table is sent in GSM-7 — 160 septets in one part, 153 per part when
/// concatenated (the user data header takes 7) — where each extension character (<c>^ { } \ [ ~ ] | €</c> and form feed)
/// costs 2 septets; anything else (any Chinese character) forces UCS-2: 70 UTF-16 code units, 67 per part. Handsets
/// never split an escape sequence or a surrogate pair across parts, so a 2-unit character that does not fit moves
/// whole to the next part.
/// </summary>
public static class SegmentCounter
{
    /// <summary>Septets per single GSM-7 message.</summary>
    public const int Gsm7Single = 160;

    /// <summary>Septets per part of a concatenated GSM-7 message.</summary>
    public const int Gsm7Part = 153;

    /// <summary>Code units per single UCS-2 message.</summary>
    public const int Ucs2Single = 70;

    /// <summary>Code units per part of a concatenated UCS-2 message.</summary>
    public const int Ucs2Part = 67;

    // GSM 03.38 default alphabet (the escape code 0x1B itself excluded) and the characters of its extension table.
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "\f^{}\\[~]|€";

    private static readonly SearchValues<char> BasicSet = SearchValues.Create(Basic);
    private static readonly SearchValues<char> ExtensionSet = SearchValues.Create(Extension);

    /// <summary>Counts the segments of a text.</summary>
    /// <param name="text">The body as it will be sent.</param>
    /// <returns>Encoding, segments, units and characters.</returns>
    public static SmsSegments Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var characters = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            characters++;
        }

        if (text.Length == 0)
        {
            return new SmsSegments(SmsEncoding.Gsm7, 0, 0, 0);
        }

        if (IsGsm7(text))
        {
            var septets = 0;
            foreach (var c in text)
            {
                septets += ExtensionSet.Contains(c) ? 2 : 1;
            }

            var parts = septets <= Gsm7Single ? 1 : Pack(text, Gsm7Part, gsm: true);
            return new SmsSegments(SmsEncoding.Gsm7, parts, septets, characters);
        }

        var ucsParts = text.Length <= Ucs2Single ? 1 : Pack(text, Ucs2Part, gsm: false);
        return new SmsSegments(SmsEncoding.Ucs2, ucsParts, text.Length, characters);
    }

    /// <summary>True when every character is in the GSM-7 default alphabet or its extension table.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for GSM-7.</returns>
    public static bool IsGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (!BasicSet.Contains(c) && !ExtensionSet.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    // Fills parts greedily; a 2-unit item (escape sequence, surrogate pair) that does not fit starts the next part.
    private static int Pack(string text, int perPart, bool gsm)
    {
        var parts = 1;
        var used = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int size;
            if (gsm)
            {
                size = ExtensionSet.Contains(text[i]) ? 2 : 1;
            }
            else if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                size = 2;
                i++;
            }
            else
            {
                size = 1;
            }

            if (used + size > perPart)
            {
                parts++;
                used = 0;
            }

            used += size;
        }

        return parts;
    }
}
