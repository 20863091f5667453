namespace Seismic.Drills.Messages;

/// <summary>The data coding an SMS needs (3GPP TS 23.038).</summary>
public enum SmsEncoding
{
    /// <summary>The GSM 7-bit default alphabet (with its extension table): 160 septets, 153 per part when split.</summary>
    Gsm7,

    /// <summary>UCS-2 (UTF-16 on the wire) — any Chinese text: 70 code units, 67 per part when split.</summary>
    Ucs2,
}
