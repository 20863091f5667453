namespace Seismic.Drills.Messages;

/// <summary>How a text travels as SMS.</summary>
/// <param name="Encoding">GSM-7 or UCS-2.</param>
/// <param name="Segments">Billed parts (0 for an empty text).</param>
/// <param name="Units">Length in the encoding's units: septets for GSM-7 (extension characters count 2), UTF-16 code
/// units for UCS-2 (an emoji counts 2).</param>
/// <param name="Characters">Unicode characters (code points) of the text.</param>
public readonly record struct SmsSegments(SmsEncoding Encoding, int Segments, int Units, int Characters);
